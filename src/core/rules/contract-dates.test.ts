// The contract rules on the t.o.m. convention (README "Contract dates"): an
// end date is the last day in force; a deadline today can still be met; a
// recorded decision to terminate stops renewal.
import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';

const CONTRACT = 'contracts/avtal-skola.yaml';

/** The fixture's avtal-skola (used by the active skolsystem), with other fields. */
function skola(change: (c: Record<string, any>) => void): FileTree {
  return edit(validTree(), CONTRACT, change);
}

function findings(tree: FileTree, today: string, language?: 'sv' | 'en') {
  return loadTree(tree, today, language)
    .diagnostics.filter((d) => d.rule.startsWith('contract/'))
    .map((d) => ({ rule: d.rule, data: d.data, message: d.message }));
}

describe('contract rules on t.o.m. end dates', () => {
  it('a contract recorded as ended today is still in force: no contract/expired-in-use until the next day', () => {
    const tree = skola((c) => (c.ended = '2026-06-30'));
    expect(findings(tree, '2026-06-30')).toEqual([]);
    expect(findings(tree, '2026-07-01')).toEqual([expect.objectContaining({ rule: 'contract/expired-in-use', data: { end: '2026-06-30', systems: 'skolsystem' } })]);
    expect(findings(tree, '2026-07-01', 'en')[0]?.message).toBe('contract was in force through 2026-06-30 but active systems depend on it: skolsystem');
    expect(findings(tree, '2026-07-01', 'sv')[0]?.message).toBe('avtalet gällde t.o.m. 2026-06-30 men aktiva system är beroende av det: skolsystem');
  });

  it('a computed end is the last day in force: 2020-04-01 + 36 months ends 2023-03-31, expired from 2023-04-01', () => {
    const tree = skola((c) => {
      c.start = '2020-04-01';
      c.initialTermMonths = 36;
      c.renewal = { type: 'none' };
      c.noticeMonths = 3;
    });
    // Renewal none: the last possible period ends anyway, a warning (not notice-passed) until its last day.
    expect(findings(tree, '2023-03-31')).toEqual([expect.objectContaining({ rule: 'contract/notice-soon', data: { end: '2023-03-31', days: 0 } })]);
    expect(findings(tree, '2023-04-01')).toEqual([expect.objectContaining({ rule: 'contract/expired-in-use', data: { end: '2023-03-31', systems: 'skolsystem' } })]);
  });

  it('start 2024-01-01, 36 months, 3 months’ notice: deadline 2026-09-30 can be met on the day (0 days), passed 1 day later', () => {
    const tree = skola((c) => {
      c.start = '2024-01-01';
      c.initialTermMonths = 36;
      c.noticeMonths = 3;
    });
    expect(findings(tree, '2026-09-30', 'en')).toEqual([
      {
        rule: 'contract/notice-soon',
        data: { deadline: '2026-09-30', days: 0, end: '2026-12-31' },
        message: 'notice deadline 2026-09-30 is today (contract period ends 2026-12-31)',
      },
    ]);
    expect(findings(tree, '2026-10-01', 'en')).toEqual([
      {
        rule: 'contract/notice-passed',
        data: { deadline: '2026-09-30', days: 1, end: '2026-12-31', renewal: 'option' },
        message: 'notice deadline 2026-09-30 passed 1 day ago without a decision (period ends 2026-12-31)',
      },
    ]);
    expect(findings(tree, '2026-10-01', 'sv')[0]?.message).toBe('sista uppsägningsdag 2026-09-30 passerades för 1 dag sedan utan beslut (perioden slutar 2026-12-31)');
    expect(findings(tree, '2026-10-02', 'sv')[0]?.message).toBe('sista uppsägningsdag 2026-09-30 passerades för 2 dagar sedan utan beslut (perioden slutar 2026-12-31)');
  });

  it('monthly renewals from the 31st never drift to the 28th', () => {
    const tree = skola((c) => {
      c.start = '2024-01-31';
      c.initialTermMonths = 1;
      c.renewal = { type: 'automatic' };
      c.noticeMonths = 0;
    });
    // Period 3 runs 2024-03-31 t.o.m. 2024-04-30; period 4 t.o.m. 2024-05-30.
    expect(findings(tree, '2024-04-30')).toEqual([
      expect.objectContaining({ rule: 'contract/notice-soon', data: { deadline: '2024-04-30', days: 0, end: '2024-04-30' } }),
    ]);
    expect(findings(tree, '2024-05-30')).toEqual([
      expect.objectContaining({ rule: 'contract/notice-soon', data: { deadline: '2024-05-30', days: 0, end: '2024-05-30' } }),
    ]);
  });
});

describe('a recorded decision to terminate stops renewal', () => {
  // Automatic 12-month renewals from 2015-06-01 + 48 months: the period t.o.m. 2025-05-31 has its
  // deadline (6 months) on 2024-11-30; notice was given 2024-11-20.
  const terminated = (decision: Record<string, string>) =>
    skola((c) => {
      c.start = '2015-06-01';
      c.initialTermMonths = 48;
      c.renewal = { type: 'automatic', periodMonths: 12 };
      c.noticeMonths = 6;
      c.noticeDecision = decision;
    });

  it('ends the contract with the period it was given for without `ended:`: never "without a decision", and expired in use after it', () => {
    const tree = terminated({ outcome: 'terminate', date: '2024-11-20' });
    expect(findings(tree, '2025-05-31')).toEqual([]);
    expect(findings(tree, '2026-11-29')).toEqual([expect.objectContaining({ rule: 'contract/expired-in-use', data: { end: '2025-05-31', systems: 'skolsystem' } })]);
    // Pointed at the decision that ended it.
    expect(loadTree(tree, '2026-11-29').diagnostics.find((d) => d.rule === 'contract/expired-in-use')?.pointer).toBe('/noticeDecision');
  });

  it('a renewal decision from an earlier period does not cover the current one', () => {
    const tree = terminated({ outcome: 'renew', date: '2024-11-20' });
    // The period t.o.m. 2026-05-31 has its deadline 2025-11-30, without a decision.
    expect(findings(tree, '2025-12-01')).toEqual([
      expect.objectContaining({ rule: 'contract/notice-passed', data: expect.objectContaining({ deadline: '2025-11-30', days: 1, end: '2026-05-31' }) }),
    ]);
  });
});
