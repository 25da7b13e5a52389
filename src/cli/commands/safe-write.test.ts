import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../io/atomic-write.js';
import { resolveContext } from '../context.js';
import type { CliIo } from '../io.js';
import { writeChecked } from './safe-write.js';
import { openWorkspace } from './workspace.js';

const A = 'orders/ORD-261020-7KQ2.yaml';
const B = 'orders/ORD-261115-A3BC.yaml';
let dir: string;
let err: string;
const io: CliIo = { stdout: { write: () => true }, stderr: { write: (text: string) => (err += text) }, env: { NO_COLOR: '1' }, cwd: '/' };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'styr-safe-write-'));
  cpSync(join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'valid'), dir, { recursive: true });
  err = '';
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function twoEdits() {
  const ws = await openWorkspace(resolveContext({ data: dir, today: '2026-12-01' }, { ...io, cwd: dir }));
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const before: Record<string, string> = { [A]: read(A), [B]: read(B) };
  const writes = [A, B].map((path) => ({ path, text: `${before[path]}# edited\n`, expected: { hash: contentHash(before[path]!) } }));
  return { ws, read, before, writes };
}

describe('writeChecked', () => {
  it('writes every file when each is as it was read', async () => {
    const { ws, read, before, writes } = await twoEdits();
    expect(await writeChecked(ws, writes, 'two orders')).toBe(0);
    expect([read(A), read(B)]).toEqual([`${before[A]}# edited\n`, `${before[B]}# edited\n`]);
  });

  it('changes neither file when the second changed on disk, and says which', async () => {
    const { ws, read, before, writes } = await twoEdits();
    const files = readdirSync(join(dir, 'orders')).sort();
    writeFileSync(join(dir, B), `${before[B]}# someone else\n`);
    expect(await writeChecked(ws, writes, 'two orders')).toBe(1);
    expect(err).toBe(`styr: ${B} ändrades på disken medan styr arbetade med den; inget skrevs. Kör kommandot igen.\n`);
    expect([read(A), read(B)]).toEqual([before[A], `${before[B]}# someone else\n`]);
    expect(readdirSync(join(dir, 'orders')).sort()).toEqual(files);
  });
});
