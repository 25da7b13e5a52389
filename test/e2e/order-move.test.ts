// styr order move end to end, in a real git repository: the whole lifecycle,
// refused moves, a minimal diff that keeps every other byte, a concurrent
// change detected, and a move that would make the repository invalid refused.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { translate } from '../../src/core/i18n/translate.js';
import type { OrderStatus } from '../../src/core/model/types.js';
import { changedLines, governanceRepo } from './helpers/governance-repo.js';
import type { GovernanceRepo } from './helpers/governance-repo.js';

const DECIDED = 'ORD-261020-7KQ2';
const RECEIVED = 'ORD-261115-A3BC';
const DECISION = '2026-11-12-bit-november';

let repos: GovernanceRepo[] = [];
afterEach(() => {
  for (const r of repos) r.cleanup();
  repos = [];
});
function repo(): GovernanceRepo {
  const r = governanceRepo('valid');
  repos.push(r);
  return r;
}

/** Give the received fixture order what the preparation gate asks of a project before it may be prepared. */
function prepare(r: GovernanceRepo): void {
  const set = r.run([
    'set',
    RECEIVED,
    'team=drift',
    'handler=karin-testberg',
    'estimates.benefit=3',
    'estimates.strategicFit=3',
    'estimates.riskIfNotDone=2',
    'estimates.costOneOff=0',
    'estimates.size=S',
  ]);
  expect(set.code, set.stderr).toBe(0);
  r.edit(`data/orders/${RECEIVED}.yaml`, (t) => `${t}reviews:\n  - { kind: architecture, by: olof-pahittson, date: 2026-11-30, outcome: approved }\n`);
}

describe('styr order move', () => {
  it('moves a new order through the whole lifecycle, received → closed, with one history entry per move', () => {
    const r = repo();
    const created = r.run([
      'new',
      'order',
      '--title',
      'Digital närvaro',
      '--description',
      'Närvaron ska registreras i appen.',
      '--unit',
      'utbildning',
      '--orderer',
      'eva-exempelsson',
      '--type',
      'change',
      '--team',
      'drift',
      '--effort-days',
      '10',
      // What the preparation gate asks for before the order may be prepared.
      '--handler',
      'karin-testberg',
      '--benefit',
      '3',
      '--strategic-fit',
      '3',
      '--risk-if-not-done',
      '2',
      '--cost-one-off',
      '0',
    ]);
    expect(created.code, created.stderr).toBe(0);
    const id = /ORD-261201-[0-9A-Z]{4}/.exec(created.stdout)![0];
    const file = `orders/${id}.yaml`;

    const moves: [string, string[], string][] = [
      ['in-preparation', [], '2026-12-02'],
      ['prepared', [], '2026-12-03'],
    ];
    for (const [to, extra, today] of moves) {
      const m = r.run(['order', 'move', id, to, ...extra], { today });
      expect(m.code, m.stderr).toBe(0);
      expect(m.stdout).toContain(`→ ${translate('sv', `orderStatus.${to as OrderStatus}`)}`);
    }
    // The council meets and decides: its decision record lists the order.
    const decision = r.run(['new', 'decision', '--title', 'BIT december', '--set', 'status=accepted', '--set', `orders=[{order: ${id}, outcome: approved}]`], {
      today: '2026-12-10',
    });
    expect(decision.code, decision.stderr).toBe(0);
    expect(decision.stdout.trim()).toBe('data/decisions/2026-12-10-bit-december.md');
    // Planned needs a quarter (the preparation gate for planned).
    expect(r.run(['set', id, 'quarter=2027-Q1']).code).toBe(0);
    const rest: [string, string[], string][] = [
      ['approved', ['--decision', '2026-12-10-bit-december'], '2026-12-10'],
      ['planned', [], '2027-01-08'],
      ['in-progress', [], '2027-02-01'],
      ['delivered', [], '2027-03-15'],
      ['closed', ['--note', 'Levererat och godkänt av beställaren'], '2027-03-20'],
    ];
    for (const [to, extra, today] of rest) {
      const m = r.run(['order', 'move', id, to, ...extra, '--actor', 'Karin Testberg'], { today });
      expect(m.code, m.stderr).toBe(0);
    }
    const order = parse(r.read(file));
    expect(order.status).toBe('closed');
    expect(order.decision).toBe('2026-12-10-bit-december');
    expect(order.history.map((h: { from: string; to: string; date: string }) => `${h.date} ${h.from}→${h.to}`)).toEqual([
      '2026-12-02 received→in-preparation',
      '2026-12-03 in-preparation→prepared',
      '2026-12-10 prepared→approved',
      '2027-01-08 approved→planned',
      '2027-02-01 planned→in-progress',
      '2027-03-15 in-progress→delivered',
      '2027-03-20 delivered→closed',
    ]);
    expect(order.history[2]).toMatchObject({ actor: 'Karin Testberg', decision: '2026-12-10-bit-december' });
    // Without --actor the actor is git's user.name.
    expect(order.history[0].actor).toBe('Karin Testberg');
    expect(order.history[6].note).toBe('Levererat och godkänt av beställaren');
    const v = r.run(['validate'], { today: '2027-03-20' });
    expect(v.code, v.stdout).toBe(0);
  }, 120_000);

  it('refuses a move along an edge the lifecycle does not have: exit 1, why, and the allowed moves', () => {
    const r = repo();
    const m = r.run(['order', 'move', RECEIVED, 'planned']);
    expect(m.code).toBe(1);
    expect(m.stderr).toContain(`kan inte flytta ${RECEIVED} från mottagen till planerad: Beslutsråd IT måste godkänna en beställning innan den planeras eller genomförs`);
    expect(m.stderr).toContain('Tillåtet från mottagen: under beredning, återtagen (--note).');
    expect(m.stderr).toContain('Vägen dit: mottagen → under beredning → beredd → godkänd → planerad.');
    expect(r.status()).toEqual([]);
  });

  it('refuses approving without a decision, with an unknown decision, and deferring without a rationale: exit 2', () => {
    const r = repo();
    prepare(r);
    expect(r.run(['order', 'move', RECEIVED, 'in-preparation']).code).toBe(0);
    expect(r.run(['order', 'move', RECEIVED, 'prepared']).code).toBe(0);
    r.commit('prepared');

    const noDecision = r.run(['order', 'move', RECEIVED, 'approved']);
    expect(noDecision.code).toBe(2);
    expect(noDecision.stderr).toContain(`flytten av ${RECEIVED} till godkänd kräver beslutet bakom den: --decision <id>`);

    const unknown = r.run(['order', 'move', RECEIVED, 'approved', '--decision', '2026-11-12-bit-novembr']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('beslutet ”2026-11-12-bit-novembr” finns inte');
    expect(unknown.stderr).toContain(`Menade du ”${DECISION}”?`);

    const noNote = r.run(['order', 'move', RECEIVED, 'deferred', '--decision', DECISION]);
    expect(noNote.code).toBe(2);
    expect(noNote.stderr).toContain(`flytten av ${RECEIVED} till uppskjuten kräver en motivering: --note <text>`);
    expect(r.status()).toEqual([]);
  });

  it('refuses a move that would make the repository invalid, printing the errors, and writes nothing', () => {
    const r = repo();
    prepare(r);
    expect(r.run(['order', 'move', RECEIVED, 'in-preparation']).code).toBe(0);
    expect(r.run(['order', 'move', RECEIVED, 'prepared']).code).toBe(0);
    r.commit('prepared');
    // The November decision does not list this order, so citing it would be an error.
    const m = r.run(['order', 'move', RECEIVED, 'approved', '--decision', DECISION]);
    expect(m.code).toBe(1);
    expect(m.stderr).toContain(`skriver inte data/orders/${RECEIVED}.yaml: ändringen skulle ge 1 fel; inget skrevs`);
    expect(m.stderr).toMatch(
      /data\/orders\/ORD-261115-A3BC\.yaml\n\s+\d+:\d+\s+fel\s+beslutet '2026-11-12-bit-november' tar inte upp den här beställningen\s+order\/decision-cited/,
    );
    expect(r.status()).toEqual([]);
  });

  it('unknown order id: exit 2 with a did-you-mean', () => {
    const r = repo();
    const m = r.run(['order', 'move', 'ORD-261115-A3BX', 'prepared']);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain(`beställning ”ORD-261115-A3BX” finns inte – menade du ”${RECEIVED}”?`);
  });

  it('keeps every byte outside the changed lines: comments, odd spacing, flow lists, quotes and blank lines', () => {
    const r = repo();
    const odd = [
      '# yaml-language-server: $schema=../../schemas/order.schema.json',
      '#  Beställning med   udda formatering — rör inte!',
      '',
      'id:    ORD-261115-A3BC      # samma som filnamnet',
      "title: 'Koppla katalogen till skolsystemet'",
      'description: "Konton ska skapas automatiskt: snabbt, #1."',
      '',
      '',
      'orderer: eva-exempelsson',
      'unit: utbildning   ',
      'type: project',
      'systems: [ skolsystem,katalog ]    # två system',
      'estimates: {benefit: 4,   effortDays: 12}',
      'dependsOn:',
      '    - ORD-261020-7KQ2',
      'status:     "prepared"   # väntar på BIT',
      'created: 2026-11-25',
      'history:',
      '  # beredningen',
      '  - date: 2026-11-26',
      '    from: received',
      '    to: in-preparation',
      '    actor: karin-testberg',
      '',
      '  - date: 2026-11-28',
      '    from: in-preparation',
      '    to: prepared',
      "    actor: 'karin-testberg'   # klart",
      '',
      '# slut på filen',
      '',
    ].join('\n');
    r.write({ [`data/orders/${RECEIVED}.yaml`]: odd });
    r.commit('odd formatting');
    const m = r.run(['order', 'move', RECEIVED, 'deferred', '--decision', DECISION, '--note', 'Ingen budget: 2027', '--actor', 'Per Provlund']);
    // The decision does not list the order: write the minutes first, as the council would.
    expect(m.code).toBe(1);
    r.edit(`data/decisions/${DECISION}.md`, (t) =>
      t.replace(
        '  - { order: ORD-261020-7KQ2, outcome: approved }\n',
        '  - { order: ORD-261020-7KQ2, outcome: approved }\n  - { order: ORD-261115-A3BC, outcome: deferred }\n',
      ),
    );
    r.commit('minutes');
    const ok = r.run(['order', 'move', RECEIVED, 'deferred', '--decision', DECISION, '--note', 'Ingen budget: 2027', '--actor', 'Per Provlund']);
    expect(ok.code, ok.stderr).toBe(0);
    const after = r.read(`orders/${RECEIVED}.yaml`);
    expect(changedLines(r.diff(`orders/${RECEIVED}.yaml`))).toEqual({
      removed: ['status:     "prepared"   # väntar på BIT'],
      added: [
        'status:     "deferred"   # väntar på BIT',
        `decision: ${DECISION}`,
        'rationale: "Ingen budget: 2027"',
        '  - date: 2026-12-01',
        '    from: prepared',
        '    to: deferred',
        '    actor: Per Provlund',
        `    decision: ${DECISION}`,
        '    note: "Ingen budget: 2027"',
      ],
    });
    // Every other line is byte-for-byte where it was.
    const kept = odd.split('\n').filter((l) => !l.startsWith('status:'));
    const remaining = after.split('\n');
    let at = 0;
    for (const line of kept) {
      at = remaining.indexOf(line, at);
      expect(at, `line kept in order: ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(0);
      at++;
    }
    expect(after.endsWith('\n# slut på filen\n')).toBe(true);
    expect(r.run(['validate']).code).toBe(0);
  });

  it('detects a change made to the file while it was being edited, and writes nothing', () => {
    const r = repo();
    const hook = join(r.dir, 'touch-hook.mjs');
    writeFileSync(hook, "import { appendFileSync } from 'node:fs';\nexport default (path) => appendFileSync(path, '# ändrad av någon annan\\n');\n");
    const before = r.read(`orders/${RECEIVED}.yaml`);
    const m = r.run(['order', 'move', RECEIVED, 'in-preparation'], { env: { STYR_TEST_BEFORE_WRITE: hook } });
    expect(m.code).toBe(1);
    expect(m.stderr).toContain(`data/orders/${RECEIVED}.yaml ändrades på disken medan styr arbetade med den; inget skrevs`);
    expect(r.read(`orders/${RECEIVED}.yaml`)).toBe(`${before}# ändrad av någon annan\n`);
    expect(r.status()).toEqual([` M data/orders/${RECEIVED}.yaml`, '?? touch-hook.mjs']);
  });

  // The second writer read the file before styr wrote (when the hook module loaded) and saves its version between styr's check and styr's replace.
  it.each([
    [
      'writes the file in place',
      "import { readFileSync, writeFileSync } from 'node:fs';\nconst path = process.env.RACE_FILE;\nconst text = readFileSync(path, 'utf8');\nexport default () => writeFileSync(path, text + '# ändrad av någon annan\\n');\n",
    ],
    [
      'replaces the file',
      "import { readFileSync, renameSync, writeFileSync } from 'node:fs';\nconst path = process.env.RACE_FILE;\nconst text = readFileSync(path, 'utf8');\nexport default () => { writeFileSync(path + '.new', text + '# ändrad av någon annan\\n'); renameSync(path + '.new', path); };\n",
    ],
  ])('loses no change of a second writer that %s between the check and the replace', (_how, source) => {
    const r = repo();
    const hook = join(r.dir, 'race-hook.mjs');
    writeFileSync(hook, source);
    const before = r.read(`orders/${RECEIVED}.yaml`);
    const m = r.run(['order', 'move', RECEIVED, 'in-preparation'], { env: { STYR_TEST_AFTER_CHECK: hook, RACE_FILE: join(r.data, 'orders', `${RECEIVED}.yaml`) } });
    expect(m.code, m.stderr).toBe(1);
    expect(m.stderr).toContain(`data/orders/${RECEIVED}.yaml ändrades på disken medan styr arbetade med den; inget skrevs`);
    expect(r.read(`orders/${RECEIVED}.yaml`)).toBe(`${before}# ändrad av någon annan\n`);
    expect(r.status()).toEqual([` M data/orders/${RECEIVED}.yaml`, '?? race-hook.mjs']);
  });

  it('accepts a status by its Swedish label and prints the move', () => {
    const r = repo();
    const m = r.run(['order', 'move', RECEIVED, 'under beredning', '--actor', 'Olof Påhittson']);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stdout).toBe(`${RECEIVED}: mottagen → under beredning, data/orders/${RECEIVED}.yaml\n`);
    expect(changedLines(r.diff())).toEqual({
      removed: ['status: received'],
      added: ['status: in-preparation', 'history:', '  - { date: 2026-12-01, from: received, to: in-preparation, actor: Olof Påhittson }'],
    });
  });

  it('refuses to move an order that is already in the status', () => {
    const r = repo();
    const m = r.run(['order', 'move', DECIDED, 'approved', '--decision', DECISION]);
    expect(m.code).toBe(1);
    expect(m.stderr).toContain(`${DECIDED} har redan status godkänd`);
  });
});
