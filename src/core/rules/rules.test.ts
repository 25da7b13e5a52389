import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import { ALL_RULES } from './index.js';

const ORDER = 'orders/ORD-261020-7KQ2.yaml';
const ORDER2 = 'orders/ORD-261115-A3BC.yaml';
const DECISION = 'decisions/2026-11-12-bit-november.md';

interface Case {
  rule: string;
  file: string;
  /** A rule's message name and its data (the diagnostic's messageId is `rule.<rule>.<messageId>`). */
  messageId?: string;
  data?: Record<string, string | number>;
  /** For reference and structural problems (not rules): a value the message names. */
  mentions?: string;
  tree: (t: FileTree) => FileTree;
  today?: string;
}

const cases: Case[] = [
  {
    rule: 'raci/single-accountable',
    file: 'raci/bestallning.yaml',
    messageId: 'noAccountable',
    data: { activity: 'registrera', accountable: 'H' },
    tree: (t) => edit(t, 'raci/bestallning.yaml', (r) => (r.activities[0].roles.bestallare = 'K')),
  },
  {
    rule: 'raci/single-accountable',
    file: 'raci/bestallning.yaml',
    messageId: 'manyAccountable',
    data: { activity: 'registrera', count: 2, accountable: 'H', roles: 'bestallare, it-chef', responsible: 'U', consulted: 'K' },
    tree: (t) => edit(t, 'raci/bestallning.yaml', (r) => (r.activities[0].roles['it-chef'] = 'H')),
  },
  {
    rule: 'raci/responsible-required',
    file: 'raci/bestallning.yaml',
    messageId: 'noResponsible',
    data: { activity: 'besluta', responsible: 'U', suggestion: 'change', role: 'bestallare', letter: 'K' },
    tree: (t) => edit(t, 'raci/bestallning.yaml', (r) => (r.activities[1].roles.drifttekniker = 'I')),
  },
  {
    rule: 'raci/duplicate-activity',
    file: 'raci/bestallning.yaml',
    messageId: 'duplicate',
    data: { activity: 'registrera', first: 1 },
    tree: (t) => edit(t, 'raci/bestallning.yaml', (r) => (r.activities[1].id = 'registrera')),
  },
  {
    rule: 'raci/unused-role',
    file: 'roles/drifttekniker.yaml',
    messageId: 'unused',
    data: { role: 'drifttekniker' },
    tree: (t) =>
      edit(t, 'raci/bestallning.yaml', (r) => {
        r.activities[0].roles = { bestallare: 'H', 'it-chef': 'U' };
        r.activities[1].roles = { 'it-chef': 'H', bestallare: 'U' };
      }),
  },
  {
    rule: 'ref/unknown-role',
    file: 'raci/bestallning.yaml',
    mentions: 'it-chefen',
    tree: (t) =>
      edit(t, 'raci/bestallning.yaml', (r) => {
        r.activities[0].roles['it-chefen'] = 'I';
      }),
  },
  {
    rule: 'unit/authorised-orderer',
    file: 'units/utbildning.yaml',
    messageId: 'noOrderer',
    data: { department: 'Utbildningsförvaltningen' },
    tree: (t) => edit(t, 'units/utbildning.yaml', (r) => delete r.orderers),
  },
  {
    rule: 'unit/it-contact',
    file: 'units/utbildning.yaml',
    messageId: 'noItContact',
    data: { department: 'Utbildningsförvaltningen' },
    tree: (t) => edit(t, 'units/utbildning.yaml', (r) => delete r.itContact),
  },
  {
    rule: 'order/decision-cited',
    file: ORDER,
    messageId: 'noDecision',
    data: { status: 'approved' },
    tree: (t) => edit(t, ORDER, (r) => delete r.decision),
  },
  {
    rule: 'order/decision-cited',
    file: ORDER,
    messageId: 'notListed',
    data: { decision: '2026-11-12-bit-november', order: 'ORD-261020-7KQ2', file: DECISION },
    tree: (t) => edit(t, DECISION, (r) => (r.orders = [])),
  },
  {
    rule: 'order/decision-cited',
    file: ORDER,
    messageId: 'outcomeMismatch',
    data: { status: 'approved', decision: '2026-11-12-bit-november', outcome: 'deferred', expected: 'approved' },
    tree: (t) => edit(t, DECISION, (r) => (r.orders[0].outcome = 'deferred')),
  },
  {
    rule: 'order/rationale',
    file: ORDER,
    messageId: 'noRationale',
    data: { status: 'rejected' },
    tree: (t) =>
      edit(
        edit(t, ORDER, (r) => {
          r.status = 'rejected';
          r.history[2].to = 'rejected';
        }),
        DECISION,
        (r) => (r.orders[0].outcome = 'rejected'),
      ),
  },
  {
    rule: 'order/dependency-cycle',
    file: ORDER,
    messageId: 'cycle',
    data: { cycle: 'ORD-261020-7KQ2 → ORD-261115-A3BC → ORD-261020-7KQ2' },
    tree: (t) => edit(t, ORDER, (r) => (r.dependsOn = ['ORD-261115-A3BC'])),
  },
  {
    rule: 'order/history-status',
    file: ORDER,
    messageId: 'lastEntryDiffers',
    data: { status: 'approved', to: 'prepared' },
    tree: (t) => edit(t, ORDER, (r) => r.history.pop()),
  },
  {
    // created 2026-11-25, no history, limit 14 days for received
    rule: 'order/status-duration',
    file: ORDER2,
    messageId: 'tooLong',
    data: {
      status: 'received',
      days: 25,
      limit: 14,
      stepKind: 'orderingFunction',
      owner: 'ordering-function',
      name: 'none',
      action: 'received',
      meeting: 'none',
      order: 'ORD-261115-A3BC',
      setting: 'statusLimits.received',
    },
    tree: (t) => t,
    today: '2026-12-20',
  },
  {
    rule: 'order/status-duration',
    file: ORDER,
    messageId: 'tooLong',
    data: {
      status: 'approved',
      days: 19,
      limit: 10,
      stepKind: 'team',
      owner: 'team',
      name: 'Drift',
      action: 'approved',
      meeting: 'none',
      order: 'ORD-261020-7KQ2',
      setting: 'statusLimits.approved',
    },
    tree: (t) => edit(t, 'styr.yaml', (c) => (c.statusLimits.approved = 10)),
  },
  {
    rule: 'order/status-duration',
    file: ORDER2,
    messageId: 'tooLong',
    data: {
      status: 'prepared',
      days: 9,
      limit: 5,
      stepKind: 'council',
      owner: 'council',
      name: 'none',
      action: 'prepared',
      meeting: '2026-12-10',
      order: 'ORD-261115-A3BC',
      setting: 'statusLimits.prepared',
    },
    tree: (t) =>
      edit(
        edit(t, ORDER2, (r) => {
          r.status = 'prepared';
          r.history = [{ date: '2026-11-22', from: 'in-preparation', to: 'prepared', actor: 'karin-testberg' }];
        }),
        'styr.yaml',
        (c) => {
          c.statusLimits.prepared = 5;
          c.councilMeetings = ['2026-11-12', '2026-12-10', '2027-01-14'];
        },
      ),
  },
  {
    rule: 'ref/unknown-system',
    file: 'systems/skolsystem.yaml',
    mentions: 'katalogen',
    tree: (t) => edit(t, 'systems/skolsystem.yaml', (r) => (r.integrations[0].target = 'katalogen')),
  },
  {
    rule: 'system/retired-integration',
    file: 'systems/skolsystem.yaml',
    messageId: 'activeToRetired',
    data: { target: 'katalog' },
    tree: (t) => edit(t, 'systems/katalog.yaml', (r) => (r.lifecycle = 'retired')),
  },
  {
    rule: 'system/responsibility',
    file: 'systems/katalog.yaml',
    messageId: 'noResponsible',
    data: { system: 'Katalogtjänst', lifecycle: 'production', missing: 'administrator' },
    tree: (t) => edit(t, 'systems/katalog.yaml', (r) => delete r.administrator),
  },
  {
    rule: 'system/management-plan',
    file: 'systems/katalog.yaml',
    messageId: 'noPlan',
    data: { system: 'Katalogtjänst', lifecycle: 'production', year: 2027, systemId: 'katalog', object: 'skola' },
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => (r.systems = ['skolsystem'])),
  },
  {
    rule: 'system/classification',
    file: 'systems/katalog.yaml',
    messageId: 'unclassified',
    data: { system: 'Katalogtjänst', lifecycle: 'production' },
    tree: (t) => edit(t, 'systems/katalog.yaml', (r) => delete r.classification),
  },
  {
    rule: 'system/classification-top-level',
    file: 'systems/katalog.yaml',
    messageId: 'noReason',
    data: { system: 'Katalogtjänst', aspect: 'integrity' },
    tree: (t) => edit(t, 'systems/katalog.yaml', (r) => (r.classification.integrity = 'exceptionally-serious')),
  },
  {
    rule: 'continuity/missing',
    file: 'plans/skola-2027.yaml',
    messageId: 'missing',
    data: { system: 'Skolsystemet', availability: 'significant' },
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => delete r.continuity),
  },
  {
    rule: 'continuity/stale-review',
    file: 'plans/skola-2027.yaml',
    messageId: 'staleReview',
    data: { reviewed: '2025-11-30', months: 12 },
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => (r.continuity.lastReviewed = '2025-11-30')),
  },
  {
    rule: 'continuity/stale-exercise',
    file: 'plans/skola-2027.yaml',
    messageId: 'neverExercised',
    data: {},
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => delete r.continuity.lastExercised),
  },
  {
    rule: 'continuity/recovery-targets',
    file: 'plans/skola-2027.yaml',
    messageId: 'recoveryTooSlow',
    data: { recoveryHours: 48, tolerableHours: 24 },
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => (r.continuity.recoveryTimeHours = 48)),
  },
  {
    rule: 'plan/unapproved',
    file: 'plans/skola-2027.yaml',
    messageId: 'draft',
    data: { year: 2027 },
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => (r.status = 'draft')),
  },
  {
    // The object skola gives the management leads; the plan lacks budget and activities.
    rule: 'plan/incomplete',
    file: 'plans/skola-2027.yaml',
    messageId: 'missing',
    data: { parts: 'budget, activities' },
    tree: (t) =>
      edit(t, 'plans/skola-2027.yaml', (r) => {
        delete r.budget;
        delete r.costAllocation;
        delete r.activities;
      }),
  },
  {
    // start 2024-07-01, 48 months: in force t.o.m. 2028-06-30; notice 6 months → deadline 2027-12-31.
    rule: 'contract/notice-soon',
    file: 'contracts/avtal-skola.yaml',
    messageId: 'noticeSoon',
    data: { deadline: '2027-12-31', days: 30, end: '2028-06-30' },
    tree: (t) => t,
    today: '2027-12-01',
  },
  {
    // The option's renewals capped by latestEnd 2028-06-30: the last possible period, deadline 2027-12-31.
    rule: 'contract/notice-soon',
    file: 'contracts/avtal-skola.yaml',
    messageId: 'lastPeriod',
    data: { end: '2028-06-30', days: 212 },
    tree: (t) => edit(t, 'contracts/avtal-skola.yaml', (r) => (r.latestEnd = '2028-06-30')),
    today: '2027-12-01',
  },
  {
    rule: 'contract/notice-decision-undated',
    file: 'contracts/avtal-skola.yaml',
    messageId: 'undated',
    data: { outcome: 'renew' },
    tree: (t) => edit(t, 'contracts/avtal-skola.yaml', (r) => (r.noticeDecision = { outcome: 'renew' })),
  },
  {
    rule: 'contract/notice-passed',
    file: 'contracts/avtal-skola.yaml',
    messageId: 'noticePassed',
    data: { deadline: '2027-12-31', days: 10, end: '2028-06-30', renewal: 'option' },
    tree: (t) => t,
    today: '2028-01-10',
  },
  {
    rule: 'contract/expired-in-use',
    file: 'contracts/avtal-skola.yaml',
    messageId: 'expiredInUse',
    data: { end: '2026-06-30', systems: 'skolsystem' },
    tree: (t) => edit(t, 'contracts/avtal-skola.yaml', (r) => (r.ended = '2026-06-30')),
  },
  {
    rule: 'contract/licence-overuse',
    file: 'contracts/avtal-skola.yaml',
    messageId: 'overuse',
    data: { used: 3100, product: 'Skolsystem', quantity: 3000 },
    tree: (t) => edit(t, 'contracts/avtal-skola.yaml', (r) => (r.licences[0].used = 3100)),
  },
  {
    rule: 'cost/order-estimate-missing',
    file: ORDER,
    messageId: 'missing',
    data: { status: 'approved' },
    tree: (t) => edit(t, ORDER, (r) => delete r.estimates.costOneOff),
  },
  {
    rule: 'cost/budget-categories-mismatch',
    file: 'plans/skola-2027.yaml',
    messageId: 'mismatch',
    data: { sum: 300000, total: 350000 },
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => (r.budget = { total: 350000, staff: 200000, operations: 100000 })),
  },
  {
    rule: 'cost/unallocated',
    file: 'contracts/avtal-skola.yaml',
    messageId: 'contract',
    data: { percent: 40, amount: 180000, currency: 'SEK' },
    tree: (t) => edit(t, 'contracts/avtal-skola.yaml', (r) => (r.costAllocation = [{ unit: 'utbildning', share: 60 }])),
  },
  {
    rule: 'cost/unallocated',
    file: 'plans/skola-2027.yaml',
    messageId: 'plan',
    data: { percent: 100 },
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => delete r.costAllocation),
  },
  {
    rule: 'cost/allocation-invalid',
    file: 'contracts/avtal-skola.yaml',
    messageId: 'overAllocated',
    data: { sum: 120 },
    tree: (t) =>
      edit(
        t,
        'contracts/avtal-skola.yaml',
        (r) =>
          (r.costAllocation = [
            { unit: 'utbildning', share: 70 },
            { unit: 'it-enheten', share: 50 },
          ]),
      ),
  },
  {
    rule: 'cost/allocation-invalid',
    file: ORDER,
    messageId: 'unknownObject',
    data: { object: 'skolan' },
    tree: (t) => edit(t, ORDER, (r) => (r.financing = { budget: 'object', object: 'skolan' })),
  },
  {
    rule: 'cost/over-budget',
    file: 'plans/skola-2027.yaml',
    messageId: 'over',
    data: { outcome: 220000, budget: 200000, percent: 10, currency: 'SEK' },
    tree: (t) =>
      edit(t, 'plans/skola-2027.yaml', (r) => {
        r.budget = { staff: 200000 };
        r.costAllocation = [{ unit: 'utbildning', share: 100 }];
        r.outcome = [
          { period: '2027-Q1', amount: 120000 },
          { period: '2027-Q2', amount: 100000 },
        ];
      }),
  },
  {
    rule: 'cost/yearly-cost-unfunded',
    file: ORDER,
    messageId: 'project',
    data: { amount: 40000, currency: 'SEK', project: 'Ny inloggning' },
    tree: (t) =>
      edit(t, ORDER, (r) => {
        r.estimates.costYearly = 40000;
        r.financing = { budget: 'project', project: 'Ny inloggning' };
      }),
  },
  {
    rule: 'cost/yearly-cost-unfunded',
    file: ORDER,
    messageId: 'none',
    data: { amount: 40000, currency: 'SEK' },
    tree: (t) => edit(t, ORDER, (r) => (r.estimates.costYearly = 40000)),
  },
  {
    rule: 'decision/supersedes',
    file: DECISION,
    messageId: 'noSupersededBy',
    data: { status: 'superseded' },
    tree: (t) => edit(t, DECISION, (r) => (r.status = 'superseded')),
  },
  {
    rule: 'decision/supersedes',
    file: 'decisions/2026-11-20-bit-extra.md',
    messageId: 'olderNotMarked',
    data: { older: '2026-11-12-bit-november', decision: '2026-11-20-bit-extra', file: DECISION },
    tree: (t) => ({
      ...t,
      'decisions/2026-11-20-bit-extra.md':
        '---\nid: 2026-11-20-bit-extra\ntitle: Extra\ndate: 2026-11-20\nforum: decision-council\nstatus: accepted\nsupersedes: [2026-11-12-bit-november]\n---\n',
    }),
  },
  {
    rule: 'role/vacant-key-role',
    file: 'roles/it-chef.yaml',
    messageId: 'vacantNoRecruitment',
    data: { role: 'IT-chef' },
    tree: (t) =>
      edit(t, 'roles/it-chef.yaml', (r) => {
        r.staffing = 'vacant';
        delete r.holders;
      }),
  },
  {
    rule: 'role/staffing',
    file: 'roles/it-chef.yaml',
    messageId: 'deputyIsHolder',
    data: { deputy: 'olof-pahittson' },
    tree: (t) => edit(t, 'roles/it-chef.yaml', (r) => r.holders.push('olof-pahittson')),
  },
  {
    rule: 'role/staffing',
    file: 'roles/it-chef.yaml',
    messageId: 'noHolder',
    data: { staffing: 'filled' },
    tree: (t) => edit(t, 'roles/it-chef.yaml', (r) => delete r.holders),
  },
  {
    rule: 'ref/unknown-person',
    file: 'roles/it-chef.yaml',
    mentions: 'karin-testbergh',
    tree: (t) => edit(t, 'roles/it-chef.yaml', (r) => (r.holders = ['karin-testbergh'])),
  },
  {
    rule: 'service/sla-targets',
    file: 'services/skolstod.yaml',
    messageId: 'resolutionFaster',
    data: { priority: 1, resolution: 10, resolutionUnit: 'minutes', response: 30, responseUnit: 'minutes' },
    tree: (t) => edit(t, 'services/skolstod.yaml', (r) => (r.sla.targets[1] = { priority: 1, kind: 'resolution', value: 10, unit: 'minutes' })),
  },
  {
    rule: 'service/sla-targets',
    file: 'services/skolstod.yaml',
    messageId: 'duplicateMeasurement',
    data: { kpi: 'tillganglighet', period: '2026-Q2' },
    tree: (t) => edit(t, 'services/skolstod.yaml', (r) => (r.kpis[0].measurements[1].period = '2026-Q2')),
  },
  {
    rule: 'maturity/gap-action',
    file: 'maturity/mognad-2026.yaml',
    messageId: 'noAction',
    data: { area: 'IT-styrning', current: 30, target: 70 },
    tree: (t) => edit(t, 'maturity/mognad-2026.yaml', (r) => delete r.areas[0].actions),
  },
  {
    rule: 'order/status-duration',
    file: ORDER,
    messageId: 'pastQuarter',
    data: { quarter: '2026-Q3', end: '2026-09-30', stepKind: 'team', owner: 'team', name: 'Drift', action: 'planned', order: 'ORD-261020-7KQ2' },
    tree: (t) =>
      edit(t, ORDER, (r) => {
        r.status = 'planned';
        r.quarter = '2026-Q3';
        r.history.push({ date: '2026-11-13', from: 'approved', to: 'planned', actor: 'karin-testberg' });
      }),
  },
  {
    rule: 'order/preparation-incomplete',
    file: ORDER,
    messageId: 'incomplete',
    data: { status: 'approved', n: 2, fields: 'estimates.benefit, estimates.effortDays/size', order: 'ORD-261020-7KQ2' },
    tree: (t) =>
      edit(t, ORDER, (r) => {
        delete r.estimates.benefit;
        delete r.estimates.effortDays;
      }),
  },
  {
    rule: 'order/preparation-incomplete',
    file: ORDER,
    messageId: 'handlerOutside',
    data: { status: 'approved', handler: 'Karin Testberg' },
    tree: (t) => ({ ...t, 'units/bestallarfunktionen.yaml': 'id: bestallarfunktionen\nname: Beställarfunktionen\nkind: ordering-function\n' }),
  },
  {
    rule: 'order/orderer-not-authorised',
    file: ORDER2,
    messageId: 'notAuthorised',
    data: { orderer: 'Per Provlund', unit: 'Utbildningsförvaltningen', orderers: 'Eva Exempelsson' },
    tree: (t) => edit(t, ORDER2, (r) => (r.orderer = 'per-provlund')),
  },
  {
    // delivered 2026-11-16, followed up by 2027-05-16 (6 months); today is the day after
    rule: 'order/benefit-follow-up',
    file: ORDER,
    messageId: 'overdue',
    data: { delivered: '2026-11-16', due: '2027-05-16', days: 1, orderer: 'Eva Exempelsson' },
    tree: (t) =>
      edit(t, ORDER, (r) => {
        r.type = 'project';
        r.status = 'delivered';
        r.reviews = [{ kind: 'architecture', by: 'olof-pahittson', date: '2026-10-30', outcome: 'approved' }];
        r.history.push(
          { date: '2026-11-13', from: 'approved', to: 'planned', actor: 'karin-testberg' },
          { date: '2026-11-14', from: 'planned', to: 'in-progress', actor: 'olof-pahittson' },
          { date: '2026-11-16', from: 'in-progress', to: 'delivered', actor: 'olof-pahittson' },
        );
      }),
    today: '2027-05-17',
  },
  {
    rule: 'direction/tactical-year',
    file: 'strategy/taktisk-plan-2027.yaml',
    messageId: 'yearOutsidePeriod',
    data: { year: 2030, from: 2026, to: 2028 },
    tree: (t) => edit(t, 'strategy/taktisk-plan-2027.yaml', (r) => (r.year = 2030)),
  },
  {
    rule: 'direction/duplicate-goal',
    file: 'strategy/inriktning-2026-2028.yaml',
    mentions: 'M1',
    tree: (t) => edit(t, 'strategy/inriktning-2026-2028.yaml', (r) => r.goals.push({ id: 'M1', title: 'Igen' })),
  },
  {
    rule: 'ref/unknown-goal',
    file: ORDER,
    mentions: 'M9',
    tree: (t) => edit(t, ORDER, (r) => (r.goal = 'M9')),
  },
  {
    rule: 'ref/unknown-team',
    file: ORDER,
    mentions: 'utveckling',
    tree: (t) => edit(t, ORDER, (r) => (r.team = 'utveckling')),
  },
];

describe('the valid fixture', () => {
  it('has no problems at all', () => {
    expect(loadTree(validTree()).diagnostics).toEqual([]);
  });
});

describe('rules', () => {
  it.each(cases)('$rule trips: $messageId $mentions', ({ rule, file, messageId, data, mentions, tree, today }) => {
    const result = loadTree(tree(validTree()), today);
    const hits = result.diagnostics.filter((d) => d.rule === rule && d.file === file);
    if (messageId !== undefined) {
      expect(hits.map((d) => ({ messageId: d.messageId, data: d.data }))).toContainEqual({
        messageId: `rule.${rule}.${messageId}`,
        data,
      });
    } else {
      expect(hits.map((d) => d.message)).toContainEqual(expect.stringContaining(mentions!));
    }
    for (const d of hits) {
      expect(d.range?.line).toBeGreaterThan(0);
      expect(d.range?.column).toBeGreaterThan(0);
    }
  });

  // Words of one language that must not appear in the other's messages and
  // hints (record text is Swedish, so the English list holds only words no
  // record of the fixture uses).
  const ENGLISH = /\b(the|is|has|have|not|and|of|days?|missing|must|should|without|unknown|limit|next step|expired|vacant|deputy)\b/i;
  const SWEDISH = /(?<![\p{L}])(och|är|har|saknar|inte|dagar|ska|måste|utan|beställningen|rollen|systemet|avtalet|okänt?|gräns|nästa)(?![\p{L}])/iu;

  it.each(cases)('$rule speaks Swedish in Swedish and English in English', ({ rule, file, tree, today }) => {
    for (const [language, other] of [
      ['sv', ENGLISH],
      ['en', SWEDISH],
    ] as const) {
      const hits = loadTree(tree(validTree()), today, language).diagnostics.filter((d) => d.rule === rule && d.file === file);
      expect(hits.length, language).toBeGreaterThan(0);
      for (const d of hits) {
        // Quoted values are record data (ids, names) and code spans are commands and fields, not the message's words.
        const words = `${d.message} ${d.hint ?? ''}`.replace(/'[^']*'|”[^”]*”|“[^”]*”|`[^`]*`/g, '');
        expect(words, `${language}: ${d.message} / ${d.hint ?? ''}`).not.toMatch(other);
      }
    }
  });

  it('every rule has a case above, an id and a severity', () => {
    const covered = new Set(cases.map((c) => c.rule));
    for (const rule of ALL_RULES) {
      expect(covered, rule.id).toContain(rule.id);
      expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
    }
  });

  it('a rule switched off in styr.yaml reports nothing; a lowered one reports a warning', () => {
    const broken = edit(validTree(), 'units/utbildning.yaml', (r) => delete r.orderers);
    const off = loadTree(edit(broken, 'styr.yaml', (c) => (c.rules = { 'unit/authorised-orderer': 'off' })));
    expect(off.diagnostics.filter((d) => d.rule === 'unit/authorised-orderer')).toEqual([]);
    const lowered = loadTree(edit(broken, 'styr.yaml', (c) => (c.rules = { 'unit/authorised-orderer': 'warning' })));
    expect(lowered.diagnostics.find((d) => d.rule === 'unit/authorised-orderer')?.severity).toBe('warning');
  });

  it('schema and parse problems cannot be switched off', () => {
    const broken = edit(validTree(), 'units/utbildning.yaml', (r) => (r.kind = 'avdelning'));
    const result = loadTree(edit(broken, 'styr.yaml', (c) => (c.rules = { 'schema/enum': 'off' })));
    expect(result.diagnostics.find((d) => d.rule === 'schema/enum')?.severity).toBe('error');
    expect(result.diagnostics.find((d) => d.rule === 'config/rule-not-configurable')?.file).toBe('styr.yaml');
  });

  it('an unknown rule in styr.yaml is a warning with a suggestion', () => {
    const result = loadTree(edit(validTree(), 'styr.yaml', (c) => (c.rules = { 'unit/it-contacts': 'off' })));
    const d = result.diagnostics.find((x) => x.rule === 'config/unknown-rule');
    expect(d).toMatchObject({ messageId: 'problem.config/unknown-rule.unknown', data: { rule: 'unit/it-contacts', suggestion: 'unit/it-contact' } });
    expect(d?.hint).toBe("Menade du 'unit/it-contact'?");
  });

  it('reference severities can be lowered', () => {
    const broken = edit(validTree(), 'roles/it-chef.yaml', (r) => (r.deputy = 'nobody'));
    const result = loadTree(edit(broken, 'styr.yaml', (c) => (c.rules = { 'ref/unknown-person': 'warning' })));
    expect(result.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['ref/unknown-person', 'warning']]);
  });
});
