// Every file styr writes goes through here. The new bytes go to a temporary
// file in the target's folder, are flushed to disk and renamed over the target,
// so a reader, a crash or a full disk sees the old file or the new one, never a
// truncated one; a temporary file is removed when anything fails. Nothing is
// written through a symbolic link, into a folder or onto a device.
//
// Checked writes (records) replace only what was read: each target is locked
// by a lock file created exclusively (it holds the new content), the target is
// moved aside and its hash compared with what was read, the new content is
// linked in only where the target is still absent, and the moved-aside file is
// checked once more — so a second writer, whether it replaces the file or
// writes into it, is never silently overwritten. Several files are written all
// or nothing.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type Content = string | Uint8Array;

export function contentHash(content: Content): string {
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
  constructor(readonly path: string) {
    super(`${path} changed on disk after it was read`);
  }
}

/** A file that was to be created already exists. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';
  constructor(readonly path: string) {
    super(`${path} already exists`);
  }
}

/** Another styr process holds the lock file of the target. */
export class LockedError extends Error {
  override name = 'LockedError';
  constructor(
    readonly path: string,
    readonly lock: string,
  ) {
    super(`${path} is locked by ${lock}`);
  }
}

/** What is at the target instead of a regular file; 'outside': a symbolic link leads the path out of the folder written. */
export type UnsafeKind = 'symbolic-link' | 'folder' | 'special' | 'outside';

/** The target is a symbolic link, a folder or not a regular file: styr writes nothing there. */
export class UnsafeTargetError extends Error {
  override name = 'UnsafeTargetError';
  /** Like a file-system error's code, so callers treat it as a failed write. */
  readonly code = 'EREFUSED';
  constructor(
    readonly path: string,
    readonly kind: UnsafeKind,
  ) {
    const what = { 'symbolic-link': 'is a symbolic link', folder: 'is a folder', special: 'is not a regular file', outside: 'is outside the folder written' }[kind];
    super(`${path} ${what}`);
  }
}

export type Expected = { hash: string } | 'absent';

export interface WriteOptions {
  /** Runs after the temporary file is written and before the final check (tests use it to change the file underneath). */
  beforeCommit?: (path: string) => void;
  /** Runs after the file is checked and before it is replaced (tests use it to force a race). */
  afterCheck?: (path: string) => void;
  /** How long to wait for another styr process's lock on a file (default 2 s). */
  lockWaitMs?: number;
}

/** Refuses anything at `path` but a regular file; returns its stat, or undefined when there is nothing. */
export function checkTarget(path: string): Stats | undefined {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) throw new UnsafeTargetError(path, stat.isSymbolicLink() ? 'symbolic-link' : stat.isDirectory() ? 'folder' : 'special');
  return stat;
}

// O_NOFOLLOW where the platform has it; O_EXCL alone already refuses an existing link.
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** A file-system error about `temp` reported as one about the file the user knows. */
function aboutTarget(error: unknown, target: string): unknown {
  if (error && typeof error === 'object' && 'code' in error) Object.assign(error, { path: target });
  return error;
}

/** Test hook: STYR_TEST_WRITE_FAIL=SUFFIX makes writing a file whose path ends in SUFFIX fail halfway, as on a full disk. */
function injectedFailure(target: string): boolean {
  const suffix = process.env.STYR_TEST_WRITE_FAIL;
  return suffix !== undefined && suffix !== '' && target.endsWith(suffix);
}

/**
 * Creates `file` with `content`; `flush` forces it to disk before the rename (fsync). A file that
 * replaces another is always flushed, so a crash leaves the old or the new content, never an empty
 * page; a new file has nothing to lose and is not (fsync per page tripled the time of a first render).
 */
function createFlushed(file: string, target: string, content: Content, mode: number | undefined, flush = true): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const fd = openSync(file, CREATE_NEW, mode ?? 0o644);
  try {
    if (mode !== undefined) fchmodSync(fd, mode);
    const end = injectedFailure(target) ? bytes.byteLength >> 1 : bytes.byteLength;
    let written = 0;
    while (written < end) written += writeSync(fd, bytes, written, end - written);
    if (end < bytes.byteLength) throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', syscall: 'write' });
    if (flush) fsyncSync(fd);
  } catch (error) {
    closeQuietly(fd);
    removeQuietly(file);
    throw aboutTarget(error, target);
  }
  try {
    closeSync(fd);
  } catch (error) {
    removeQuietly(file);
    throw aboutTarget(error, target);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // the error that brought us here is the one to report
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.styr-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

export interface AtomicWriteOptions {
  /** Permission bits of the file; default: those of the file it replaces, else 0644 less the umask. */
  mode?: number;
}

/**
 * Writes `content` to `path`: a temporary file in the same folder, flushed,
 * then renamed over `path`. Refuses (UnsafeTargetError) when `path` is a
 * symbolic link (dangling or not), a folder or not a regular file. On any
 * failure the old file is intact and no temporary file is left.
 */
export function writeFileAtomic(path: string, content: Content, options: AtomicWriteOptions = {}): void {
  const existing = checkTarget(path);
  const temp = tempPath(path);
  createFlushed(temp, path, content, options.mode ?? (existing ? existing.mode & 0o7777 : undefined), existing !== undefined);
  try {
    // rename() replaces a link rather than following it; the check is for a clear refusal.
    checkTarget(path);
    renameSync(temp, path);
  } catch (error) {
    removeQuietly(temp);
    throw aboutTarget(error, path);
  }
}

export interface CheckedWrite {
  /** Absolute path. */
  path: string;
  content: Content;
  /** The hash of what was read, or 'absent' for a new file. */
  expected: Expected;
}

/** How long a checked write waits for another styr process's lock on the same file. */
const LOCK_WAIT_MS = 2000;
const LOCK_POLL_MS = 25;

function lockPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.styr-lock`);
}

function asidePath(path: string): string {
  return join(dirname(path), `.${basename(path)}.styr-old`);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the lock by creating the lock file, filled with the new content. */
function takeLock(write: CheckedWrite, mode: number | undefined, wait: number): string {
  const lock = lockPath(write.path);
  for (let waited = 0; ; waited += LOCK_POLL_MS) {
    try {
      createFlushed(lock, write.path, write.content, mode);
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (waited >= wait) throw new LockedError(write.path, lock);
      sleep(LOCK_POLL_MS);
    }
  }
}

/** Puts `source` at `target` only if `target` does not exist (a hard link); rename where links are not supported. */
function placeIfAbsent(source: string, target: string): boolean {
  try {
    linkSync(source, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
    if (lstatSync(target, { throwIfNoEntry: false })) return false;
    renameSync(source, target);
    return true;
  }
}

function hashOf(path: string): string | null {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return null;
  if (!stat.isFile()) return `not a file`;
  return contentHash(readFileSync(path));
}

interface Slot {
  write: CheckedWrite;
  lock?: string;
  /** Where the file read was moved while it is checked and replaced. */
  aside?: string;
  placed?: boolean;
}

/** Puts a file back as it was before this write; best effort, a failure keeps the moved-aside copy. */
function restore(slot: Slot): void {
  const { path } = slot.write;
  try {
    if (slot.placed) {
      if (slot.aside) renameSync(slot.aside, path);
      else if (slot.lock && hashOf(path) === contentHash(slot.write.content)) unlinkSync(path);
      slot.placed = false;
      slot.aside = undefined;
    } else if (slot.aside) {
      // Someone may have created the file meanwhile: theirs is the newer content.
      placeIfAbsent(slot.aside, path);
      removeQuietly(slot.aside);
      slot.aside = undefined;
    }
  } catch {
    // the moved-aside file stays for the user to recover
  }
}

/**
 * Writes several files all or nothing. Each `expected` is the hash read
 * before editing, or 'absent' for a new file (whose folder is created when
 * missing). Throws ConcurrentChangeError, FileExistsError, LockedError,
 * UnsafeTargetError or a file-system error, and then no file is changed and
 * no temporary file is left.
 */
/** Creates a missing parent folder; a file standing where a folder must be is ENOTDIR (as opening through it would say), not mkdir's EEXIST. */
function makeParent(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw Object.assign(new Error(`ENOTDIR: not a directory, open '${dir}'`), { code: 'ENOTDIR', path: dir });
    throw error;
  }
}

export function writeFilesChecked(writes: readonly CheckedWrite[], options: WriteOptions = {}): void {
  // One order for every writer, so two writers of overlapping files do not wait on each other in turn.
  const slots: Slot[] = [...writes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((write) => ({ write }));
  for (let i = 1; i < slots.length; i++) if (slots[i]!.write.path === slots[i - 1]!.write.path) throw new Error(`${slots[i]!.write.path} is written twice`);
  try {
    for (const slot of slots) {
      const { path, expected } = slot.write;
      if (expected === 'absent') makeParent(dirname(path));
      const existing = checkTarget(path);
      slot.lock = takeLock(slot.write, existing ? existing.mode & 0o7777 : undefined, options.lockWaitMs ?? LOCK_WAIT_MS);
    }
    for (const slot of slots) options.beforeCommit?.(slot.write.path);
    // Move each file read aside and compare it with what was read: from here on, a second writer makes a new file.
    for (const slot of slots) {
      const { path, expected } = slot.write;
      checkTarget(path);
      if (expected === 'absent') {
        if (lstatSync(path, { throwIfNoEntry: false })) throw new FileExistsError(path);
        continue;
      }
      const aside = asidePath(path);
      try {
        renameSync(path, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ConcurrentChangeError(path);
        throw error;
      }
      slot.aside = aside;
      if (hashOf(aside) !== expected.hash) throw new ConcurrentChangeError(path);
    }
    for (const slot of slots) options.afterCheck?.(slot.write.path);
    for (const slot of slots) {
      const { path, expected } = slot.write;
      if (!placeIfAbsent(slot.lock!, path)) throw expected === 'absent' ? new FileExistsError(path) : new ConcurrentChangeError(path);
      slot.placed = true;
    }
    // A writer that had the file open may have written into it after the check.
    for (const slot of slots) {
      if (slot.aside && hashOf(slot.aside) !== (slot.write.expected as { hash: string }).hash) throw new ConcurrentChangeError(slot.write.path);
    }
    for (const slot of slots) {
      if (slot.aside) removeQuietly(slot.aside);
      slot.aside = undefined;
    }
  } catch (error) {
    for (const slot of [...slots].reverse()) restore(slot);
    throw error;
  } finally {
    for (const slot of slots) if (slot.lock) removeQuietly(slot.lock);
  }
}

/** writeFilesChecked for one file. */
export function writeFileChecked(path: string, content: Content, expected: Expected, options: WriteOptions = {}): void {
  writeFilesChecked([{ path, content, expected }], options);
}
