import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, TODAY, edit, loadTree, readTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import { quarterEnd, quarterStart } from './governing.js';
import { renderDocuments } from './render.js';

const xssTree = () => readTree(join(FIXTURES, 'render-xss'));
const page = (tree: FileTree, path: string, lang: 'sv' | 'en' = 'sv') => {
  const doc = path.split('/')[0]!;
  const found = renderDocuments(loadTree(tree).model, [doc], { lang, today: TODAY }).find((p) => p.path === path);
  if (!found) throw new Error(`no page ${path}`);
  return found.markdown;
};

describe('governing documents', () => {
  it('turn plan quarters into the first and last day of the quarter', () => {
    expect([quarterStart('2027-Q1'), quarterEnd('2027-Q1')]).toEqual(['2027-01-01', '2027-03-31']);
    expect([quarterStart('2027-Q4'), quarterEnd('2027-Q4')]).toEqual(['2027-10-01', '2027-12-31']);
    expect(quarterEnd('2028-Q1')).toBe('2028-03-31');
  });

  it('keep record text from breaking Markdown, the Gantt chart or the organisation chart', () => {
    let tree = edit(xssTree(), 'roles/it-chef.yaml', (r) => {
      r.name = 'IT-chef <script>alert(1)</script> "x" [a](b)';
      r.staffing = 'vacant';
      r.holders = [];
    });
    tree = edit(tree, 'orders/ORD-261020-7KQ2.yaml', (o) => {
      o.title = 'Ny inloggning: `kod` ```\n# rubrik; #x';
    });
    const roles = page(tree, 'roles/index.md');
    expect(roles).not.toContain('<script>');
    expect(roles).toContain('#### IT-chef \\<script\\>alert(1)\\</script\\>');
    expect(roles.match(/```/g)!.length % 2).toBe(0);
    const tactical = page(tree, 'tactical-plan/index.md');
    const gantt = /```mermaid\n(?:%%.*\n)*(gantt[\s\S]*?)```/.exec(tactical)![1]!;
    const task = gantt.split('\n').find((l) => l.includes('ORD-261020-7KQ2'))!;
    expect(task).toMatch(/^ {4}ORD-261020-7KQ2 Ny inloggning [^:#;`]*:.*o_ORD_261020_7KQ2, 2027-\d\d-01, 2027-\d\d-\d\d$/);
    expect(tactical.match(/```/g)!.length % 2).toBe(0);
  });

  it('mark a quarter in the tactical plan where the team has promised more than it can do by then, naming the orders', () => {
    const tree = edit(xssTree(), 'orders/ORD-261020-7KQ2.yaml', (o) => {
      o.status = 'in-progress';
      o.wantedBy = '2027-03-31';
      o.estimates.effortDays = 50;
      o.history.push(
        { date: '2026-11-20', from: 'approved', to: 'planned', actor: 'karin-testberg' },
        { date: '2026-11-25', from: 'planned', to: 'in-progress', actor: 'karin-testberg' },
      );
    });
    const tactical = page(tree, 'tactical-plan/index.md');
    expect(tactical).toMatch(/^\| Drift \| \*\*40 \/ 40\*\* \(överbelagt\) \| 10 \/ 40 \|/m);
    expect(tactical).toContain('- Drift, 2027-Q1: 50 persondagar åtagna, 40 i kapacitet (+10): ORD-261020-7KQ2 Ny inloggning för elever');
    const en = page(tree, 'tactical-plan/index.md', 'en');
    expect(en).toContain('- Drift, 2027-Q1: 50 person-days committed, 40 of capacity (+10): ORD-261020-7KQ2');
    // Without a wanted-by date the same work breaks no promise.
    const undated = page(
      edit(tree, 'orders/ORD-261020-7KQ2.yaml', (o) => {
        delete o.wantedBy;
      }),
      'tactical-plan/index.md',
    );
    expect(undated).not.toContain('överbelagt');
  });

  it('report RACI rule findings in the page’s language', () => {
    const tree = edit(xssTree(), 'raci/bestallning.yaml', (m) => {
      m.activities[1].roles = { 'it-chef': 'H', bestallare: 'H' };
    });
    expect(page(tree, 'raci/index.md', 'sv')).toContain('aktiviteten Besluta har 2 roller med H');
    expect(page(tree, 'raci/index.md', 'sv')).toContain('aktiviteten Besluta saknar U (utförare)');
    const en = page(tree, 'raci/bestallning.md', 'en');
    expect(en).toContain('activity Besluta has 2 roles marked A');
    expect(en).not.toMatch(/aktiviteten|saknar/);
  });

  it('say so in the council report when no meeting is scheduled, and use the notice lead time instead', () => {
    // The fixture's styr.yaml schedules no council meetings.
    const text = page(xssTree(), 'council/index.md');
    expect(text).toContain('Inget möte är inplanerat');
    expect(text).not.toContain('Nästa möte');
  });

  it('render a repository without governing records as short pages, not errors', () => {
    const tree = Object.fromEntries(Object.entries(xssTree()).filter(([p]) => !/^(strategy|maturity|roles|raci)\//.test(p)));
    expect(page(tree, 'tactical-plan/index.md')).toContain('Det finns ingen taktisk plan för 2027.');
    expect(page(tree, 'maturity/index.md', 'en')).toContain('There is no maturity assessment.');
    expect(page(tree, 'roles/index.md')).toContain('Det finns inga roller.');
    expect(page(tree, 'raci/index.md')).toContain('Det finns inga HUKI-matriser.');
  });
});
