import { describe, expect, it } from 'vitest';
import { pairRenamedRecords } from './context.js';

describe('pairRenamedRecords', () => {
  it('makes a record removed from one file and added in another a rename', () => {
    expect(
      pairRenamedRecords([
        { status: 'deleted', path: 'roles/a.yaml' },
        { status: 'modified', path: 'roles/b.yaml' },
        { status: 'added', path: 'roles/a.yml' },
      ]),
    ).toEqual([
      { status: 'modified', path: 'roles/b.yaml' },
      { status: 'renamed', path: 'roles/a.yml', previousPath: 'roles/a.yaml' },
    ]);
  });

  it('leaves other kinds, other ids and ambiguous pairs alone', () => {
    const changes = [
      { status: 'deleted' as const, path: 'roles/a.yaml' },
      { status: 'added' as const, path: 'people/a.yaml' },
      { status: 'deleted' as const, path: 'roles/x.yaml' },
      { status: 'added' as const, path: 'roles/x.yml' },
      { status: 'added' as const, path: 'roles/x.YAML' },
      { status: 'added' as const, path: 'README.md' },
    ];
    expect(pairRenamedRecords(changes)).toEqual(changes);
  });
});
