// styr order rank and styr plan on the example municipality (data/), read only:
// the ranked backlog and the quarters that Lövsala's records give.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, styr } from '../helpers/cli.js';

const DATA = ['--data', join(ROOT, 'data'), '--today', '2026-12-01'];

describe.runIf(existsSync(join(ROOT, 'data', 'styr.yaml')))('the order flow on the example municipality', () => {
  it('ranks the prepared and approved orders by score, ties broken by the earlier wanted-by date', () => {
    const r = styr(['order', 'rank', '--json', ...DATA]);
    expect(r.code, r.stderr).toBe(0);
    const orders = JSON.parse(r.stdout).orders as { rank: number; id: string; status: string; score: number; wantedBy: string }[];
    expect(orders.slice(0, 3).map((o) => `${o.rank} ${o.id} ${o.score}`)).toEqual(['1 ORD-260608-65J4 75', '2 ORD-260720-8PJ5 69.4', '3 ORD-260615-EQ2G 63.9']);
    expect(orders.every((o) => o.status === 'prepared' || o.status === 'approved')).toBe(true);
    // Same score 52.8: the one wanted by 2027-03-31 ranks above the one wanted by 2028-06-30.
    const tie = orders.filter((o) => o.score === 52.8).map((o) => `${o.rank} ${o.id} ${o.wantedBy}`);
    expect(tie).toEqual(['6 ORD-260817-ZK2W 2027-03-31', '7 ORD-261005-T6NN 2028-06-30']);
  });

  it('plans committed work first, after its dependencies, and reports over-allocation and missed dates', () => {
    const r = styr(['plan', '--json', ...DATA]);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    const at = new Map<string, { start: string; end: string; committed: boolean; rank: number }>(plan.placed.map((p: { id: string }) => [p.id, p]));
    // E-arkiv: stage 2 (planned) waits for stage 1 (in progress), which is pulled forward.
    expect(at.get('ORD-250929-BKZ7')).toMatchObject({ start: '2027-Q1', end: '2027-Q1', committed: true });
    expect(at.get('ORD-260622-CN6M')).toMatchObject({ start: '2027-Q2', committed: true });
    // The switchboard queue waits for the customer-service procurement to end in 2027-Q2.
    expect(at.get('ORD-260309-STE8')?.end).toBe('2027-Q2');
    expect(at.get('ORD-260706-FG6B')?.start).toBe('2027-Q3');
    // Approved orders come after all committed work in the sequence.
    const firstApproved = Math.min(...plan.placed.filter((p: { committed: boolean }) => !p.committed).map((p: { rank: number }) => p.rank));
    expect(plan.placed.filter((p: { committed: boolean; rank: number }) => p.committed && p.rank > firstApproved)).toEqual([]);
    expect(at.get('ORD-260720-8PJ5')).toMatchObject({ start: '2027-Q1', end: '2027-Q1', committed: false });
    // Every team can keep its promises: what is committed by each date fits the capacity until then.
    expect(plan.overAllocated).toEqual([]);
    // Committed work goes earliest wanted-by date first: digital signing (wanted 2027-04-30) ends in Q2
    // although the learning platform and the e-archive stage 2 outrank it; only approved orders end late.
    expect(at.get('ORD-260202-BDBH')).toMatchObject({ end: '2027-Q2', late: false, committed: true });
    expect(plan.late.filter((l: { id: string }) => at.get(l.id)?.committed)).toEqual([]);
    expect(plan.late).toContainEqual({ id: 'ORD-260817-ZK2W', wantedBy: '2027-03-31', wantedQuarter: '2027-Q1', end: '2028-Q1' });
  });
});
