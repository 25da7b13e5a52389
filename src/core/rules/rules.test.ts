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
  message: RegExp;
  tree: (t: FileTree) => FileTree;
  today?: string;
}

const cases: Case[] = [
  {
    rule: 'raci/single-accountable',
    file: 'raci/bestallning.yaml',
    message: /activity 'registrera' has no H/,
    tree: (t) => edit(t, 'raci/bestallning.yaml', (r) => (r.activities[0].roles.bestallare = 'K')),
  },
  {
    rule: 'raci/single-accountable',
    file: 'raci/bestallning.yaml',
    message: /has 2 H \(accountable\) roles: bestallare, it-chef/,
    tree: (t) => edit(t, 'raci/bestallning.yaml', (r) => (r.activities[0].roles['it-chef'] = 'H')),
  },
  {
    rule: 'raci/responsible-required',
    file: 'raci/bestallning.yaml',
    message: /activity 'besluta' has no U/,
    tree: (t) => edit(t, 'raci/bestallning.yaml', (r) => (r.activities[1].roles.drifttekniker = 'I')),
  },
  {
    rule: 'raci/duplicate-activity',
    file: 'raci/bestallning.yaml',
    message: /activity id 'registrera' is used twice/,
    tree: (t) => edit(t, 'raci/bestallning.yaml', (r) => (r.activities[1].id = 'registrera')),
  },
  {
    rule: 'raci/unused-role',
    file: 'roles/drifttekniker.yaml',
    message: /not used in any HUKI\/RACI matrix/,
    tree: (t) =>
      edit(t, 'raci/bestallning.yaml', (r) => {
        r.activities[0].roles = { bestallare: 'H', 'it-chef': 'U' };
        r.activities[1].roles = { 'it-chef': 'H', bestallare: 'U' };
      }),
  },
  {
    rule: 'ref/unknown-role',
    file: 'raci/bestallning.yaml',
    message: /unknown role 'it-chefen'/,
    tree: (t) =>
      edit(t, 'raci/bestallning.yaml', (r) => {
        r.activities[0].roles['it-chefen'] = 'I';
      }),
  },
  {
    rule: 'unit/authorised-orderer',
    file: 'units/utbildning.yaml',
    message: /has no authorised orderer/,
    tree: (t) => edit(t, 'units/utbildning.yaml', (r) => delete r.orderers),
  },
  {
    rule: 'unit/it-contact',
    file: 'units/utbildning.yaml',
    message: /has no coordinating IT contact/,
    tree: (t) => edit(t, 'units/utbildning.yaml', (r) => delete r.itContact),
  },
  {
    rule: 'order/decision-cited',
    file: ORDER,
    message: /cites no decision/,
    tree: (t) => edit(t, ORDER, (r) => delete r.decision),
  },
  {
    rule: 'order/decision-cited',
    file: ORDER,
    message: /does not list this order/,
    tree: (t) => edit(t, DECISION, (r) => (r.orders = [])),
  },
  {
    rule: 'order/decision-cited',
    file: ORDER,
    message: /records the outcome 'deferred'/,
    tree: (t) => edit(t, DECISION, (r) => (r.orders[0].outcome = 'deferred')),
  },
  {
    rule: 'order/rationale',
    file: ORDER,
    message: /'rejected' without a rationale/,
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
    message: /dependency cycle: ORD-261020-7KQ2 → ORD-261115-A3BC → ORD-261020-7KQ2/,
    tree: (t) => edit(t, ORDER, (r) => (r.dependsOn = ['ORD-261115-A3BC'])),
  },
  {
    rule: 'order/history-status',
    file: ORDER,
    message: /last history entry moves to 'prepared'/,
    tree: (t) => edit(t, ORDER, (r) => r.history.pop()),
  },
  {
    // created 2026-11-25, no history, limit 14 days for received
    rule: 'order/status-duration',
    file: ORDER2,
    message: /has been 'received' for 25 days \(limit 14\); next step: the ordering function, no handler assigned: start the preparation/,
    tree: (t) => t,
    today: '2026-12-20',
  },
  {
    rule: 'order/status-duration',
    file: ORDER,
    message: /has been 'approved' for 19 days \(limit 10\); next step: team Drift: plan the work/,
    tree: (t) => edit(t, 'styr.yaml', (c) => (c.statusLimits.approved = 10)),
  },
  {
    rule: 'order/status-duration',
    file: ORDER2,
    message: /has been 'prepared' for 9 days \(limit 5\); next step: the decision council: decide on the order, next meeting 2026-12-10/,
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
    message: /unknown system 'katalogen'/,
    tree: (t) => edit(t, 'systems/skolsystem.yaml', (r) => (r.integrations[0].target = 'katalogen')),
  },
  {
    rule: 'system/retired-integration',
    file: 'systems/skolsystem.yaml',
    message: /active integration to retired system 'katalog'/,
    tree: (t) => edit(t, 'systems/katalog.yaml', (r) => (r.lifecycle = 'retired')),
  },
  {
    rule: 'system/responsibility',
    file: 'systems/katalog.yaml',
    message: /has no administrator/,
    tree: (t) => edit(t, 'systems/katalog.yaml', (r) => delete r.administrator),
  },
  {
    rule: 'system/management-plan',
    file: 'systems/katalog.yaml',
    message: /has no management plan for 2027/,
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => (r.systems = ['skolsystem'])),
  },
  {
    rule: 'system/classification',
    file: 'systems/katalog.yaml',
    message: /without an information classification/,
    tree: (t) => edit(t, 'systems/katalog.yaml', (r) => delete r.classification),
  },
  {
    rule: 'continuity/missing',
    file: 'plans/skola-2027.yaml',
    message: /no continuity plan, but 'Skolsystemet' has availability class 'significant'/,
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => delete r.continuity),
  },
  {
    rule: 'continuity/stale-review',
    file: 'plans/skola-2027.yaml',
    message: /last reviewed 2025-11-30, more than 12 months ago/,
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => (r.continuity.lastReviewed = '2025-11-30')),
  },
  {
    rule: 'continuity/stale-exercise',
    file: 'plans/skola-2027.yaml',
    message: /never been exercised/,
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => delete r.continuity.lastExercised),
  },
  {
    rule: 'continuity/recovery-targets',
    file: 'plans/skola-2027.yaml',
    message: /recovery time 48 h exceeds the maximum tolerable outage 24 h/,
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => (r.continuity.recoveryTimeHours = 48)),
  },
  {
    rule: 'plan/unapproved',
    file: 'plans/skola-2027.yaml',
    message: /still a draft/,
    tree: (t) => edit(t, 'plans/skola-2027.yaml', (r) => (r.status = 'draft')),
  },
  {
    // start 2024-07-01 + 48 months = 2028-07-01; notice 6 months → deadline 2028-01-01.
    rule: 'contract/notice-soon',
    file: 'contracts/avtal-skola.yaml',
    message: /notice deadline 2028-01-01 is in 31 days \(contract period ends 2028-07-01\)/,
    tree: (t) => t,
    today: '2027-12-01',
  },
  {
    rule: 'contract/notice-passed',
    file: 'contracts/avtal-skola.yaml',
    message: /notice deadline 2028-01-01 passed 9 days ago without a decision/,
    tree: (t) => t,
    today: '2028-01-10',
  },
  {
    rule: 'contract/expired-in-use',
    file: 'contracts/avtal-skola.yaml',
    message: /contract ended 2026-06-30 but active systems depend on it: skolsystem/,
    tree: (t) => edit(t, 'contracts/avtal-skola.yaml', (r) => (r.ended = '2026-06-30')),
  },
  {
    rule: 'contract/licence-overuse',
    file: 'contracts/avtal-skola.yaml',
    message: /3100 Skolsystem licences in use, 3000 bought/,
    tree: (t) => edit(t, 'contracts/avtal-skola.yaml', (r) => (r.licences[0].used = 3100)),
  },
  {
    rule: 'decision/supersedes',
    file: DECISION,
    message: /status is superseded but no `supersededBy`/,
    tree: (t) => edit(t, DECISION, (r) => (r.status = 'superseded')),
  },
  {
    rule: 'decision/supersedes',
    file: 'decisions/2026-11-20-bit-extra.md',
    message: /does not say it is superseded by '2026-11-20-bit-extra'/,
    tree: (t) => ({
      ...t,
      'decisions/2026-11-20-bit-extra.md':
        '---\nid: 2026-11-20-bit-extra\ntitle: Extra\ndate: 2026-11-20\nforum: decision-council\nstatus: accepted\nsupersedes: [2026-11-12-bit-november]\n---\n',
    }),
  },
  {
    rule: 'role/vacant-key-role',
    file: 'roles/it-chef.yaml',
    message: /key role 'IT-chef' is vacant with no recruitment planned/,
    tree: (t) =>
      edit(t, 'roles/it-chef.yaml', (r) => {
        r.staffing = 'vacant';
        delete r.holders;
      }),
  },
  {
    rule: 'role/staffing',
    file: 'roles/it-chef.yaml',
    message: /deputy 'olof-pahittson' is also a holder/,
    tree: (t) => edit(t, 'roles/it-chef.yaml', (r) => r.holders.push('olof-pahittson')),
  },
  {
    rule: 'role/staffing',
    file: 'roles/it-chef.yaml',
    message: /role is 'filled' but names no holder/,
    tree: (t) => edit(t, 'roles/it-chef.yaml', (r) => delete r.holders),
  },
  {
    rule: 'ref/unknown-person',
    file: 'roles/it-chef.yaml',
    message: /unknown person 'karin-testbergh'/,
    tree: (t) => edit(t, 'roles/it-chef.yaml', (r) => (r.holders = ['karin-testbergh'])),
  },
  {
    rule: 'service/sla-targets',
    file: 'services/skolstod.yaml',
    message: /priority 1: resolution target \(10 minutes\) is faster than the response target/,
    tree: (t) => edit(t, 'services/skolstod.yaml', (r) => (r.sla.targets[1] = { priority: 1, kind: 'resolution', value: 10, unit: 'minutes' })),
  },
  {
    rule: 'service/sla-targets',
    file: 'services/skolstod.yaml',
    message: /two measurements for 2026-Q2/,
    tree: (t) => edit(t, 'services/skolstod.yaml', (r) => (r.kpis[0].measurements[1].period = '2026-Q2')),
  },
  {
    rule: 'maturity/gap-action',
    file: 'maturity/mognad-2026.yaml',
    message: /at 30 % against a target of 70 % with no action/,
    tree: (t) => edit(t, 'maturity/mognad-2026.yaml', (r) => delete r.areas[0].actions),
  },
  {
    rule: 'direction/tactical-year',
    file: 'strategy/taktisk-plan-2027.yaml',
    message: /year 2030 is outside the direction period 2026–2028/,
    tree: (t) => edit(t, 'strategy/taktisk-plan-2027.yaml', (r) => (r.year = 2030)),
  },
  {
    rule: 'direction/duplicate-goal',
    file: 'strategy/inriktning-2026-2028.yaml',
    message: /goal id 'M1' is already defined/,
    tree: (t) => edit(t, 'strategy/inriktning-2026-2028.yaml', (r) => r.goals.push({ id: 'M1', title: 'Igen' })),
  },
  {
    rule: 'ref/unknown-goal',
    file: ORDER,
    message: /unknown goal 'M9'/,
    tree: (t) => edit(t, ORDER, (r) => (r.goal = 'M9')),
  },
  {
    rule: 'ref/unknown-team',
    file: ORDER,
    message: /unknown team 'utveckling'/,
    tree: (t) => edit(t, ORDER, (r) => (r.team = 'utveckling')),
  },
];

describe('the valid fixture', () => {
  it('has no problems at all', () => {
    expect(loadTree(validTree()).diagnostics).toEqual([]);
  });
});

describe('rules', () => {
  it.each(cases)('$rule trips: $message', ({ rule, file, message, tree, today }) => {
    const result = loadTree(tree(validTree()), today);
    const hits = result.diagnostics.filter((d) => d.rule === rule && d.file === file);
    expect(hits.map((d) => d.message)).toContainEqual(expect.stringMatching(message));
    for (const d of hits) {
      expect(d.range?.line).toBeGreaterThan(0);
      expect(d.range?.column).toBeGreaterThan(0);
    }
  });

  it('every rule has a case above, an id, a severity and an explanation', () => {
    const covered = new Set(cases.map((c) => c.rule));
    for (const rule of ALL_RULES) {
      expect(covered, rule.id).toContain(rule.id);
      expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(rule.description.length).toBeGreaterThan(60);
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
    expect(d?.hint).toContain("Did you mean 'unit/it-contact'?");
  });

  it('reference severities can be lowered', () => {
    const broken = edit(validTree(), 'roles/it-chef.yaml', (r) => (r.deputy = 'nobody'));
    const result = loadTree(edit(broken, 'styr.yaml', (c) => (c.rules = { 'ref/unknown-person': 'warning' })));
    expect(result.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['ref/unknown-person', 'warning']]);
  });
});
