import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrentChangeError, FileExistsError, readForEdit, writeFileChecked } from './atomic-write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'styr-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

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
});
