// The one way commands write records: validate the repository with the new
// content in memory and refuse if the change introduces errors; then write
// atomically, and only if the file on disk is still what was read.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorsIntroducedBy } from '../../core/change/introduced-errors.js';
import { summarize } from '../../core/diagnostics/diagnostic.js';
import { loadFormatter } from '../../formatters/index.js';
import { ConcurrentChangeError, FileExistsError, writeFileChecked } from '../../io/atomic-write.js';
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
async function beforeCommitHook(): Promise<((path: string) => void) | undefined> {
  const module = process.env.STYR_TEST_BEFORE_WRITE;
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
  for (const w of writes) {
    try {
      writeFileChecked(join(ws.context.dataDir, w.path), w.text, w.expected, hook ? { beforeCommit: hook } : {});
    } catch (error) {
      if (error instanceof ConcurrentChangeError) {
        io.stderr.write(`styr: ${ws.t('cli.write.changed', { file: displayPath(ws.context, w.path) })}\n`);
        return EXIT.problems;
      }
      if (error instanceof FileExistsError) {
        io.stderr.write(`styr: ${ws.t('cli.write.exists', { file: displayPath(ws.context, w.path) })}\n`);
        return EXIT.problems;
      }
      throw error;
    }
  }
  return EXIT.ok;
}
