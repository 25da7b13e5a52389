// Which errors a change would introduce: errors after the change that were not
// there before. Ranges are ignored (an edit moves lines); the rest must match,
// counted as a multiset so a second identical error still shows.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import type { SchemaValidator } from '../schema/validate-schema.js';
import type { SourceFile } from '../source/parse.js';
import { loadRepository } from '../validate/load-repository.js';
import type { LoadResult, RepositoryInput } from '../validate/load-repository.js';

// Compared by message id and parameters, which do not depend on the language.
// A did-you-mean guess (and where to look) is advice that the edit itself can
// change — a new order id becomes the closest match to an unknown one — so it
// is not part of what makes an error the same error.
function key(d: Diagnostic): string {
  const { suggestion: _suggestion, where: _where, ...facts } = (d.data ?? {}) as Record<string, unknown>;
  return `${d.file}\u0000${d.rule}\u0000${d.pointer}\u0000${d.messageId}\u0000${JSON.stringify(facts)}`;
}

/** A file as it would be written: its path in the data folder and its new text. */
export interface ProposedFile {
  path: string;
  text: string;
}

/**
 * The errors that writing `files` would introduce into the repository `input`
 * (loaded before as `before`): the whole repository is checked again with the
 * new contents in place, so references and rules see the change.
 */
export function errorsIntroducedBy(
  input: RepositoryInput,
  before: LoadResult,
  files: readonly ProposedFile[],
  options: { validator: SchemaValidator; today: string; language: Language },
): Diagnostic[] {
  const replaced = new Map<string, SourceFile>();
  for (const f of files) {
    const bytes = new TextEncoder().encode(f.text);
    replaced.set(f.path, { path: f.path, size: bytes.length, bytes });
  }
  const known = new Set(input.files.map((f) => f.path));
  const next = input.files.map((f) => replaced.get(f.path) ?? f);
  for (const [path, file] of replaced) if (!known.has(path)) next.push(file);
  const after = loadRepository(input.config ? { config: input.config, files: next } : { files: next }, options);
  return introducedErrors(before.diagnostics, after.diagnostics);
}

export function introducedErrors(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, number>();
  for (const d of before) if (d.severity === 'error') seen.set(key(d), (seen.get(key(d)) ?? 0) + 1);
  const out: Diagnostic[] = [];
  for (const d of after) {
    if (d.severity !== 'error') continue;
    const k = key(d);
    const left = seen.get(k) ?? 0;
    if (left > 0) seen.set(k, left - 1);
    else out.push(d);
  }
  return out;
}
