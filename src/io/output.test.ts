import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash } from './atomic-write.js';
import { MANIFEST, OutputWriter, writeOutput } from './output.js';

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
    expect(summary).toEqual({ written: 1, unchanged: 1, removed: 0, warnings: [] });
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
    expect(() => writer.write('link.md', 'x')).toThrow(expect.objectContaining({ kind: 'symbolic-link', path: join(out, 'link.md') }));
    expect(() => writer.write('dir.md', 'x')).toThrow(expect.objectContaining({ kind: 'folder', path: join(out, 'dir.md') }));
    expect(spawnSync('mkfifo', [join(out, 'pipe.md')]).status).toBe(0);
    expect(() => writer.write('pipe.md', 'x')).toThrow(expect.objectContaining({ kind: 'special', path: join(out, 'pipe.md') }));
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
    expect(() => writer.write('catalog/new.md', 'x')).toThrow(expect.objectContaining({ kind: 'outside' }));
    expect(writer.finish(['index.md']).removed).toBe(0);
    expect(readFileSync(join(elsewhere, 'old.md'), 'utf8')).toBe('theirs\n');
    expect(existsSync(join(elsewhere, 'new.md'))).toBe(false);
  });

  it('refuses a path that leaves the output folder', () => {
    const writer = new OutputWriter(join(temp(), 'site'));
    expect(() => writer.write('../escape.md', 'x')).toThrow(expect.objectContaining({ kind: 'outside' }));
    expect(() => writer.write('a\0b.md', 'x')).toThrow(expect.objectContaining({ kind: 'outside' }));
  });

  it('never writes the manifest through a symbolic link, dangling or not: refused before any page is written', () => {
    const root = temp();
    const out = join(root, 'site');
    mkdirSync(out);
    symlinkSync(join(root, 'victim.json'), join(out, MANIFEST));
    expect(() => writeOutput(out, [{ path: 'index.md', content: 'x' }])).toThrow(expect.objectContaining({ kind: 'symbolic-link' }));
    expect(existsSync(join(root, 'victim.json'))).toBe(false);
    expect(existsSync(join(out, 'index.md'))).toBe(false);
  });

  it('keeps the published page and leaves no temporary file when the disk fills up while a page is rewritten', () => {
    const out = join(temp(), 'site');
    writeOutput(out, [{ path: 'catalog/index.md', content: 'the published page\n' }]);
    process.env.STYR_TEST_WRITE_FAIL = 'catalog/index.md';
    try {
      expect(() => writeOutput(out, [{ path: 'catalog/index.md', content: 'a longer new page that does not fit\n' }])).toThrow(
        expect.objectContaining({ code: 'ENOSPC', path: join(out, 'catalog', 'index.md') }),
      );
    } finally {
      delete process.env.STYR_TEST_WRITE_FAIL;
    }
    expect(readFileSync(join(out, 'catalog', 'index.md'), 'utf8')).toBe('the published page\n');
    expect(readdirSync(join(out, 'catalog'))).toEqual(['index.md']);
  });

  it('removes only files whose bytes are still the ones it wrote, never in a dot-folder', () => {
    const out = join(temp(), 'site');
    writeOutput(out, [
      { path: 'gone.md', content: 'styr’s\n' },
      { path: 'edited.md', content: 'styr’s\n' },
    ]);
    writeFileSync(join(out, 'edited.md'), 'edited by hand\n');
    mkdirSync(join(out, '.git'));
    writeFileSync(join(out, '.git', 'config'), '[core]\n');
    writeFileSync(join(out, 'notes.txt'), 'mine\n');
    // A forged manifest naming a file styr did not write.
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { files: Record<string, string> };
    manifest.files['notes.txt'] = contentHash('what styr would have written\n');
    writeFileSync(join(out, MANIFEST), JSON.stringify(manifest));
    const summary = writeOutput(out, [{ path: 'index.md', content: 'i' }]);
    expect(summary.removed).toBe(1);
    expect(existsSync(join(out, 'gone.md'))).toBe(false);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(out, 'edited.md'), 'utf8')).toBe('edited by hand\n');
    writeFileSync(join(out, MANIFEST), JSON.stringify({ files: { '.git/config': contentHash('[core]\n') } }));
    expect(writeOutput(out, [{ path: 'index.md', content: 'i' }]).warnings).toEqual([{ kind: 'corrupt', file: join(out, MANIFEST), reason: 'bad entry ".git/config"' }]);
    expect(readFileSync(join(out, '.git', 'config'), 'utf8')).toBe('[core]\n');
  });

  it('reports a damaged manifest as a warning, removes nothing, and writes a good one for the next render', () => {
    const out = join(temp(), 'site');
    writeOutput(out, [{ path: 'old.md', content: 'o' }]);
    for (const damaged of ['{"files": {"a\\u0000b": "00"}}', '{not json', '{"files": 3}']) {
      writeFileSync(join(out, MANIFEST), damaged);
      const summary = writeOutput(out, [{ path: 'index.md', content: 'i' }]);
      expect(summary.warnings).toEqual([expect.objectContaining({ kind: 'corrupt' })]);
      expect(summary.removed).toBe(0);
      expect(writeOutput(out, [{ path: 'index.md', content: 'i' }]).warnings).toEqual([]);
    }
    expect(readFileSync(join(out, 'old.md'), 'utf8')).toBe('o');
  });
});
