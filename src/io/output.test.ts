import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OutputWriter, writeOutput } from './output.js';

const temps: string[] = [];
afterEach(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'styr-output-'));
  temps.push(dir);
  return dir;
}

describe('OutputWriter', () => {
  it('writes new files, leaves unchanged ones alone and rewrites changed ones', () => {
    const out = join(temp(), 'site');
    writeOutput(out, [
      { path: 'a/one.md', content: 'ett\n' },
      { path: 'two.bin', content: new Uint8Array([1, 2, 3]) },
    ]);
    const old = new Date('2001-01-01T00:00:00Z');
    utimesSync(join(out, 'a', 'one.md'), old, old);
    utimesSync(join(out, 'two.bin'), old, old);
    const summary = writeOutput(out, [
      { path: 'a/one.md', content: 'ett\n' },
      { path: 'two.bin', content: new Uint8Array([1, 2, 4]) },
    ]);
    expect(summary).toEqual({ written: 1, unchanged: 1, removed: 0 });
    expect(statSync(join(out, 'a', 'one.md')).mtime).toEqual(old);
    expect([...readFileSync(join(out, 'two.bin'))]).toEqual([1, 2, 4]);
  });

  it('removes the files of the previous render that this one did not write, and their empty folders', () => {
    const out = join(temp(), 'site');
    writeOutput(out, [
      { path: 'keep.md', content: 'k' },
      { path: 'gone/old.md', content: 'o' },
    ]);
    writeFileSync(join(out, 'mine.txt'), 'not styr’s');
    expect(writeOutput(out, [{ path: 'keep.md', content: 'k' }]).removed).toBe(1);
    expect(existsSync(join(out, 'gone'))).toBe(false);
    expect(readFileSync(join(out, 'mine.txt'), 'utf8')).toBe('not styr’s');
  });

  it('refuses to write through a symbolic link, into a folder or onto a pipe, and writes nothing outside', () => {
    const root = temp();
    const outside = join(root, 'outside.txt');
    writeFileSync(outside, 'secret\n');
    const out = join(root, 'site');
    mkdirSync(join(out, 'dir.md'), { recursive: true });
    symlinkSync(outside, join(out, 'link.md'));
    const writer = new OutputWriter(out);
    expect(() => writer.write('link.md', 'x')).toThrow(/link\.md is a symbolic link in the output folder/);
    expect(() => writer.write('dir.md', 'x')).toThrow(/dir\.md is a folder in the output folder/);
    expect(spawnSync('mkfifo', [join(out, 'pipe.md')]).status).toBe(0);
    expect(() => writer.write('pipe.md', 'x')).toThrow(/pipe\.md is not a regular file/);
    expect(readFileSync(outside, 'utf8')).toBe('secret\n');
  });

  it('refuses a folder that a symbolic link leads outside the output folder, and removes nothing through it', () => {
    const root = temp();
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    const out = join(root, 'site');
    writeOutput(out, [{ path: 'catalog/old.md', content: 'o' }]);
    rmSync(join(out, 'catalog'), { recursive: true });
    writeFileSync(join(elsewhere, 'old.md'), 'theirs\n');
    symlinkSync(elsewhere, join(out, 'catalog'));
    const writer = new OutputWriter(out);
    expect(() => writer.write('catalog/new.md', 'x')).toThrow(/a symbolic link leads outside the output folder/);
    expect(writer.finish(['index.md'])).toBe(0);
    expect(readFileSync(join(elsewhere, 'old.md'), 'utf8')).toBe('theirs\n');
    expect(existsSync(join(elsewhere, 'new.md'))).toBe(false);
  });

  it('refuses a path that leaves the output folder', () => {
    const writer = new OutputWriter(join(temp(), 'site'));
    expect(() => writer.write('../escape.md', 'x')).toThrow(/refusing to write outside the output folder/);
  });
});
