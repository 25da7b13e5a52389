// plan/incomplete: an approved management plan has an object owner, management
// leads, a budget, goals and activities (the owner and leads may come from the
// managed object); the finding lists every missing part. And the references the
// managed object brings: plans and systems name a known object.
import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';

const PLAN = 'plans/skola-2027.yaml';
const OBJECT = 'objects/skola.yaml';

function incomplete(tree: FileTree, language?: 'sv' | 'en') {
  return loadTree(tree, undefined, language).diagnostics.filter((d) => d.rule === 'plan/incomplete');
}

/** The fixture's plan without an owner of its own: the object's applies. */
function withoutPlanOwner(tree: FileTree): FileTree {
  return edit(tree, PLAN, (p) => delete p.objectOwner);
}

describe('plan/incomplete', () => {
  it('does not trip on a complete approved plan (owner in the plan, leads from the object)', () => {
    expect(incomplete(validTree())).toEqual([]);
  });

  it('does not trip when the owner and leads come only from the managed object', () => {
    expect(incomplete(withoutPlanOwner(validTree()))).toEqual([]);
  });

  it('does not trip on a draft, however incomplete', () => {
    const tree = edit(validTree(), PLAN, (p) => {
      p.status = 'draft';
      delete p.approved;
      for (const field of ['objectOwner', 'budget', 'costAllocation', 'goals', 'activities']) delete p[field];
    });
    expect(incomplete(edit(tree, OBJECT, (o) => delete o.managementLeads))).toEqual([]);
  });

  it('does not trip on an approved plan of a year before the planning year', () => {
    const tree = edit(validTree(), PLAN, (p) => {
      p.year = 2026;
      delete p.goals;
    });
    expect(incomplete(tree)).toEqual([]);
  });

  const alone: [part: string, change: (t: FileTree) => FileTree][] = [
    ['objectOwner', (t) => edit(withoutPlanOwner(t), OBJECT, (o) => delete o.objectOwner)],
    ['managementLeads', (t) => edit(t, OBJECT, (o) => delete o.managementLeads)],
    ['budget', (t) => edit(t, PLAN, (p) => delete p.budget && delete p.costAllocation)],
    ['goals', (t) => edit(t, PLAN, (p) => delete p.goals)],
    ['activities', (t) => edit(t, PLAN, (p) => delete p.activities)],
  ];
  it.each(alone)('trips on an approved plan without %s alone, and names only that part', (part, change) => {
    const found = incomplete(change(validTree()));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', file: PLAN, pointer: '/status', data: { parts: part } });
  });

  it('counts empty lists and an empty budget as missing', () => {
    const tree = edit(validTree(), PLAN, (p) => {
      p.budget = {};
      delete p.costAllocation;
      p.goals = [];
      p.activities = [];
    });
    expect(incomplete(edit(tree, OBJECT, (o) => (o.managementLeads = [])))[0]?.data).toEqual({ parts: 'managementLeads, budget, goals, activities' });
  });

  it('lists every missing part in one finding, Swedish first and in English', () => {
    const tree = edit(withoutPlanOwner(validTree()), PLAN, (p) => {
      for (const field of ['budget', 'costAllocation', 'goals', 'activities']) delete p[field];
    });
    const bare = edit(tree, OBJECT, (o) => {
      delete o.objectOwner;
      delete o.managementLeads;
    });
    const [sv] = incomplete(bare);
    expect(sv?.message).toBe('förvaltningsplanen är fastställd men saknar objektägare, förvaltningsledare, budget, mål och aktiviteter');
    const [en] = incomplete(bare, 'en');
    expect(en?.message).toBe('the management plan is approved but has no object owner, management leads, budget, goals, and activities');
    expect(en?.data).toEqual({ parts: 'objectOwner, managementLeads, budget, goals, activities' });
  });
});

describe('references to and from the managed object', () => {
  it("is an error when a plan's managedObject names no object record, with a suggestion", () => {
    const found = loadTree(edit(validTree(), PLAN, (p) => (p.managedObject = 'skolan'))).diagnostics.filter((d) => d.rule === 'ref/unknown-object');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', file: PLAN, pointer: '/managedObject', data: expect.objectContaining({ id: 'skolan' }) })]);
    expect(found[0]?.hint).toContain("'skola'");
  });

  it("is an error when a system's managedObject names no object record", () => {
    const found = loadTree(edit(validTree(), 'systems/katalog.yaml', (s) => (s.managedObject = 'katalogen'))).diagnostics.filter((d) => d.rule === 'ref/unknown-object');
    expect(found).toEqual([expect.objectContaining({ file: 'systems/katalog.yaml', pointer: '/managedObject' })]);
  });

  it("checks the object's own references: owner, leads and the units it serves", () => {
    const tree = edit(validTree(), OBJECT, (o) => {
      o.objectOwner = 'ingen-alls';
      o.managementLeads = ['per-provlund', 'okand-ledare'];
      o.units = ['utbildning', 'okand-enhet'];
    });
    const refs = loadTree(tree)
      .diagnostics.filter((d) => d.rule.startsWith('ref/'))
      .map((d) => [d.rule, d.file, d.pointer]);
    expect(refs).toEqual([
      ['ref/unknown-person', OBJECT, '/objectOwner'],
      ['ref/unknown-person', OBJECT, '/managementLeads/1'],
      ['ref/unknown-unit', OBJECT, '/units/1'],
    ]);
  });

  it('is clean when every plan and system names a known object', () => {
    expect(loadTree(validTree()).diagnostics.filter((d) => d.rule === 'ref/unknown-object')).toEqual([]);
  });
});
