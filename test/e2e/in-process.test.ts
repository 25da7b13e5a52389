// The command line as a function: run(argv, io) writes only to the streams it
// is given and returns the exit code, so a command can be tested without a
// process; importing the module runs nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { ROOT } from '../helpers/cli.js';

function capture(env: NodeJS.ProcessEnv = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env: { NO_COLOR: '1', ...env },
    cwd: ROOT,
    out: () => out,
    err: () => err,
  };
}

const DATA = join(ROOT, 'data');

describe('run(argv, io)', () => {
  it('runs nothing when the module is imported', async () => {
    const before = process.exitCode;
    const { run } = await import('../../src/cli/main.js');
    expect(typeof run).toBe('function');
    expect(process.exitCode).toBe(before);
  });

  it('prints a listing to the given stdout and returns 0', async () => {
    const { run } = await import('../../src/cli/main.js');
    const io = capture();
    const code = await run(['systems', '--data', DATA, '--today', '2026-12-01', '--format', 'json'], io);
    expect(code).toBe(0);
    const rows = JSON.parse(io.out()) as { id: string }[];
    expect(rows.map((r) => r.id)).toContain('ekonomisystem');
    expect(rows).toHaveLength(33);
    expect(io.err()).toBe('');
  });

  it('fits tables to the width the given environment says', async () => {
    const { run } = await import('../../src/cli/main.js');
    const io = capture({ COLUMNS: '80' });
    expect(await run(['contracts', '--data', DATA, '--today', '2026-12-01'], io)).toBe(0);
    for (const line of io.out().split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('writes a usage error to the given stderr in Swedish and returns 2', async () => {
    const { run } = await import('../../src/cli/main.js');
    const io = capture();
    const code = await run(['order', 'list', '--data', DATA, '--today', '2026-13-01'], io);
    expect(code).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(/^styr: --today /);
    expect(io.err()).not.toMatch(/\bmust\b/);
  });

  it('prints help to the given stdout', async () => {
    const { run } = await import('../../src/cli/main.js');
    const io = capture();
    expect(await run(['--help'], io)).toBe(0);
    // The example data's styr.yaml says Swedish.
    expect(io.out()).toContain('Användning: styr');
    const en = capture();
    expect(await run(['--help', '--lang', 'en'], en)).toBe(0);
    expect(en.out()).toContain('Usage: styr');
  });

  it('returns 1 from validate when the records have problems and names them on stdout', async () => {
    const { run } = await import('../../src/cli/main.js');
    const io = capture();
    const code = await run(['validate', '--data', join(ROOT, 'test', 'fixtures', 'render-xss'), '--today', '2026-12-01', '--format', 'json'], io);
    const report = JSON.parse(io.out()) as { problems: { messageId: string }[] };
    expect([0, 1]).toContain(code);
    for (const p of report.problems) expect(p.messageId).toMatch(/^(rule|problem)\./);
  });
});
