import { describe, expect, it } from 'vitest';
import { createTranslator } from '../core/i18n/translate.js';
import { LockedError, UnsafeTargetError } from '../io/atomic-write.js';
import { DataFolderError } from '../io/files.js';
import { describeIoFailure } from './errors.js';

const sv = createTranslator('sv');
const en = createTranslator('en');
const errno = (code: string, syscall: string, path: string, message = `${code}: something, ${syscall} '${path}'`) =>
  Object.assign(new Error(message), { code, syscall, path });

describe('describeIoFailure', () => {
  it('names the file, relative to the working folder, and the reason in words with the code', () => {
    expect(describeIoFailure(errno('EACCES', 'open', '/work/data/orders/a.yaml'), sv, '/work')).toBe('kan inte öppna data/orders/a.yaml: åtkomst nekad (EACCES)');
    expect(describeIoFailure(errno('ENOSPC', 'write', '/work/site/index.html'), en, '/work')).toBe('cannot write site/index.html: no space left on the disk (ENOSPC)');
    expect(describeIoFailure(errno('EISDIR', 'read', '/srv/data/styr.yaml'), sv, '/work')).toBe('kan inte läsa /srv/data/styr.yaml: det är en mapp (EISDIR)');
  });

  it('gives the system’s own words for a code it does not know', () => {
    expect(describeIoFailure(errno('ESTALE', 'open', '/work/a', "ESTALE: stale file handle, open '/work/a'"), en, '/work')).toBe('cannot open a: stale file handle');
  });

  it('words refusals, locks and a missing data folder', () => {
    expect(describeIoFailure(new UnsafeTargetError('/work/site/.styr-render.json', 'symbolic-link'), en, '/work')).toMatch(
      /^site\/\.styr-render\.json is a symbolic link;/,
    );
    expect(describeIoFailure(new LockedError('/work/o/a.yaml', '/work/o/.a.yaml.styr-lock'), en, '/work')).toMatch(
      /^o\/a\.yaml is being written by another styr process \(the lock file o\/\.a\.yaml\.styr-lock exists\)/,
    );
    expect(describeIoFailure(new DataFolderError('/work/data', 'missing'), sv, '/work')).toBe('datamappen data finns inte');
  });

  it('leaves a bug a bug', () => {
    expect(describeIoFailure(new TypeError('x is undefined'), sv, '/work')).toBeUndefined();
    expect(describeIoFailure(Object.assign(new Error('no path'), { code: 'ENOSPC' }), sv, '/work')).toBeUndefined();
  });
});
