// Run the built CLI as a user would: a real process, real files, real exit codes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'styr');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function styr(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): Run {
  // Wide by default, so that tables do not wrap; a test of the fit sets COLUMNS itself.
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, STYR_TODAY: undefined, COLUMNS: '400', ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'styr-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copy a fixture folder into a fresh temporary folder. */
export function copyFixture(fixture: string): { dir: string; cleanup: () => void } {
  const tmp = tempDir();
  cpSync(join(ROOT, 'test', 'fixtures', fixture), tmp.dir, { recursive: true });
  return tmp;
}

export function writeTree(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}
