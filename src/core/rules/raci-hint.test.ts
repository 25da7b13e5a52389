// The hint of raci/responsible-required proposes a fix that satisfies the rule
// (and keeps raci/single-accountable satisfied): applying what it says clears
// the finding.
import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';

const raciFindings = (tree: FileTree) => loadTree(tree, undefined, 'en').diagnostics.filter((d) => d.rule.startsWith('raci/'));

/** Apply the hint as a person would: its `role: U` where it names a role, else add a role that does the work. */
function applyHint(tree: FileTree, index: number, data: Record<string, string | number>): FileTree {
  return edit(tree, 'raci/bestallning.yaml', (r) => {
    const roles = r.activities[index].roles as Record<string, string>;
    if (data.suggestion === 'change') roles[String(data.role)] = 'U';
    else roles[['bestallare', 'it-chef', 'drifttekniker'].find((id) => !(id in roles))!] = 'U';
  });
}

describe('raci/responsible-required hint', () => {
  const cases: [string, (roles: Record<string, string>) => void, RegExp][] = [
    ['a K role (preferred to an I role)', (roles) => ((roles.bestallare = 'I'), (roles.drifttekniker = 'K')), /`drifttekniker: U` instead of its K\/I \(consulted\)/],
    ['only I roles', (roles) => ((roles.bestallare = 'I'), (roles.drifttekniker = 'I')), /`bestallare: U` instead of its K\/I \(informed\)/],
    ['only the H role', (roles) => (delete roles.drifttekniker, delete roles.bestallare), /add it under `roles:`/],
  ];
  for (const [what, change, wording] of cases) {
    it(`with ${what} proposes a change that clears the finding`, () => {
      const tree = edit(validTree(), 'raci/bestallning.yaml', (r) => change(r.activities[1].roles));
      const [finding, ...rest] = raciFindings(tree);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ rule: 'raci/responsible-required' });
      expect(finding!.hint).toMatch(wording);
      expect(raciFindings(applyHint(tree, 1, finding!.data))).toEqual([]);
    });
  }
});
