// styr council apply end to end, in a real git repository: a decision with
// several orders and outcomes (approved, deferred, referred back, tabled),
// one move refused so that nothing at all is written, then the decision
// completed with styr set and applied in one step, each order citing it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changedLines, governanceRepo } from './helpers/governance-repo.js';
import type { GovernanceRepo } from './helpers/governance-repo.js';

const DECISION = '2026-11-26-bit-extra';

let repos: GovernanceRepo[] = [];
afterEach(() => {
  for (const r of repos) r.cleanup();
  repos = [];
});

function prepared(id: string, title: string): string {
  return [
    `id: ${id}`,
    `title: ${title}`,
    'description: Behovet är beskrivet.',
    'orderer: eva-exempelsson',
    'unit: utbildning',
    'type: change',
    'status: prepared # beredd',
    'created: 2026-11-01',
    'history:',
    '  - { date: 2026-11-02, from: received, to: in-preparation, actor: karin-testberg }',
    '  - { date: 2026-11-03, from: in-preparation, to: prepared, actor: karin-testberg }',
    '',
  ].join('\n');
}

/** A repository with four prepared orders and an accepted decision on them; the rejected order's note is missing. */
function councilRepo(): GovernanceRepo {
  const r = governanceRepo('valid');
  repos.push(r);
  const orders: [string, string][] = [
    ['ORD-261101-AAAA', 'Digital närvaro'],
    ['ORD-261101-BBBB', 'Ny skrivartjänst'],
    ['ORD-261101-CCCC', 'Elevkonton i katalogen'],
    ['ORD-261101-DDDD', 'Läromedelsportal'],
    ['ORD-261101-EEEE', 'Gammal e-tjänst'],
  ];
  for (const [id, title] of orders) writeFileSync(join(r.data, 'orders', `${id}.yaml`), prepared(id, title));
  writeFileSync(
    join(r.data, 'decisions', `${DECISION}.md`),
    [
      '---',
      `id: ${DECISION}`,
      'title: Beslutsråd IT, extra möte',
      'date: 2026-11-26',
      'forum: decision-council',
      'status: accepted',
      'deciders: [karin-testberg]',
      'orders:',
      '  - order: ORD-261101-AAAA',
      '    outcome: approved',
      '  - order: ORD-261101-BBBB',
      '    outcome: deferred',
      '    note: Väntar på upphandlingen',
      '  - order: ORD-261101-CCCC',
      '    outcome: referred-back',
      '    note: Visa hur kontona avslutas',
      '  - order: ORD-261101-DDDD',
      '    outcome: tabled',
      '  - order: ORD-261101-EEEE',
      '    outcome: rejected',
      '---',
      '',
      'Rådet gick igenom fem beställningar.',
      '',
    ].join('\n'),
  );
  r.commit('Council meeting');
  return r;
}

describe('styr council apply', () => {
  it('writes nothing when one move is refused, and says which and why', () => {
    const r = councilRepo();
    const run = r.run(['council', 'apply', DECISION]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`genomför inte ${DECISION}: 1 beställning kan inte flyttas; inget skrevs`);
    expect(run.stderr).toContain('ORD-261101-EEEE: avslagen kräver en motivering');
    expect(run.stderr).toContain('ORD-261101-AAAA (Digital närvaro): beredd → godkänd');
    expect(r.status()).toEqual([]);
  });

  it('moves every order to its outcome in one step once the decision is complete, citing it', () => {
    const r = councilRepo();
    const note = r.run(['set', DECISION, 'orders[order=ORD-261101-EEEE].note=Ersätts av den nya portalen']);
    expect(note.code, note.stderr).toBe(0);
    r.commit('Rationale');

    const dry = r.run(['council', 'apply', DECISION, '--dry-run', '--actor', 'Karin Testberg']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('+++ b/data/orders/ORD-261101-AAAA.yaml');
    expect(dry.stdout).toContain('(provkörning: inget skrevs)');
    expect(r.status()).toEqual([]);

    const run = r.run(['council', 'apply', DECISION, '--actor', 'Karin Testberg']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      [
        '  ORD-261101-AAAA (Digital närvaro): beredd → godkänd',
        '  ORD-261101-BBBB (Ny skrivartjänst): beredd → uppskjuten',
        '  ORD-261101-CCCC (Elevkonton i katalogen): beredd → under beredning',
        '  ORD-261101-DDDD (Läromedelsportal): bordlagd, förblir beredd',
        '  ORD-261101-EEEE (Gammal e-tjänst): beredd → avslagen',
        `${DECISION}: 4 beställningar flyttade, 1 oförändrade`,
        '',
      ].join('\n'),
    );
    expect(r.status().sort()).toEqual([
      ' M data/orders/ORD-261101-AAAA.yaml',
      ' M data/orders/ORD-261101-BBBB.yaml',
      ' M data/orders/ORD-261101-CCCC.yaml',
      ' M data/orders/ORD-261101-EEEE.yaml',
    ]);
    const approved = parse(r.read('orders/ORD-261101-AAAA.yaml'));
    expect(approved.status).toBe('approved');
    expect(approved.decision).toBe(DECISION);
    expect(approved.history.at(-1)).toEqual({ date: '2026-12-01', from: 'prepared', to: 'approved', actor: 'Karin Testberg', decision: DECISION });
    expect(parse(r.read('orders/ORD-261101-BBBB.yaml')).rationale).toBe('Väntar på upphandlingen');
    expect(parse(r.read('orders/ORD-261101-CCCC.yaml')).history.at(-1)).toMatchObject({ to: 'in-preparation', decision: DECISION });
    // The status line keeps its comment; one history line is added.
    expect(changedLines(r.diff('orders/ORD-261101-AAAA.yaml'))).toEqual({
      added: [
        'status: approved # beredd',
        `decision: ${DECISION}`,
        `  - { date: 2026-12-01, from: prepared, to: approved, actor: Karin Testberg, decision: ${DECISION} }`,
      ],
      removed: ['status: prepared # beredd'],
    });
    const validate = r.run(['validate']);
    expect(validate.code, validate.stdout).toBe(0);

    // Applying again changes nothing.
    r.commit('Applied');
    const again = r.run(['council', 'apply', DECISION, '--actor', 'Karin Testberg']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('ORD-261101-AAAA (Digital närvaro): redan godkänd');
    expect(r.status()).toEqual([]);
  });

  it('refuses a decision that is only proposed', () => {
    const r = councilRepo();
    expect(r.run(['set', DECISION, 'status=föreslaget']).code).toBe(0);
    const run = r.run(['council', 'apply', DECISION]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('har status föreslaget');
  });

  it('suggests decisions for a partial id', () => {
    const r = councilRepo();
    const run = r.run(['council', 'apply', '2026-11-26']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(DECISION);
  });
});
