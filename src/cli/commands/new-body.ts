// styr new decision on a terminal without --body: the decision's text is
// written in the editor named by $VISUAL or $EDITOR (a temporary file, removed
// afterwards); without one it is asked for on one line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { input } from '@inquirer/prompts';
import type { Workspace } from './workspace.js';

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The body text, trimmed; empty when the user wrote nothing. */
export async function askBody(ws: Workspace, id: string): Promise<string> {
  const { t } = ws;
  const editor = (process.env.VISUAL || process.env.EDITOR || '').trim();
  if (editor === '') return (await input({ message: t('new.body.line') })).trim();
  const dir = mkdtempSync(join(tmpdir(), 'styr-'));
  const file = join(dir, `${id}.md`);
  try {
    writeFileSync(file, '', { mode: 0o600 });
    ws.context.io.stdout.write(`${t('new.body.editor', { editor })}\n`);
    // The editor may carry arguments ('code --wait'): run it through the shell, the file quoted.
    const run = spawnSync(`${editor} ${shellQuote(file)}`, { shell: true, stdio: 'inherit' });
    if (run.status !== 0) {
      ws.context.io.stdout.write(`${t('new.body.editorFailed', { editor })}\n`);
      return (await input({ message: t('new.body.line') })).trim();
    }
    return readFileSync(file, 'utf8').trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
