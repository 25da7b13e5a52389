// The one way commands write records: validate the repository with the new
// content in memory and refuse if the change introduces errors; then write
// every file atomically, all or nothing, and only if each file on disk is
// still what was read.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorsIntroducedBy } from '../../core/change/introduced-errors.js';
import { summarize } from '../../core/diagnostics/diagnostic.js';
import { loadFormatter } from '../../formatters/index.js';
import { ConcurrentChangeError, FileExistsError, writeFilesChecked } from '../../io/atomic-write.js';
import type { Expected } from '../../io/atomic-write.js';
import { EXIT } from '../errors.js';
import { displayPath } from './workspace.js';
import type { Workspace } from './workspace.js';

export interface PlannedWrite {
  /** Path relative to the data folder. */
  path: string;
  text: string;
  /** The hash of what was read, or 'absent' for a new file. */
  expected: Expected;
}

/** Test hook: STYR_TEST_BEFORE_WRITE names a module whose default export runs just before the final check. */
async function beforeCommitHook(variable = 'STYR_TEST_BEFORE_WRITE'): Promise<((path: string) => void) | undefined> {
  const module = process.env[variable];
  if (!module) return undefined;
  const loaded = (await import(pathToFileURL(module).href)) as { default: (path: string) => void };
  return loaded.default;
}

/** Validate, then write. Returns an exit code; on refusal nothing is written and the reason is on stderr. */
export async function writeChecked(ws: Workspace, writes: readonly PlannedWrite[], what: string): Promise<number> {
  const { io } = ws.context;
  const introduced = errorsIntroducedBy(ws.input, ws.result, writes, { validator: ws.validator, today: ws.context.today, language: ws.result.language });
  if (introduced.length > 0) {
    const stylish = await loadFormatter('stylish');
    const n = introduced.length;
    io.stderr.write(`styr: ${ws.t('cli.write.refused', { file: what, n })}\n\n`);
    const prefix = displayPath(ws.context, '');
    io.stderr.write(
      stylish(introduced, {
        summary: summarize(introduced, writes.length),
        displayPrefix: prefix,
        files: writes.map((w) => w.path),
        color: ws.context.color,
        language: ws.result.language,
      }),
    );
    return EXIT.problems;
  }
  const hook = await beforeCommitHook();
  const afterCheck = await beforeCommitHook('STYR_TEST_AFTER_CHECK');
  const relativeOf = new Map(writes.map((w) => [join(ws.context.dataDir, w.path), w.path]));
  const shown = (path: string) => displayPath(ws.context, relativeOf.get(path) ?? path);
  try {
    writeFilesChecked(
      writes.map((w) => ({ path: join(ws.context.dataDir, w.path), content: w.text, expected: w.expected })),
      { ...(hook ? { beforeCommit: hook } : {}), ...(afterCheck ? { afterCheck } : {}) },
    );
  } catch (error) {
    if (error instanceof ConcurrentChangeError) {
      io.stderr.write(`styr: ${ws.t('cli.write.changed', { file: shown(error.path) })}\n`);
      return EXIT.problems;
    }
    if (error instanceof FileExistsError) {
      io.stderr.write(`styr: ${ws.t('cli.write.exists', { file: shown(error.path) })}\n`);
      return EXIT.problems;
    }
    // A lock, a symbolic link or a file-system failure: main.ts says which file and why.
    throw error;
  }
  return EXIT.ok;
}
