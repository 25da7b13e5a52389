// The order-flow rules on the valid fixture: cases that trip them and cases
// that must not, with the boundary days (a quarter's last day, the follow-up
// day itself). The trip cases with their exact data are in rules.test.ts too.
import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';

const ORDER = 'orders/ORD-261020-7KQ2.yaml';
const ORDER2 = 'orders/ORD-261115-A3BC.yaml';
const ORDERING_FUNCTION = { 'units/bestallarfunktionen.yaml': 'id: bestallarfunktionen\nname: Beställarfunktionen\nkind: ordering-function\n' };

function allHits(tree: FileTree, rule: string, today?: string): { file: string; messageId: string; data: unknown }[] {
  return loadTree(tree, today)
    .diagnostics.filter((d) => d.rule === rule)
    .map((d) => ({ file: d.file, messageId: d.messageId, data: d.data }));
}

const hits = allHits;

/** The fixture's approved order moved on to planned on 2026-11-13, for `quarter`. */
function planned(quarter: string | undefined, tree = validTree()): FileTree {
  return edit(tree, ORDER, (r) => {
    r.status = 'planned';
    if (quarter !== undefined) r.quarter = quarter;
    r.history.push({ date: '2026-11-13', from: 'approved', to: 'planned', actor: 'karin-testberg' });
  });
}

/** The fixture's approved order as a project delivered on `date`. */
function delivered(date: string, tree = validTree(), type = 'project'): FileTree {
  return edit(tree, ORDER, (r) => {
    r.type = type;
    r.status = 'delivered';
    r.reviews = [{ kind: 'security', by: 'olof-pahittson', date: '2026-10-30', outcome: 'approved-with-conditions', note: 'MFA krävs.' }];
    r.history.push(
      { date: '2026-11-13', from: 'approved', to: 'planned', actor: 'karin-testberg' },
      { date: '2026-11-14', from: 'planned', to: 'in-progress', actor: 'olof-pahittson' },
      { date, from: 'in-progress', to: 'delivered', actor: 'olof-pahittson' },
    );
  });
}

describe('order/status-duration measured against the plan', () => {
  // The fixture's received order is stuck by these dates too; only the planned one is looked at here.
  const hits = (tree: FileTree, rule: string, today: string) => allHits(tree, rule, today).filter((h) => h.file === ORDER);
  it('a planned order is on time on its quarter’s last day and late the day after', () => {
    const tree = planned('2026-Q4');
    expect(hits(tree, 'order/status-duration', '2026-12-31')).toEqual([]);
    expect(hits(tree, 'order/status-duration', '2027-01-01')).toEqual([
      { file: ORDER, messageId: 'rule.order/status-duration.pastQuarter', data: expect.objectContaining({ quarter: '2026-Q4', end: '2026-12-31' }) },
    ]);
  });

  it('an order planned for a future quarter is not stuck however long it has been planned', () => {
    const tree = edit(planned('2027-Q4'), 'styr.yaml', (c) => (c.statusLimits.planned = 30));
    // 2026-11-13 + 200 days: far past the 30-day limit, still before 2027-Q4 has ended.
    expect(hits(tree, 'order/status-duration', '2027-06-01')).toEqual([]);
  });

  it('an order that has started is not late for its quarter', () => {
    const tree = edit(planned('2026-Q4'), ORDER, (r) => {
      r.status = 'in-progress';
      r.history.push({ date: '2026-12-20', from: 'planned', to: 'in-progress', actor: 'olof-pahittson' });
    });
    expect(hits(tree, 'order/status-duration', '2027-02-01')).toEqual([]);
  });

  it('a planned order without a quarter is still measured in days against statusLimits', () => {
    const tree = edit(planned(undefined), 'styr.yaml', (c) => (c.statusLimits.planned = 30));
    expect(hits(tree, 'order/status-duration', '2026-12-13')).toEqual([]);
    expect(hits(tree, 'order/status-duration', '2026-12-14').map((h) => h.messageId)).toEqual(['rule.order/status-duration.tooLong']);
  });
});

describe('order/preparation-incomplete', () => {
  it('is quiet for a complete order and for orders before preparation or after delivery', () => {
    expect(hits(validTree(), 'order/preparation-incomplete')).toEqual([]);
    // A received order has nothing to show yet; a delivered one's preparation is history.
    const bare = edit(validTree(), ORDER2, (r) => delete r.estimates);
    expect(hits(bare, 'order/preparation-incomplete')).toEqual([]);
    const history = edit(delivered('2026-11-16'), ORDER, (r) => {
      delete r.reviews;
      delete r.estimates;
    });
    expect(hits(history, 'order/preparation-incomplete', '2026-12-01')).toEqual([]);
  });

  it('asks a project or procurement for a review, and a change not by default', () => {
    const project = edit(validTree(), ORDER, (r) => (r.type = 'project'));
    expect(hits(project, 'order/preparation-incomplete')).toEqual([
      { file: ORDER, messageId: 'rule.order/preparation-incomplete.incomplete', data: expect.objectContaining({ fields: 'reviews', n: 1 }) },
    ]);
    const reviewed = edit(project, ORDER, (r) => (r.reviews = [{ kind: 'architecture', by: 'olof-pahittson', date: '2026-11-01', outcome: 'not-approved' }]));
    expect(hits(reviewed, 'order/preparation-incomplete')).toEqual([]);
    const changes = edit(validTree(), 'styr.yaml', (c) => (c.orderFlow = { reviewTypes: ['change'] }));
    expect(hits(changes, 'order/preparation-incomplete').map((h) => h.data)).toEqual([expect.objectContaining({ fields: 'reviews' })]);
  });

  it('asks a planned order for its quarter, and an order in progress no longer', () => {
    expect(hits(planned(undefined), 'order/preparation-incomplete').map((h) => h.data)).toEqual([expect.objectContaining({ fields: 'quarter' })]);
    expect(hits(planned('2027-Q1'), 'order/preparation-incomplete')).toEqual([]);
    const started = edit(planned(undefined), ORDER, (r) => {
      r.status = 'in-progress';
      r.history.push({ date: '2026-11-20', from: 'planned', to: 'in-progress', actor: 'olof-pahittson' });
    });
    expect(hits(started, 'order/preparation-incomplete')).toEqual([]);
  });

  it('accepts a handler who holds an ordering-function role, and not one from another unit', () => {
    const tree = { ...validTree(), ...ORDERING_FUNCTION };
    expect(hits(tree, 'order/preparation-incomplete').map((h) => h.messageId)).toEqual(['rule.order/preparation-incomplete.handlerOutside']);
    const role = edit(tree, 'roles/it-chef.yaml', (r) => (r.side = 'ordering-function'));
    expect(hits(role, 'order/preparation-incomplete')).toEqual([]);
  });

  it('follows the requirements styr.yaml sets for a status', () => {
    const tree = edit(validTree(), 'styr.yaml', (c) => (c.orderFlow = { requirements: { prepared: ['goal', 'systems', 'wantedBy'] } }));
    expect(hits(tree, 'order/preparation-incomplete').map((h) => h.data)).toEqual([expect.objectContaining({ fields: 'wantedBy', n: 1 })]);
  });
});

describe('order/orderer-not-authorised', () => {
  it('is quiet for an authorised orderer, a finished order, and a unit without orderers', () => {
    expect(hits(validTree(), 'order/orderer-not-authorised')).toEqual([]);
    const other = edit(validTree(), ORDER2, (r) => (r.orderer = 'per-provlund'));
    expect(hits(other, 'order/orderer-not-authorised').map((h) => h.file)).toEqual([ORDER2]);
    const withdrawn = edit(other, ORDER2, (r) => {
      r.status = 'withdrawn';
      r.history = [{ date: '2026-11-26', from: 'received', to: 'withdrawn', actor: 'karin-testberg', note: 'Dubblett' }];
    });
    expect(hits(withdrawn, 'order/orderer-not-authorised')).toEqual([]);
    // A unit with no orderers at all is unit/authorised-orderer's finding.
    const none = edit(other, 'units/utbildning.yaml', (r) => delete r.orderers);
    expect(hits(none, 'order/orderer-not-authorised')).toEqual([]);
  });
});

describe('order/benefit-follow-up', () => {
  it('is due six months after delivery: quiet on the follow-up day itself, a warning the day after', () => {
    const tree = delivered('2026-11-16');
    expect(hits(tree, 'order/benefit-follow-up', '2027-05-16')).toEqual([]);
    expect(hits(tree, 'order/benefit-follow-up', '2027-05-17').map((h) => h.data)).toEqual([expect.objectContaining({ due: '2027-05-16', days: 1 })]);
  });

  it('counts calendar months and ends on a shorter month’s last day: delivered 30 November, due 30 May, or 28 February after three months', () => {
    const tree = delivered('2026-11-30');
    expect(hits(tree, 'order/benefit-follow-up', '2027-05-30')).toEqual([]);
    expect(hits(tree, 'order/benefit-follow-up', '2027-05-31').map((h) => h.data)).toEqual([expect.objectContaining({ due: '2027-05-30', days: 1 })]);
    const months = edit(tree, 'styr.yaml', (c) => (c.orderFlow = { benefitFollowUpMonths: 3 }));
    // 2026-11-30 + 3 months: 2027-02-28, there is no 30 February.
    expect(hits(months, 'order/benefit-follow-up', '2027-03-01').map((h) => h.data)).toEqual([expect.objectContaining({ due: '2027-02-28' })]);
    expect(hits(months, 'order/benefit-follow-up', '2027-02-28')).toEqual([]);
  });

  it('is quiet once the follow-up is recorded, and for types that promised no benefit', () => {
    const done = edit(
      delivered('2026-11-16'),
      ORDER,
      (r) => (r.benefitFollowUp = { realised: 3, date: '2027-06-01', note: 'Hälften av eleverna använder den nya inloggningen.' }),
    );
    expect(hits(done, 'order/benefit-follow-up', '2027-07-01')).toEqual([]);
    const change = delivered('2026-11-16', validTree(), 'change');
    expect(hits(change, 'order/benefit-follow-up', '2027-07-01')).toEqual([]);
    const followed = edit(change, 'styr.yaml', (c) => (c.orderFlow = { benefitTypes: ['change'] }));
    expect(hits(followed, 'order/benefit-follow-up', '2027-07-01')).toHaveLength(1);
  });
});
