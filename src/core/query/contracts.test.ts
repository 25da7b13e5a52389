import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import { queryContracts } from './contracts.js';
import type { ContractQuery } from './contracts.js';

const TODAY = '2026-12-01';

function contract(id: string, fields: string): string {
  return `id: ${id}\nnumber: ${id.toUpperCase()}\ntitle: Avtal ${id}\nsupplier: Leverantör ${id} AB\n${fields}`;
}

/**
 * The fixture's avtal-skola (in force t.o.m. 2028-06-30, notice deadline
 * 2027-12-31, 395 days away) plus: passerat and beslutat (t.o.m. 2026-12-31),
 * whose notice deadline 2026-09-30 has passed (passerat renews automatically
 * without a decision; beslutat, without renewal, is terminated), snart (t.o.m. 2027-01-31, deadline 2026-12-31, in 30 days) and slut (ended).
 */
function withContracts(tree: FileTree): FileTree {
  return {
    ...tree,
    'contracts/passerat.yaml': contract('passerat', 'start: 2024-01-01\ninitialTermMonths: 36\nnoticeMonths: 3\nrenewal: { type: automatic, periodMonths: 12 }\n'),
    'contracts/beslutat.yaml': contract(
      'beslutat',
      'start: 2024-01-01\ninitialTermMonths: 36\nnoticeMonths: 3\nnoticeDecision: { outcome: terminate, date: 2026-09-15 }\n',
    ),
    'contracts/snart.yaml': contract('snart', 'start: 2025-01-01\ninitialTermMonths: 25\nnoticeMonths: 1\nrenewal: { type: automatic, periodMonths: 12 }\n'),
    'contracts/slut.yaml': contract('slut', 'start: 2020-01-01\ninitialTermMonths: 48\nended: 2024-01-01\n'),
  };
}

function ids(tree: FileTree, query: ContractQuery = {}): string[] {
  return queryContracts(loadTree(tree).model, query, TODAY).map((c) => c.id);
}

describe('styr contracts (queryContracts)', () => {
  it('gives one plain row per contract with the terms contractTerms computes', () => {
    expect(queryContracts(loadTree(validTree()).model, {}, TODAY)).toEqual([
      {
        id: 'avtal-skola',
        number: 'AVT-2024-001',
        title: 'Skolsystem, licens och drift',
        supplier: 'Exempelleverantören AB',
        systems: ['skolsystem'],
        currentEnd: '2028-06-30',
        noticeDeadline: '2027-12-31',
        daysToNoticeDeadline: 395,
        renewal: 'option',
        renewalPeriodMonths: 12,
        yearlyCost: 450000,
        noticeDecision: null,
        endsByDecision: null,
        noticePassed: false,
        ended: false,
      },
    ]);
  });

  it('sorts undecided contracts first, each group by days to the notice deadline (passed first), then id; ended contracts only with all, last', () => {
    const tree = withContracts(validTree());
    // 'beslutat' passed its deadline like 'passerat', but a decision covers it: nothing is urgent about it.
    expect(ids(tree)).toEqual(['passerat', 'snart', 'avtal-skola', 'beslutat']);
    expect(ids(tree, { all: true })).toEqual(['passerat', 'snart', 'avtal-skola', 'beslutat', 'slut']);
    const rows = queryContracts(loadTree(tree).model, { all: true }, TODAY);
    expect(rows.map((r) => `${r.id} ${r.noticeDeadline} ${r.daysToNoticeDeadline} ${r.noticeDecision} ${r.noticePassed} ${r.ended}`)).toEqual([
      'passerat 2026-09-30 -62 null true false',
      'snart 2026-12-31 30 null false false',
      'avtal-skola 2027-12-31 395 null false false',
      'beslutat 2026-09-30 -62 terminate false false',
      'slut null null null false true',
    ]);
  });

  it('keeps a decided contract in deadline order while its notice deadline is ahead: the notice must still be sent', () => {
    const tree = edit(withContracts(validTree()), 'contracts/snart.yaml', (c) => (c.noticeDecision = { outcome: 'terminate', date: '2026-11-20' }));
    expect(ids(tree)).toEqual(['passerat', 'snart', 'avtal-skola', 'beslutat']);
    expect(queryContracts(loadTree(tree).model, {}, TODAY)[1]).toMatchObject({ id: 'snart', noticeDecision: 'terminate', daysToNoticeDeadline: 30 });
  });

  it('counts renewals: an automatic renewal without a period renews by the initial term', () => {
    const tree = edit(validTree(), 'contracts/avtal-skola.yaml', (c) => (c.renewal = { type: 'automatic' }));
    const [row] = queryContracts(loadTree(tree).model, {}, TODAY);
    expect(row).toMatchObject({ renewal: 'automatic', renewalPeriodMonths: 48 });
    const none = edit(validTree(), 'contracts/avtal-skola.yaml', (c) => delete c.renewal);
    expect(queryContracts(loadTree(none).model, {}, TODAY)[0]).toMatchObject({ renewal: 'none', renewalPeriodMonths: null });
  });

  it('--notice-within keeps deadlines up to N days away and passed ones without a decision', () => {
    const tree = withContracts(validTree());
    expect(ids(tree, { noticeWithin: 30 })).toEqual(['passerat', 'snart']);
    expect(ids(tree, { noticeWithin: 29 })).toEqual(['passerat']);
    expect(ids(tree, { noticeWithin: 0 })).toEqual(['passerat']);
    expect(ids(tree, { noticeWithin: 395 })).toEqual(['passerat', 'snart', 'avtal-skola']);
    expect(ids(tree, { noticeWithin: 30, all: true })).toEqual(['passerat', 'snart']);
  });

  it('filters by supplier text (case-insensitive)', () => {
    const tree = withContracts(validTree());
    expect(ids(tree, { supplier: 'EXEMPEL' })).toEqual(['avtal-skola']);
    expect(ids(tree, { supplier: 'leverantör s' })).toEqual(['snart']);
  });

  it('--system finds a contract named by the contract or by the system', () => {
    expect(ids(validTree(), { system: 'skolsystem' })).toEqual(['avtal-skola']);
    expect(ids(validTree(), { system: 'katalog' })).toEqual([]);
    const bySystemOnly = edit(validTree(), 'contracts/avtal-skola.yaml', (c) => delete c.systems);
    expect(ids(bySystemOnly, { system: 'skolsystem' })).toEqual(['avtal-skola']);
    const byContractOnly = edit(validTree(), 'systems/skolsystem.yaml', (s) => delete s.contracts);
    expect(ids(byContractOnly, { system: 'skolsystem' })).toEqual(['avtal-skola']);
  });

  it('ends a contract with a recorded decision to terminate at the end of its period, without `ended:`', () => {
    // beslutat: t.o.m. 2026-12-31, notice given 2026-09-15, before the deadline 2026-09-30; renews automatically otherwise.
    const tree = edit(withContracts(validTree()), 'contracts/beslutat.yaml', (c) => (c.renewal = { type: 'automatic', periodMonths: 12 }));
    const on = (today: string) => queryContracts(loadTree(tree).model, { all: true }, today).find((r) => r.id === 'beslutat');
    expect(on('2026-12-31')).toMatchObject({ currentEnd: '2026-12-31', ended: false, noticeDecision: 'terminate', noticePassed: false });
    expect(on('2027-01-01')).toMatchObject({ currentEnd: '2026-12-31', ended: true, noticeDecision: 'terminate', noticePassed: false });
    expect(queryContracts(loadTree(tree).model, {}, '2027-01-01').map((r) => r.id)).not.toContain('beslutat');
  });

  it('leaves out contracts that failed validation', () => {
    const tree = edit(withContracts(validTree()), 'contracts/snart.yaml', (c) => (c.initialTermMonths = 'lång'));
    expect(ids(tree)).toEqual(['passerat', 'avtal-skola', 'beslutat']);
  });
});
