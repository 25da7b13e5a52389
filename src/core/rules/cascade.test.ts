// One invalid cell is one schema error: it must not make the rest of the
// record disappear for the rules that look for something unused or missing
// elsewhere.
import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';

const found = (tree: FileTree) => loadTree(tree).diagnostics.map((d) => `${d.file} ${d.rule}`);

describe('a schema error in one cell', () => {
  it('of a RACI matrix leaves the roles it names used (no raci/unused-role)', () => {
    const tree = edit(validTree(), 'raci/bestallning.yaml', (r) => (r.activities[0].roles.bestallare = 'X'));
    const diagnostics = found(tree);
    expect(diagnostics).toContain('raci/bestallning.yaml schema/enum');
    expect(diagnostics.filter((d) => d.includes('raci/unused-role'))).toEqual([]);
  });

  it('of a RACI matrix: a role it does not name is still unused', () => {
    const tree = edit(validTree(), 'raci/bestallning.yaml', (r) => {
      r.activities[0].roles = { bestallare: 'H', 'it-chef': 'U' };
      r.activities[1].roles = { 'it-chef': 'H', bestallare: 'Q' };
    });
    expect(found(tree)).toContain('roles/drifttekniker.yaml raci/unused-role');
  });

  it('of a management plan leaves the systems it lists covered (no system/management-plan)', () => {
    const tree = edit(validTree(), 'plans/skola-2027.yaml', (p) => (p.status = 'godkänd'));
    const diagnostics = found(tree);
    expect(diagnostics).toContain('plans/skola-2027.yaml schema/enum');
    expect(diagnostics.filter((d) => d.includes('system/management-plan'))).toEqual([]);
  });

  it('of a management plan for another year does not cover the planning year', () => {
    const tree = edit(validTree(), 'plans/skola-2027.yaml', (p) => {
      p.year = 2026;
      p.status = 'godkänd';
    });
    expect(found(tree)).toContain('systems/skolsystem.yaml system/management-plan');
  });
});
