// One type for every problem styr reports: parse errors, schema errors, broken
// references and rule findings alike.

export type Severity = 'error' | 'warning' | 'info';

export interface SourceRange {
  /** 1-based line of the start of the offending node. */
  line: number;
  /** 1-based column of the start of the offending node. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  /** The message's catalogue key (problem.<id>.<message>, rule.<id>.<message>). */
  messageId: string;
  /** The message's parameters, as values (an enum's value, not its label). */
  data: Record<string, string | number>;
  /** The message in the output language, made from messageId and data when the diagnostic is created. */
  message: string;
  /** Path relative to the data folder, with forward slashes. */
  file: string;
  /** JSON pointer into the record ('' is the whole record). */
  pointer: string;
  range?: SourceRange;
  hint?: string;
  /** Locate the key of the pointed-at entry rather than its value (unknown fields). */
  pointsToKey?: boolean;
}

export interface DiagnosticSummary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  filesWithProblems: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const la = a.range?.line ?? 0;
  const lb = b.range?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.range?.column ?? 0;
  const cb = b.range?.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.severity !== b.severity) return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  if (a.messageId !== b.messageId) return a.messageId < b.messageId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

export function summarize(diagnostics: readonly Diagnostic[], fileCount: number): DiagnosticSummary {
  const withProblems = new Set<string>();
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    withProblems.add(d.file);
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, files: fileCount, filesWithProblems: withProblems.size };
}

/** JSON pointer (RFC 6901) from path segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
