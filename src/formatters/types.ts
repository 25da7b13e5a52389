import type { Diagnostic, DiagnosticSummary } from '../core/diagnostics/diagnostic.js';
import type { Language } from '../core/i18n/language.js';

export interface FormatContext {
  summary: DiagnosticSummary;
  /** Prefix that turns a data-relative path into one relative to the working directory ('data/'). */
  displayPrefix: string;
  /** Every record file checked (data-relative), for formats that list passing files too. */
  files: readonly string[];
  color: boolean;
  /** The language of the format's own words (the diagnostics carry theirs). */
  language: Language;
}

export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;

export const FORMAT_NAMES = ['stylish', 'json', 'github', 'junit', 'markdown'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
