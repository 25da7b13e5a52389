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
    expect(d).toMatchObject({
      file: ORDER,
      pointer: '/type',
      range: { line: 7, column: 7 },
      messageId: 'problem.schema/enum.notAllowed',
      data: { value: 'chnage', field: 'type', suggestion: 'change' },
    });
    expect(d?.hint).toMatch(/^Menade du 'change'\? Tillåtna: project, change/);
  });

  it('points an unknown field at its key and suggests the known one', () => {
    const tree = validTree();
    tree[ORDER] = (tree[ORDER] as string).replace('wantedBy', 'x').replace('team: drift', 'taem: drift');
    const d = loadTree(tree).diagnostics.find((x) => x.rule === 'schema/unknown-field');
    expect(d).toMatchObject({
      pointer: '/taem',
      range: { line: 9, column: 1 },
      messageId: 'problem.schema/unknown-field.unknown',
      data: { field: 'taem', suggestion: 'team' },
      message: "okänt fält 'taem'",
      hint: "Menade du 'team'?",
    });
  });

  it('locates a broken reference inside a nested list and suggests the closest id', () => {
    const tree = validTree();
    tree['systems/skolsystem.yaml'] = (tree['systems/skolsystem.yaml'] as string).replace('target: katalog', 'target: katalg');
    const d = loadTree(tree).diagnostics.find((x) => x.rule === 'ref/unknown-system');
    expect(d).toMatchObject({
      pointer: '/integrations/0/target',
      range: { line: 13, column: 13 },
      messageId: 'problem.ref/unknown.unknown',
      data: { target: 'system', id: 'katalg', path: 'integrations.0.target', suggestion: 'katalog' },
      message: "okänt system-id 'katalg' i 'integrations.0.target'",
    });
  });

  it('says when an id exists but as another kind', () => {
    const d = loadTree(edit(validTree(), ORDER, (r) => (r.orderer = 'skolsystem'))).diagnostics[0];
    expect(d).toMatchObject({
      rule: 'ref/wrong-kind',
      pointer: '/orderer',
      messageId: 'problem.ref/wrong-kind.wrongKind',
      data: { id: 'skolsystem', path: 'orderer', expected: 'person', actual: 'system' },
    });
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
    expect(d[0]).toMatchObject({
      messageId: 'problem.repo/duplicate-id.duplicate',
      data: { kind: 'person', id: 'per-provlund', first: 'people/arkiv/per-provlund.yaml' },
      message: "person-id 'per-provlund' används redan av people/arkiv/per-provlund.yaml",
    });
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
    expect(rules).toEqual([`${ORDER} ref/unknown-person`, 'people/tom.yaml parse/empty', 'systems/trasig.yaml parse/syntax']);
  });

  it('reports a missing styr.yaml and goes on with defaults', () => {
    const tree = validTree();
    delete tree['styr.yaml'];
    const result = loadTree(tree);
    expect(result.diagnostics.map((d) => d.rule)).toContain('repo/missing-config');
    expect(result.model.config.planningYear).toBe(2026);
    expect(result.language).toBe('sv');
  });

  it("writes the diagnostics in styr.yaml's language, or in the language asked for", () => {
    const tree = edit(validTree(), ORDER, (r) => (r.taem = r.team));
    const english = edit(tree, 'styr.yaml', (c) => (c.language = 'en'));
    const fromConfig = loadTree(english);
    expect(fromConfig.language).toBe('en');
    expect(fromConfig.diagnostics[0]).toMatchObject({ rule: 'schema/unknown-field', message: "unknown field 'taem'", hint: "Did you mean 'team'?" });
    const asked = loadTree(tree, undefined, 'en');
    expect(asked.language).toBe('en');
    expect(asked.diagnostics[0]?.message).toBe("unknown field 'taem'");
  });

  it('writes in Swedish when styr.yaml is broken, whatever language it names', () => {
    const broken = edit(validTree(), 'styr.yaml', (c) => {
      c.language = 'en';
      c.planningYear = 'next';
    });
    const result = loadTree(broken);
    expect(result.language).toBe('sv');
    expect(result.diagnostics.find((d) => d.file === 'styr.yaml')).toMatchObject({
      rule: 'schema/type',
      data: { field: 'planningYear', expected: 'integer' },
      message: "'planningYear' ska vara ett heltal, inte 'next'",
    });
  });

  it('takes the field title of a hint in the output language', () => {
    const tree = edit(validTree(), ORDER, (r) => delete r.title);
    const sv = loadTree(tree).diagnostics.find((d) => d.rule === 'schema/required');
    const en = loadTree(tree, undefined, 'en').diagnostics.find((d) => d.rule === 'schema/required');
    expect(sv).toMatchObject({ messageId: 'problem.schema/required.missing', data: { field: 'title', title: 'Rubrik' }, hint: 'Lägg till `title:` (Rubrik).' });
    expect(en).toMatchObject({ data: { field: 'title', title: 'Title' }, hint: 'Add `title:` (Title).' });
  });

  it('warns about files it does not read in record folders, and ignores READMEs', () => {
    const tree = validTree();
    tree['orders/anteckningar.txt'] = 'x';
    tree['orders/README.md'] = '# Beställningar';
    expect(loadTree(tree).diagnostics.map((d) => `${d.file} ${d.rule} ${d.severity}`)).toEqual(['orders/anteckningar.txt repo/unexpected-file warning']);
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
