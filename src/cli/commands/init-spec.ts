// The styr dependency a repository made by `styr init` pins: an npm spec read by
// npm's own parser (npm-package-arg), written into package.json as npm would.
import npa from 'npm-package-arg';
import { existsSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import type { Translate } from '../../core/i18n/translate.js';
import { shownPath, UsageError } from '../errors.js';

export interface StyrDependency {
  /** The key in devDependencies: the package's name. */
  name: string;
  /** The value: a version, range, tag, git URL, `file:` path or https address. */
  spec: string;
}

/** A spec that is only a version or a range names this package. */
const VERSION_ONLY = /^[v=^~<>\d*]/;

/**
 * Read `--styr-spec` for a repository made in `target`. A `file:` or folder
 * spec is resolved against `cwd` and written relative to `target`, so the new
 * package.json points where the user meant; it must exist. Throws a UsageError
 * (one line) for anything that is not an npm spec.
 */
export function parseStyrSpec(raw: string, own: { name: string }, paths: { cwd: string; target: string }, t: Translate): StyrDependency {
  const invalid = () => new UsageError(t('deploy.spec.invalid', { spec: JSON.stringify(raw) }));
  // Whitespace and control characters are never part of a spec npm would save.
  if (raw.trim() === '' || /[\s\p{Cc}]/u.test(raw)) throw invalid();
  let parsed: npa.Result;
  try {
    parsed = VERSION_ONLY.test(raw) ? npa.resolve(own.name, raw, paths.cwd) : npa(raw, paths.cwd);
  } catch {
    throw invalid();
  }
  switch (parsed.type) {
    case 'version':
    case 'range':
    case 'tag':
    case 'alias':
      if (!parsed.name) throw invalid();
      return { name: parsed.name, spec: parsed.rawSpec === '' ? '*' : parsed.rawSpec };
    case 'remote':
      if (!/^https:\/\//i.test(parsed.rawSpec)) throw new UsageError(t('deploy.spec.insecure', { spec: raw }));
      return { name: parsed.name ?? own.name, spec: parsed.rawSpec };
    case 'git':
      return { name: parsed.name ?? own.name, spec: parsed.saveSpec ?? parsed.rawSpec };
    case 'file':
    case 'directory': {
      const path = parsed.fetchSpec;
      if (!path || !existsSync(path)) throw new UsageError(t('deploy.spec.missing', { spec: raw, path: path ? shownPath(path, paths.cwd) : raw }));
      const fromTarget = relative(paths.target, path).split(sep).join('/');
      const shown = isAbsolute(fromTarget) ? fromTarget : fromTarget.startsWith('.') ? fromTarget : `./${fromTarget}`;
      return { name: parsed.name ?? own.name, spec: `file:${shown}` };
    }
    default:
      throw invalid();
  }
}
