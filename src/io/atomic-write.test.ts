import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConcurrentChangeError,
  contentHash,
  FileExistsError,
  LockedError,
  readForEdit,
  UnsafeTargetError,
  writeFileAtomic,
  writeFileChecked,
  writeFilesChecked,
} from './atomic-write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'styr-write-'));
});
afterEach(() => {
  delete process.env.STYR_TEST_WRITE_FAIL;
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces a file by a flushed temporary file renamed over it, keeping its mode', () => {
    const path = join(dir, 'index.html');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o640);
    writeFileAtomic(path, 'new\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    writeFileAtomic(join(dir, 'hook'), '#!/bin/sh\n', { mode: 0o755 });
    expect(statSync(join(dir, 'hook')).mode & 0o777).toBe(0o755);
    expect(readdirSync(dir).sort()).toEqual(['hook', 'index.html']);
  });

  it('keeps the old file and leaves no temporary file when the disk fills up halfway', () => {
    const path = join(dir, 'index.html');
    writeFileSync(path, 'the published page\n');
    process.env.STYR_TEST_WRITE_FAIL = 'index.html';
    expect(() => writeFileAtomic(path, 'a new page that does not fit\n')).toThrow(expect.objectContaining({ code: 'ENOSPC', path }));
    expect(readFileSync(path, 'utf8')).toBe('the published page\n');
    expect(readdirSync(dir)).toEqual(['index.html']);
  });

  it('never writes through a symbolic link, dangling or not, nor into a folder', () => {
    const outside = join(dir, 'outside.txt');
    writeFileSync(outside, 'secret\n');
    symlinkSync(outside, join(dir, 'link'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling'));
    mkdirSync(join(dir, 'folder'));
    expect(() => writeFileAtomic(join(dir, 'link'), 'x')).toThrow(expect.objectContaining({ kind: 'symbolic-link', code: 'EREFUSED' }));
    expect(() => writeFileAtomic(join(dir, 'dangling'), 'x')).toThrow(UnsafeTargetError);
    expect(() => writeFileAtomic(join(dir, 'folder'), 'x')).toThrow(expect.objectContaining({ kind: 'folder' }));
    expect(readFileSync(outside, 'utf8')).toBe('secret\n');
    expect(existsSync(join(dir, 'nowhere.txt'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['dangling', 'folder', 'link', 'outside.txt']);
  });
});

describe('writeFileChecked', () => {
  it('replaces a file that is unchanged since it was read, keeping its mode and leaving no temporary file', () => {
    const path = join(dir, 'a.yaml');
    writeFileSync(path, 'status: approved\n');
    chmodSync(path, 0o640);
    const read = readForEdit(path);
    writeFileChecked(path, 'status: planned\n', { hash: read.hash });
    expect(readFileSync(path, 'utf8')).toBe('status: planned\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('refuses, and writes nothing, when the file changed between reading and writing', () => {
    const path = join(dir, 'a.yaml');
    writeFileSync(path, 'status: approved\n');
    const read = readForEdit(path);
    const change = () => writeFileSync(path, 'status: approved  # someone else\n');
    expect(() => writeFileChecked(path, 'status: planned\n', { hash: read.hash }, { beforeCommit: change })).toThrow(ConcurrentChangeError);
    expect(readFileSync(path, 'utf8')).toBe('status: approved  # someone else\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('refuses when the file was removed meanwhile', () => {
    const path = join(dir, 'a.yaml');
    writeFileSync(path, 'x: 1\n');
    const read = readForEdit(path);
    expect(() => writeFileChecked(path, 'x: 2\n', { hash: read.hash }, { beforeCommit: (p) => rmSync(p) })).toThrow(ConcurrentChangeError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('creates a new file, but never overwrites one that appeared in the meantime', () => {
    const path = join(dir, 'new.yaml');
    writeFileChecked(path, 'id: new\n', 'absent');
    expect(readFileSync(path, 'utf8')).toBe('id: new\n');
    expect(() => writeFileChecked(path, 'id: other\n', 'absent')).toThrow(FileExistsError);
    const late = join(dir, 'late.yaml');
    expect(() => writeFileChecked(late, 'id: mine\n', 'absent', { beforeCommit: (p) => writeFileSync(p, 'id: theirs\n') })).toThrow(FileExistsError);
    expect(readFileSync(late, 'utf8')).toBe('id: theirs\n');
    expect(readdirSync(dir).sort()).toEqual(['late.yaml', 'new.yaml']);
  });

  it('creates the missing folder of a new file', () => {
    const path = join(dir, 'orders', 'ORD-261129-AAAA.yaml');
    writeFileChecked(path, 'id: ORD-261129-AAAA\n', 'absent');
    expect(readFileSync(path, 'utf8')).toBe('id: ORD-261129-AAAA\n');
  });

  it.each([
    ['replaces the file', (fd: number, path: string) => (writeFileSync(`${path}.new`, 'mine: 9\n'), renameSync(`${path}.new`, path))],
    ['writes into the file through a handle it opened before', (fd: number) => void writeSync(fd, 'mine: 9\n', 0)],
  ])('keeps the change of a second writer that %s between the check and the replace', (_how, second) => {
    const path = join(dir, 'a.yaml');
    writeFileSync(path, 'mine: 1\n');
    const read = readForEdit(path);
    const fd = openSync(path, 'r+');
    try {
      expect(() => writeFileChecked(path, 'mine: 2\n', { hash: read.hash }, { afterCheck: (p) => second(fd, p) })).toThrow(ConcurrentChangeError);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(path, 'utf8')).toBe('mine: 9\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('waits for the lock of another styr process, then refuses and names the lock file', () => {
    const path = join(dir, 'a.yaml');
    writeFileSync(path, 'x: 1\n');
    writeFileSync(join(dir, '.a.yaml.styr-lock'), 'x: 3\n');
    expect(() => writeFileChecked(path, 'x: 2\n', { hash: contentHash('x: 1\n') }, { lockWaitMs: 50 })).toThrow(LockedError);
    expect(readFileSync(path, 'utf8')).toBe('x: 1\n');
    expect(readFileSync(join(dir, '.a.yaml.styr-lock'), 'utf8')).toBe('x: 3\n');
  });

  it('never writes through a symbolic link', () => {
    const outside = join(dir, 'outside.yaml');
    writeFileSync(outside, 'x: 1\n');
    symlinkSync(outside, join(dir, 'a.yaml'));
    expect(() => writeFileChecked(join(dir, 'a.yaml'), 'x: 2\n', { hash: contentHash('x: 1\n') })).toThrow(UnsafeTargetError);
    expect(() => writeFileChecked(join(dir, 'b.yaml'), 'x: 2\n', 'absent', { beforeCommit: (p) => symlinkSync(outside, p) })).toThrow(UnsafeTargetError);
    expect(readFileSync(outside, 'utf8')).toBe('x: 1\n');
  });
});

describe('writeFilesChecked', () => {
  function twoFiles() {
    const a = join(dir, 'a.yaml');
    const b = join(dir, 'b.yaml');
    writeFileSync(a, 'a: 1\n');
    writeFileSync(b, 'b: 1\n');
    return {
      a,
      b,
      writes: [
        { path: a, content: 'a: 2\n', expected: { hash: contentHash('a: 1\n') } },
        { path: b, content: 'b: 2\n', expected: { hash: contentHash('b: 1\n') } },
      ],
    };
  }

  it('writes every file when each is as it was read', () => {
    const { a, b, writes } = twoFiles();
    writeFilesChecked([...writes, { path: join(dir, 'c.yaml'), content: 'c: 1\n', expected: 'absent' }]);
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8'), readFileSync(join(dir, 'c.yaml'), 'utf8')]).toEqual(['a: 2\n', 'b: 2\n', 'c: 1\n']);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
  });

  it('changes nothing when the second file changed on disk', () => {
    const { a, b, writes } = twoFiles();
    writeFileSync(b, 'b: 1  # changed\n');
    expect(() => writeFilesChecked(writes)).toThrow(expect.objectContaining({ name: 'ConcurrentChangeError', path: b }));
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['a: 1\n', 'b: 1  # changed\n']);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('puts back the files already replaced when a later one cannot be placed', () => {
    const { a, b, writes } = twoFiles();
    const c = join(dir, 'c.yaml');
    const late = (path: string) => void (path === c && writeFileSync(c, 'c: theirs\n'));
    expect(() => writeFilesChecked([...writes, { path: c, content: 'c: mine\n', expected: 'absent' }], { afterCheck: late })).toThrow(FileExistsError);
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8'), readFileSync(c, 'utf8')]).toEqual(['a: 1\n', 'b: 1\n', 'c: theirs\n']);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
  });

  it('changes nothing and leaves no temporary file when writing the second file fails', () => {
    const { a, b, writes } = twoFiles();
    process.env.STYR_TEST_WRITE_FAIL = 'b.yaml';
    expect(() => writeFilesChecked(writes)).toThrow(expect.objectContaining({ code: 'ENOSPC', path: b }));
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['a: 1\n', 'b: 1\n']);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });
});
