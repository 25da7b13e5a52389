// Revision arguments are checked here before any of them reaches git: a rev is
// data, never an option, a range, a path or anything a shell would interpret.
import { gitMessageText, shownRevision } from './messages.js';
import type { GitMessage, RevisionRole } from './messages.js';

export class RevisionSyntaxError extends Error {
  override name = 'RevisionSyntaxError';
  constructor(readonly detail: GitMessage) {
    super(gitMessageText('en', detail));
  }
}

const MAX_REV_LENGTH = 200;
// Branch and tag names, hashes, HEAD~2, main^, @{upstream}, origin/main, v1.2.
const REV_CHARS = /^[A-Za-z0-9@][A-Za-z0-9._/~^@{}+-]*$/;

/** Throws RevisionSyntaxError unless `rev` is a plain revision styr accepts. */
export function assertSafeRevision(rev: string, role: RevisionRole = 'revision'): void {
  const refuse = (id: GitMessage['id'], values: GitMessage['values'] = {}) => new RevisionSyntaxError({ id, role, values: { rev: shownRevision(rev), ...values } });
  if (rev.length === 0) throw refuse('diff.git.revEmpty');
  if (rev.length > MAX_REV_LENGTH) throw refuse('diff.git.revTooLong', { max: MAX_REV_LENGTH });
  if (rev.startsWith('-')) throw refuse('diff.git.revOption');
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(rev)) throw refuse('diff.git.revWhitespace');
  if (rev.includes('..')) throw refuse('diff.git.revRange');
  if (rev.includes(':')) throw refuse('diff.git.revPath');
  if (!REV_CHARS.test(rev) || rev.includes('@{-') || rev.endsWith('.lock') || rev.endsWith('/') || rev.endsWith('.')) {
    throw refuse('diff.git.revChars', { chars: '. _ / ~ ^ @ { } + -' });
  }
}

export function isSafeRevision(rev: string): boolean {
  try {
    assertSafeRevision(rev);
    return true;
  } catch {
    return false;
  }
}
