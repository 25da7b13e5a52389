import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';

const ORDER = 'orders/ORD-261020-7KQ2.yaml';

describe('loadRepository', () => {
  it('indexes every kind by id', () => {
    const { model } = loadTree(validTree());
    expect([...model.records.system.keys()]).toEqual(['katalog', 'skolsystem']);
    expect(model.records.decision.get('2026-11-12-bit-november')?.body).toContain('mål M1');
    expect(model.goals.get('M1')?.goal.title).toBe('Säker och enkel digital vardag');
    expect(model.config.planningYear).toBe(2027);
  });

  it('locates a schema error at the line and column of the offending value', () => {
    const tree = validTree();
    tree[ORDER] = (tree[ORDER] as string).replace('type: change', 'type: chnage');
    const d = loadTree(tree).diagnostics.find((x) => x.rule === 'schema/enum');
    expect(d).toMatchObject({ file: ORDER, pointer: '/type', range: { line: 7, column: 7 } });
    expect(d?.hint).toContain("Did you mean 'change'?");
  });

  it('points an unknown field at its key and suggests the known one', () => {
    const tree = validTree();
    tree[ORDER] = (tree[ORDER] as string).replace('wantedBy', 'x').replace('team: drift', 'taem: drift');
    const d = loadTree(tree).diagnostics.find((x) => x.rule === 'schema/unknown-field');
    expect(d).toMatchObject({ pointer: '/taem', range: { line: 9, column: 1 }, hint: "Did you mean 'team'?" });
  });

  it('locates a broken reference inside a nested list and suggests the closest id', () => {
    const tree = validTree();
    tree['systems/skolsystem.yaml'] = (tree['systems/skolsystem.yaml'] as string).replace('target: katalog', 'target: katalg');
    const d = loadTree(tree).diagnostics.find((x) => x.rule === 'ref/unknown-system');
    expect(d).toMatchObject({ pointer: '/integrations/0/target', range: { line: 13, column: 13 }, hint: "Did you mean 'katalog'?" });
  });

  it('says when an id exists but as another kind', () => {
    const d = loadTree(edit(validTree(), ORDER, (r) => (r.orderer = 'skolsystem'))).diagnostics[0];
    expect(d).toMatchObject({ rule: 'ref/wrong-kind', pointer: '/orderer' });
    expect(d?.message).toContain("'skolsystem' is a system");
  });

  it('reports an id that differs from the file name, and resolves references by file name', () => {
    const result = loadTree(edit(validTree(), 'people/per-provlund.yaml', (r) => (r.id = 'per-provlunde')));
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['repo/id-mismatch']);
  });

  it('rejects an id with path separators or ..', () => {
    const result = loadTree(edit(validTree(), 'people/per-provlund.yaml', (r) => (r.id = '../../etc/passwd')));
    expect(result.diagnostics.map((d) => d.rule).sort()).toEqual(['repo/id-mismatch', 'schema/id-format']);
  });

  it('reports duplicate ids (the same id in two files of one kind)', () => {
    const tree = validTree();
    tree['people/arkiv/per-provlund.yaml'] = tree['people/per-provlund.yaml']!;
    const d = loadTree(tree).diagnostics.filter((x) => x.rule === 'repo/duplicate-id');
    expect(d).toHaveLength(1);
    expect(d[0]?.message).toContain("'per-provlund' is already used by people/arkiv/per-provlund.yaml");
  });

  it('rejects __proto__ and constructor keys as unknown fields', () => {
    const tree = validTree();
    tree['people/per-provlund.yaml'] += '__proto__: { admin: true }\nconstructor: x\n';
    const d = loadTree(tree).diagnostics;
    expect(d.map((x) => [x.rule, x.pointer])).toEqual([
      ['schema/unknown-field', '/__proto__'],
      ['schema/unknown-field', '/constructor'],
    ]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('checks every other file when some are broken', () => {
    const tree = validTree();
    tree['systems/trasig.yaml'] = 'id: [unclosed\n';
    tree['people/tom.yaml'] = '';
    tree[ORDER] = (tree[ORDER] as string).replace('orderer: eva-exempelsson', 'orderer: eva');
    const rules = loadTree(tree).diagnostics.map((d) => `${d.file} ${d.rule}`);
    expect(rules).toEqual([
      `${ORDER} ref/unknown-person`,
      'people/tom.yaml parse/empty',
      'systems/trasig.yaml parse/syntax',
    ]);
  });

  it('reports a missing styr.yaml and goes on with defaults', () => {
    const tree = validTree();
    delete tree['styr.yaml'];
    const result = loadTree(tree);
    expect(result.diagnostics.map((d) => d.rule)).toContain('repo/missing-config');
    expect(result.model.config.planningYear).toBe(2026);
  });

  it('warns about files it does not read in record folders, and ignores READMEs', () => {
    const tree = validTree();
    tree['orders/anteckningar.txt'] = 'x';
    tree['orders/README.md'] = '# Beställningar';
    expect(loadTree(tree).diagnostics.map((d) => `${d.file} ${d.rule} ${d.severity}`)).toEqual([
      'orders/anteckningar.txt repo/unexpected-file warning',
    ]);
  });

  it('gives diagnostics in a stable order: by file, line, column', () => {
    const tree = edit(
      edit(validTree(), 'units/utbildning.yaml', (r) => delete r.itContact),
      'roles/it-chef.yaml',
      (r) => (r.level = 'top'),
    );
    const once = loadTree(tree).diagnostics;
    expect(loadTree(tree).diagnostics).toEqual(once);
    expect(once.map((d) => d.file)).toEqual(['roles/it-chef.yaml', 'units/utbildning.yaml']);
  });
});
