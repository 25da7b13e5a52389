import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import { querySystems } from './systems.js';
import type { SystemQuery } from './systems.js';

const TODAY = '2026-12-01';
const PLAN = 'plans/skola-2027.yaml';

function ids(tree: FileTree, query: SystemQuery = {}, language: 'sv' | 'en' = 'sv'): string[] {
  return querySystems(loadTree(tree).model, query, { language, today: TODAY }).map((s) => s.id);
}

/** The fixture plus a system in a business area that starts with Ä. */
function withArchive(tree: FileTree): FileTree {
  return {
    ...tree,
    'systems/arkiv.yaml': 'id: arkiv\nname: Arkivet\nbusinessArea: Ärendehantering\nlifecycle: retired\nsupplier: Arkivbolaget AB\n',
  };
}

describe('styr systems (querySystems)', () => {
  it('gives one plain row per system: people by id and name, plans of the planning year, integrations at both ends', () => {
    const rows = querySystems(loadTree(validTree()).model, {}, { language: 'sv', today: TODAY });
    expect(rows).toEqual([
      {
        id: 'katalog',
        name: 'Katalogtjänst',
        businessArea: 'Gemensam IT',
        unit: null,
        lifecycle: 'production',
        owner: 'karin-testberg',
        ownerName: 'Karin Testberg',
        administrator: 'olof-pahittson',
        administratorName: 'Olof Påhittson',
        supplier: null,
        plans: ['skola-2027'],
        integrations: 1,
      },
      {
        id: 'skolsystem',
        name: 'Skolsystemet',
        businessArea: 'Utbildning',
        unit: 'utbildning',
        lifecycle: 'production',
        owner: 'eva-exempelsson',
        ownerName: 'Eva Exempelsson',
        administrator: 'per-provlund',
        administratorName: 'Per Provlund',
        supplier: null,
        plans: ['skola-2027'],
        integrations: 1,
      },
    ]);
  });

  it('does not count retired integrations', () => {
    const tree = edit(validTree(), 'systems/skolsystem.yaml', (s) => (s.integrations[0].status = 'retired'));
    const rows = querySystems(loadTree(tree).model, {}, { language: 'sv', today: TODAY });
    expect(rows.map((r) => `${r.id} ${r.integrations}`)).toEqual(['katalog 0', 'skolsystem 0']);
  });

  it('sorts by business area in the language’s order (Ä after Z in Swedish), then name, then id', () => {
    const tree = {
      ...withArchive(validTree()),
      'systems/b-kopia.yaml': 'id: b-kopia\nname: Kopia\nbusinessArea: Utbildning\nlifecycle: planned\n',
      'systems/a-kopia.yaml': 'id: a-kopia\nname: Kopia\nbusinessArea: Utbildning\nlifecycle: planned\n',
    };
    expect(ids(tree, {}, 'sv')).toEqual(['katalog', 'a-kopia', 'b-kopia', 'skolsystem', 'arkiv']);
    expect(ids(tree, {}, 'en')).toEqual(['arkiv', 'katalog', 'a-kopia', 'b-kopia', 'skolsystem']);
  });

  it('filters by business area and supplier text (case-insensitive), unit, owner and lifecycle', () => {
    const tree = withArchive(validTree());
    expect(ids(tree, { area: 'UTBILD' })).toEqual(['skolsystem']);
    expect(ids(tree, { area: 'ärende' })).toEqual(['arkiv']);
    expect(ids(tree, { supplier: 'arkivbolaget' })).toEqual(['arkiv']);
    expect(ids(tree, { unit: 'utbildning' })).toEqual(['skolsystem']);
    expect(ids(tree, { owner: 'karin-testberg' })).toEqual(['katalog']);
    expect(ids(tree, { lifecycle: 'retired' })).toEqual(['arkiv']);
    expect(ids(tree, { lifecycle: 'production', owner: 'karin-testberg' })).toEqual(['katalog']);
    expect(ids(tree, { lifecycle: 'planned' })).toEqual([]);
  });

  it('--without-plan keeps the active systems rule system/management-plan reports, not retired ones', () => {
    const tree = withArchive(edit(validTree(), PLAN, (p) => (p.systems = ['skolsystem'])));
    expect(ids(tree, { withoutPlan: true })).toEqual(['katalog']);
    const rows = querySystems(loadTree(tree).model, {}, { language: 'sv', today: TODAY });
    expect(rows.map((r) => `${r.id} ${r.plans.join(',') || '-'}`)).toEqual(['katalog -', 'skolsystem skola-2027', 'arkiv -']);
    expect(ids(validTree(), { withoutPlan: true })).toEqual([]);
  });

  it('--without-plan does not count a plan for another year', () => {
    const { [PLAN]: plan2027, ...rest } = edit(validTree(), PLAN, (p) => {
      p.id = 'skola-2026';
      p.name = 'Förvaltningsplan Skola 2026';
      p.year = 2026;
    });
    const tree = { ...rest, 'plans/skola-2026.yaml': plan2027! };
    const model = loadTree(tree).model;
    expect(model.records.plan.get('skola-2026')?.valid).toBe(true);
    expect(ids(tree, { withoutPlan: true })).toEqual(['katalog', 'skolsystem']);
  });

  it('leaves out systems that failed validation', () => {
    const tree = edit(validTree(), 'systems/katalog.yaml', (s) => (s.lifecycle = 'live'));
    expect(ids(tree)).toEqual(['skolsystem']);
  });
});
