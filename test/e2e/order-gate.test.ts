// The preparation gate end to end, in a real git repository with the built
// CLI: every refused move exits 1, lists every missing field (Swedish first),
// and leaves the order file byte for byte as it was; the same gate in
// `styr council apply`; a decision dated after the move; and `styr new order`
// with an orderer who is not authorised.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { governanceRepo } from './helpers/governance-repo.js';
import type { GovernanceRepo } from './helpers/governance-repo.js';

const APPROVED = 'ORD-261020-7KQ2';
const RECEIVED = 'ORD-261115-A3BC';

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

/** Runs a move that must be refused; returns stderr after checking exit 1 and that nothing changed. */
function refused(r: GovernanceRepo, file: string, args: string[], today?: string): string {
  const before = r.read(file);
  const m = r.run(args, today ? { today } : {});
  expect(m.code, m.stderr).toBe(1);
  expect(m.stdout).toBe('');
  expect(r.read(file)).toBe(before);
  expect(r.status()).toEqual([]);
  return m.stderr;
}

describe('the preparation gate in styr order move', () => {
  it('refuses prepared and lists every missing field: handler, the estimates, a team and a review', () => {
    const r = repo();
    expect(r.run(['order', 'move', RECEIVED, 'in-preparation']).code).toBe(0);
    r.commit('in preparation');
    const err = refused(r, `orders/${RECEIVED}.yaml`, ['order', 'move', RECEIVED, 'prepared']);
    expect(err).toContain(`styr: ${RECEIVED} kan inte bli beredd: 8 uppgifter saknas:`);
    for (const line of [
      '- handläggare i beställarfunktionen (`handler`)',
      '- bedömd nytta (`estimates.benefit`)',
      '- strategisk samstämmighet (`estimates.strategicFit`)',
      '- risk om den inte genomförs (`estimates.riskIfNotDone`)',
      '- kostnad (`estimates.costOneOff` eller `estimates.costYearly`)',
      '- arbetsinsats i persondagar eller storlek (`estimates.effortDays` eller `estimates.size`)',
      '- levererande team (`team`)',
      '- arkitektur- eller säkerhetsgranskning (`reviews`), krävs för typen projekt',
    ]) {
      expect(err).toContain(line);
    }
    expect(err).toContain('orderFlow.requirements i styr.yaml');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('lists what is still missing after some fields are filled in, in English with --lang en', () => {
    const r = repo();
    expect(r.run(['order', 'move', RECEIVED, 'in-preparation']).code).toBe(0);
    expect(r.run(['set', RECEIVED, 'team=drift', 'handler=karin-testberg', 'estimates.benefit=4', 'estimates.costOneOff=120000']).code).toBe(0);
    r.commit('partly prepared');
    const err = refused(r, `orders/${RECEIVED}.yaml`, ['order', 'move', RECEIVED, 'prepared', '--lang', 'en']);
    expect(err).toContain(`${RECEIVED} cannot become prepared: 4 things are missing:`);
    expect(err.match(/\n {4}- /g)).toHaveLength(4);
    expect(err).toContain('- the strategic fit (`estimates.strategicFit`)');
    expect(err).toContain('- the risk if not done (`estimates.riskIfNotDone`)');
    expect(err).toContain('- the effort in person-days or a size (`estimates.effortDays` or `estimates.size`)');
    expect(err).toContain('- an architecture or security review (`reviews`), required for type project');
    expect(err).not.toContain('handler');
  });

  it('refuses a handler outside the ordering function, then moves the order once it is complete', () => {
    const r = repo();
    writeFileSync(join(r.data, 'units', 'bestallarfunktionen.yaml'), 'id: bestallarfunktionen\nname: Beställarfunktionen\nkind: ordering-function\n');
    expect(r.run(['order', 'move', RECEIVED, 'in-preparation']).code).toBe(0);
    const filled = r.run([
      'set',
      RECEIVED,
      'team=drift',
      'handler=karin-testberg',
      'estimates.benefit=4',
      'estimates.strategicFit=4',
      'estimates.riskIfNotDone=3',
      'estimates.costOneOff=120000',
      'estimates.size=M',
    ]);
    expect(filled.code, filled.stderr).toBe(0);
    r.edit(`data/orders/${RECEIVED}.yaml`, (t) => `${t}reviews:\n  - { kind: security, by: olof-pahittson, date: 2026-11-30, outcome: approved }\n`);
    r.commit('prepared but for the handler');
    const err = refused(r, `orders/${RECEIVED}.yaml`, ['order', 'move', RECEIVED, 'prepared']);
    expect(err).toContain(`${RECEIVED} kan inte bli beredd: en uppgift saknas:`);
    expect(err).toContain('- handläggare i beställarfunktionen (`handler`: Karin Testberg hör inte till beställarfunktionen)');

    expect(r.run(['set', 'person/karin-testberg', 'unit=bestallarfunktionen']).code).toBe(0);
    const moved = r.run(['order', 'move', RECEIVED, 'prepared']);
    expect(moved.code, moved.stderr).toBe(0);
    expect(parse(r.read(`orders/${RECEIVED}.yaml`)).status).toBe('prepared');
  });

  it('refuses planned without a quarter, and without a team, then plans it once the quarter is set', () => {
    const r = repo();
    expect(refused(r, `orders/${APPROVED}.yaml`, ['order', 'move', APPROVED, 'planned'])).toContain(
      `${APPROVED} kan inte bli planerad: en uppgift saknas:\n    - planerat kvartal (\`quarter\`, t.ex. 2027-Q2)`,
    );
    expect(r.run(['set', APPROVED, 'team=']).code).toBe(0);
    r.commit('no team');
    const err = refused(r, `orders/${APPROVED}.yaml`, ['order', 'move', APPROVED, 'planned']);
    expect(err).toContain('2 uppgifter saknas:\n    - levererande team (`team`)\n    - planerat kvartal (`quarter`, t.ex. 2027-Q2)');

    expect(r.run(['set', APPROVED, 'team=drift', 'quarter=2027-Q1']).code).toBe(0);
    const moved = r.run(['order', 'move', APPROVED, 'planned']);
    expect(moved.code, moved.stderr).toBe(0);
    expect(parse(r.read(`orders/${APPROVED}.yaml`))).toMatchObject({ status: 'planned', quarter: '2027-Q1' });
  });

  it('refuses approving with a decision dated after the move (--today) and writes nothing', () => {
    const r = repo();
    const order = `orders/${RECEIVED}.yaml`;
    r.edit(`data/${order}`, (t) =>
      t
        .replace('status: received', 'status: prepared')
        .concat('history:\n  - { date: 2026-11-26, from: received, to: in-preparation, actor: karin-testberg }\n')
        .concat('  - { date: 2026-11-27, from: in-preparation, to: prepared, actor: karin-testberg }\n'),
    );
    writeFileSync(
      join(r.data, 'decisions', '2026-12-10-bit-december.md'),
      `---\nid: 2026-12-10-bit-december\ntitle: Beslutsråd IT december\ndate: 2026-12-10\nforum: decision-council\nstatus: accepted\ndeciders: [karin-testberg]\norders:\n  - { order: ${RECEIVED}, outcome: approved }\n---\n\nRådet godkände beställningen.\n`,
    );
    r.commit('December council, recorded ahead');
    const err = refused(r, order, ['order', 'move', RECEIVED, 'approved', '--decision', '2026-12-10-bit-december'], '2026-12-01');
    expect(err).toContain(
      'styr: beslutet 2026-12-10-bit-december är daterat 2026-12-10, efter flyttens datum 2026-12-01: en beställning kan inte bli godkänd av ett beslut som ännu inte är fattat',
    );
    expect(err).toContain('på eller efter 2026-12-10');
    // The council apply of the same decision is refused as a whole for the same reason.
    const applied = refused(r, order, ['council', 'apply', '2026-12-10-bit-december'], '2026-12-01');
    expect(applied).toContain('beslutet 2026-12-10-bit-december är daterat 2026-12-10, efter flyttens datum 2026-12-01');
    // On the day of the meeting the move goes through.
    const moved = r.run(['order', 'move', RECEIVED, 'approved', '--decision', '2026-12-10-bit-december'], { today: '2026-12-10' });
    expect(moved.code, moved.stderr).toBe(0);
  });
});

describe('the gate in styr council apply, with requirements from styr.yaml', () => {
  it('refuses the whole apply when one order lacks what styr.yaml requires for approved, listing every field', () => {
    const r = repo();
    const order = `orders/${RECEIVED}.yaml`;
    r.edit(`data/${order}`, (t) =>
      t.replace('status: received', 'status: prepared').concat('history:\n  - { date: 2026-11-27, from: received, to: prepared, actor: karin-testberg }\n'),
    );
    r.edit('data/styr.yaml', (t) => `${t}orderFlow:\n  requirements:\n    approved: [goal, wantedBy, financing]\n`);
    writeFileSync(
      join(r.data, 'decisions', '2026-11-30-bit-extra.md'),
      `---\nid: 2026-11-30-bit-extra\ntitle: Beslutsråd IT extra\ndate: 2026-11-30\nforum: decision-council\nstatus: accepted\ndeciders: [karin-testberg]\norders:\n  - { order: ${RECEIVED}, outcome: approved }\n---\n\nRådet godkände beställningen.\n`,
    );
    r.commit('Extra council');
    const err = refused(r, order, ['council', 'apply', '2026-11-30-bit-extra']);
    expect(err).toContain(`${RECEIVED} kan inte bli godkänd: 3 uppgifter saknas:`);
    expect(err).toContain('- inriktningsmål (`goal`)');
    expect(err).toContain('- önskat datum (`wantedBy`)');
    expect(err).toContain('- finansiering (`financing`)');
  });
});

describe('styr new order and authorised orderers', () => {
  it('refuses an orderer who is not one of the unit’s authorised orderers: exit 2, nothing written', () => {
    const r = repo();
    const args = ['new', 'order', '--title', 'Digital närvaro', '--description', 'Närvaron ska registreras i appen.', '--unit', 'utbildning', '--type', 'change'];
    const m = r.run([...args, '--orderer', 'per-provlund']);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain(
      '--orderer: Per Provlund (per-provlund) är inte beställningsberättigad för Utbildningsförvaltningen; beställningsberättigade: Eva Exempelsson (eva-exempelsson)',
    );
    expect(r.status()).toEqual([]);
    const ok = r.run([...args, '--orderer', 'eva-exempelsson']);
    expect(ok.code, ok.stderr).toBe(0);
  });
});
