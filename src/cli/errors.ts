// Typed failures the CLI maps to exit codes in one place (main.ts), and the
// one-line words for a file that could not be read or written.
import { isAbsolute, relative, sep } from 'node:path';
import type { MessageKey } from '../core/i18n/catalog.js';
import type { Translate } from '../core/i18n/translate.js';
import { LockedError, UnsafeTargetError } from '../io/atomic-write.js';

/** Bad arguments or options: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The data folder or a file could not be read or written: exit 2. */
export class IoError extends Error {
  override name = 'IoError';
}

export const EXIT = {
  ok: 0,
  problems: 1,
  usage: 2,
  interrupted: 130,
} as const;

/** The system's reasons styr words itself; any other is shown as the system gives it. */
const REASONS: Readonly<Record<string, MessageKey>> = {
  EACCES: 'io.reason.EACCES',
  EPERM: 'io.reason.EACCES',
  ENOSPC: 'io.reason.ENOSPC',
  EDQUOT: 'io.reason.EDQUOT',
  EISDIR: 'io.reason.EISDIR',
  ENOTDIR: 'io.reason.ENOTDIR',
  ENOENT: 'io.reason.ENOENT',
  EROFS: 'io.reason.EROFS',
  EEXIST: 'io.reason.EEXIST',
  EMFILE: 'io.reason.EMFILE',
  ENFILE: 'io.reason.EMFILE',
  EIO: 'io.reason.EIO',
  ELOOP: 'io.reason.ELOOP',
  ENAMETOOLONG: 'io.reason.ENAMETOOLONG',
  EBUSY: 'io.reason.EBUSY',
};

const READS = new Set(['read', 'stat', 'lstat', 'fstat', 'scandir', 'opendir', 'readlink', 'realpath', 'access']);
const WRITES = new Set(['write', 'fsync', 'rename', 'link', 'unlink', 'mkdir', 'rmdir', 'rm', 'chmod', 'fchmod', 'close', 'copyfile', 'symlink', 'utime']);

/** A path as the user would type it: relative to the working folder when inside it. */
export function shownPath(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path);
  return fromCwd === '' ? '.' : fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd.split(sep).join('/');
}

/** The system's own words for an error without a known code, without Node's "CODE: " prefix and ", syscall 'path'" suffix. */
function systemWords(error: Error & { code?: unknown }): string {
  const code = typeof error.code === 'string' ? error.code : '';
  const text = error.message.startsWith(`${code}: `) ? error.message.slice(code.length + 2) : error.message;
  return text.replace(/, \w+ '[^']*'( -> '[^']*')?$/, '');
}

/** The reason a file operation failed, in words, with the system's code. */
export function ioReason(error: Error & { code?: unknown }, t: Translate): string {
  const code = typeof error.code === 'string' ? error.code : undefined;
  const key = code ? REASONS[code] : undefined;
  return key ? `${t(key)} (${code})` : systemWords(error);
}

/**
 * One line for a failed read or write: the file and the reason
 * ("kan inte skriva site/index.md: disken är full (ENOSPC)"), or undefined when
 * `error` is not a file-system failure (a bug, reported as one).
 */
export function describeIoFailure(error: unknown, t: Translate, cwd: string): string | undefined {
  if (error instanceof UnsafeTargetError) return t(`io.unsafe.${error.kind}`, { file: shownPath(error.path, cwd) });
  if (error instanceof LockedError) return t('io.locked', { file: shownPath(error.path, cwd), lock: shownPath(error.lock, cwd) });
  if (!(error instanceof Error)) return undefined;
  // io/files.ts's DataFolderError, known by its name: importing it here would load the parser before `styr --help`.
  if (error.name === 'DataFolderError') {
    const { dir, reason } = error as Error & { dir: string; reason: string };
    return t(reason === 'missing' ? 'io.dataFolder.missing' : 'io.dataFolder.notFolder', { dir: shownPath(dir, cwd) });
  }
  const { code, syscall, path } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code) || typeof path !== 'string') return undefined;
  const key: MessageKey = syscall && READS.has(syscall) ? 'io.cannotRead' : syscall && WRITES.has(syscall) ? 'io.cannotWrite' : 'io.cannotAccess';
  return t(key, { file: shownPath(path, cwd), reason: ioReason(error, t) });
}
