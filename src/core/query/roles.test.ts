import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import { queryRoles } from './roles.js';
import type { RoleQuery } from './roles.js';

function ids(tree: FileTree, query: RoleQuery = {}, language: 'sv' | 'en' = 'sv'): string[] {
  return queryRoles(loadTree(tree).model, query, language).map((r) => r.id);
}

/** The fixture plus two more tactical roles, one starting with Ä. */
function withRoles(tree: FileTree): FileTree {
  return {
    ...tree,
    'roles/andringsansvarig.yaml':
      'id: andringsansvarig\nname: Ändringsansvarig\nlevel: tactical\nside: ordering-function\nunit: it-enheten\nholders: [per-provlund]\nstaffing: interim-consultant\n',
    'roles/kravanalytiker.yaml':
      'id: kravanalytiker\nname: Kravanalytiker\nlevel: tactical\nside: ordering-function\nunit: it-enheten\nstaffing: vacant\nrecruitment: { form: internal, step: 2, status: planned }\n',
  };
}

describe('styr roles (queryRoles)', () => {
  it('gives one plain row per role with holders by id and name', () => {
    const rows = queryRoles(loadTree(validTree()).model, {}, 'sv');
    expect(rows[0]).toEqual({
      id: 'it-chef',
      name: 'IT-chef',
      level: 'strategic',
      side: 'provider',
      unit: 'it-enheten',
      key: true,
      holders: ['karin-testberg'],
      holderNames: ['Karin Testberg'],
      deputy: 'olof-pahittson',
      staffing: 'filled',
      recruitmentStep: null,
      recruitmentStatus: null,
    });
  });

  it('sorts by level, strategic first, then name in the language’s order', () => {
    const tree = withRoles(validTree());
    expect(ids(tree, {}, 'sv')).toEqual(['it-chef', 'bestallare', 'kravanalytiker', 'andringsansvarig', 'drifttekniker']);
    expect(ids(tree, {}, 'en')).toEqual(['it-chef', 'andringsansvarig', 'bestallare', 'kravanalytiker', 'drifttekniker']);
  });

  it('--vacant keeps the roles that are not fully staffed: vacant, interim consultant, partly filled', () => {
    const tree = edit(withRoles(validTree()), 'roles/drifttekniker.yaml', (r) => (r.staffing = 'partly-filled'));
    expect(ids(tree, { vacant: true })).toEqual(['kravanalytiker', 'andringsansvarig', 'drifttekniker']);
    expect(ids(validTree(), { vacant: true })).toEqual([]);
    const vacant = queryRoles(loadTree(tree).model, { vacant: true }, 'sv')[0]!;
    expect(vacant).toMatchObject({ id: 'kravanalytiker', holders: [], staffing: 'vacant', recruitmentStep: 2, recruitmentStatus: 'planned' });
  });

  it('filters by level and unit', () => {
    const tree = withRoles(validTree());
    expect(ids(tree, { level: 'tactical' })).toEqual(['bestallare', 'kravanalytiker', 'andringsansvarig']);
    expect(ids(tree, { unit: 'utbildning' })).toEqual(['bestallare']);
    expect(ids(tree, { unit: 'it-enheten', level: 'tactical' })).toEqual(['kravanalytiker', 'andringsansvarig']);
  });

  it('--person keeps the roles the person holds, not those where the person is deputy', () => {
    expect(ids(validTree(), { person: 'olof-pahittson' })).toEqual(['drifttekniker']);
    expect(ids(withRoles(validTree()), { person: 'per-provlund' })).toEqual(['andringsansvarig']);
    expect(ids(validTree(), { person: 'per-provlund' })).toEqual([]);
  });
});
