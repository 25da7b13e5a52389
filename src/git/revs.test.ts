import { describe, expect, it } from 'vitest';
import { assertSafeRevision, isSafeRevision } from './revs.js';
import { parseNameStatus } from './repository.js';

describe('assertSafeRevision', () => {
  it.each(['main', 'origin/main', 'HEAD~2', 'HEAD^', 'v1.2.0', 'a1b2c3d', '@{upstream}', 'feature/ny-inloggning'])('accepts %s', (rev) => {
    expect(isSafeRevision(rev)).toBe(true);
  });

  it.each([
    ['-p', /begins with '-'/],
    ['--output=/tmp/x', /begins with '-'/],
    ['HEAD;rm -rf /', /whitespace/],
    ['$(id)', /not a revision styr accepts/],
    ['`id`', /not a revision styr accepts/],
    ['main..HEAD', /is a range/],
    ['HEAD:styr.yaml', /names a path/],
    ['a\u0000b', /control characters/],
    ['', /is empty/],
    ['x'.repeat(300), /longer than/],
  ])('refuses %j', (rev, message) => {
    expect(() => assertSafeRevision(rev)).toThrow(message);
  });
});

describe('parseNameStatus', () => {
  it('reads -z output with renames', () => {
    expect(parseNameStatus('M\0roles/a.yaml\0R087\0orders/x.yaml\0orders/y.yaml\0D\0people/p.yaml\0')).toEqual([
      { status: 'modified', path: 'roles/a.yaml' },
      { status: 'renamed', path: 'orders/y.yaml', previousPath: 'orders/x.yaml' },
      { status: 'deleted', path: 'people/p.yaml' },
    ]);
  });
});
