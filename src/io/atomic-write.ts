// Atomic, checked writes: the new content goes to a temporary file in the same
// folder and is renamed over the target only if the target still holds what
// was read (same hash) — or, for a new file, still does not exist.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

export interface ReadForEdit {
  /** Absolute path. */
  path: string;
  text: string;
  hash: string;
}

/** Read a file and remember its hash for the check before writing. */
export function readForEdit(path: string): ReadForEdit {
  const bytes = readFileSync(path);
  return { path, text: bytes.toString('utf8'), hash: contentHash(bytes) };
}

/** The file changed on disk between reading and writing. */
export class ConcurrentChangeError extends Error {
  override name = 'ConcurrentChangeError';
}

/** A file that was to be created already exists. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';
}

export type Expected = { hash: string } | 'absent';

export interface WriteOptions {
  /** Runs after the temporary file is written and before the final check (tests use it to change the file underneath). */
  beforeCommit?: (path: string) => void;
}

function currentHash(path: string): string | null {
  try {
    return contentHash(readFileSync(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function writeTemp(path: string, content: string | Uint8Array, mode: number): string {
  const temp = join(dirname(path), `.${basename(path)}.styr-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', mode);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/**
 * Write `content` to `path` atomically. `expected` is the hash read before
 * editing, or 'absent' for a new file. Throws ConcurrentChangeError or
 * FileExistsError (and writes nothing) when the file is not as expected.
 */
export function writeFileChecked(path: string, content: string | Uint8Array, expected: Expected, options: WriteOptions = {}): void {
  let mode = 0o644;
  if (expected !== 'absent') {
    try {
      mode = statSync(path).mode & 0o777;
    } catch {
      // checked below
    }
  }
  const temp = writeTemp(path, content, mode);
  try {
    options.beforeCommit?.(path);
    const now = currentHash(path);
    if (expected === 'absent') {
      if (now !== null) throw new FileExistsError(`${path} already exists`);
      try {
        // link() fails if the target appeared in the meantime: no overwrite, ever.
        linkSync(temp, path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new FileExistsError(`${path} already exists`);
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
        // A file system without hard links: rename, after the check above.
        renameSync(temp, path);
      }
      return;
    }
    if (now === null) throw new ConcurrentChangeError(`${path} was removed after it was read`);
    if (now !== expected.hash) throw new ConcurrentChangeError(`${path} changed on disk after it was read`);
    renameSync(temp, path);
  } finally {
    removeQuietly(temp);
  }
}
