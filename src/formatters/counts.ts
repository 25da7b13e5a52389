// The counted words of the summaries ("1 fel", "3 varningar", "2 files"),
// shared by the formats.
import type { DiagnosticSummary } from '../core/diagnostics/diagnostic.js';
import type { Translate } from '../core/i18n/translate.js';

export interface SummaryWords extends Readonly<Record<string, string>> {
  problems: string;
  errors: string;
  warnings: string;
  infos: string;
  /** The files checked. */
  files: string;
}

export function summaryWords(t: Translate, summary: DiagnosticSummary): SummaryWords {
  const { errors, warnings, infos, files } = summary;
  return {
    problems: t('format.count.problems', { count: errors + warnings + infos }),
    errors: t('format.count.errors', { count: errors }),
    warnings: t('format.count.warnings', { count: warnings }),
    infos: t('format.count.infos', { count: infos }),
    files: t('format.count.files', { count: files }),
  };
}
