import type { Diagnostic, DiagnosticSummary } from '../core/diagnostics/diagnostic.js';

export interface FormatContext {
  summary: DiagnosticSummary;
  /** Prefix that turns a data-relative path into one relative to the working directory ('data/'). */
  displayPrefix: string;
  /** Every record file checked (data-relative), for formats that list passing files too. */
  files: readonly string[];
  color: boolean;
}

export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;

export const FORMAT_NAMES = ['stylish', 'json', 'github', 'junit', 'markdown'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
