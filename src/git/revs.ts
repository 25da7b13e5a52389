// Revision arguments are checked here before any of them reaches git: a rev is
// data, never an option, a range, a path or anything a shell would interpret.

export class RevisionSyntaxError extends Error {
  override name = 'RevisionSyntaxError';
}

const MAX_REV_LENGTH = 200;
// Branch and tag names, hashes, HEAD~2, main^, @{upstream}, origin/main, v1.2.
const REV_CHARS = /^[A-Za-z0-9@][A-Za-z0-9._/~^@{}+-]*$/;

/** Throws RevisionSyntaxError unless `rev` is a plain revision styr accepts. */
export function assertSafeRevision(rev: string, what = 'revision'): void {
  const shown = JSON.stringify(rev.length > 60 ? `${rev.slice(0, 60)}…` : rev);
  if (rev.length === 0) throw new RevisionSyntaxError(`${what} is empty`);
  if (rev.length > MAX_REV_LENGTH) throw new RevisionSyntaxError(`${what} ${shown} is longer than ${MAX_REV_LENGTH} characters`);
  if (rev.startsWith('-')) {
    throw new RevisionSyntaxError(`${what} ${shown} begins with '-': options are not accepted as revisions`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(rev)) {
    throw new RevisionSyntaxError(`${what} ${shown} contains whitespace or control characters`);
  }
  if (rev.includes('..')) {
    throw new RevisionSyntaxError(`${what} ${shown} is a range; give BASE and HEAD as two arguments instead`);
  }
  if (rev.includes(':')) {
    throw new RevisionSyntaxError(`${what} ${shown} names a path or an index entry; give a commit, branch or tag`);
  }
  if (!REV_CHARS.test(rev) || rev.includes('@{-') || rev.endsWith('.lock') || rev.endsWith('/') || rev.endsWith('.')) {
    throw new RevisionSyntaxError(
      `${what} ${shown} is not a revision styr accepts (letters, digits and . _ / ~ ^ @ { } + - only, as in main, origin/main, HEAD~2 or a commit hash)`,
    );
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
