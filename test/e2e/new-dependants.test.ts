// Records that depend on each other (issue 17): a production system and the
// management plan that lists it, created in one step on a terminal or one
// after the other with --draft and `styr set`; a contract whose notice
// deadline has passed registered with its notice decision; dates checked at
// the prompt.
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changedLines, governanceRepo } from './helpers/governance-repo.js';
import type { GovernanceRepo } from './helpers/governance-repo.js';
import { KEY, PtySession } from './helpers/pty.js';

let sessions: PtySession[] = [];
let repos: GovernanceRepo[] = [];
afterEach(() => {
  for (const s of sessions) s.kill();
  for (const r of repos) r.cleanup();
  sessions = [];
  repos = [];
});

function repo(): GovernanceRepo {
  const r = governanceRepo('valid');
  repos.push(r);
  return r;
}

function pty(r: GovernanceRepo, args: string[], env: Record<string, string> = {}): PtySession {
  const s = new PtySession([...args, '--data', 'data', '--today', '2026-12-01'], { cwd: r.dir, env: { HOME: r.dir, ...env } });
  sessions.push(s);
  return s;
}

function errorCount(r: GovernanceRepo): number {
  const run = r.run(['validate', '--format', 'json']);
  return (JSON.parse(run.stdout) as { summary: { errors: number } }).summary.errors;
}

describe('styr new system in production on a terminal', () => {
  it('offers the management plan, and writes the system and the plan that lists it together', async () => {
    const r = repo();
    const s = pty(r, ['new', 'system', '--name', 'Elevportalen', '--set', 'businessArea=Utbildning', '--set', 'lifecycle=i drift']);
    await s.answer(/Id \(elevportalen\)/, KEY.enter);
    await s.answer(/Systemägare/, 'eva');
    await s.answer(/Eva Exempelsson \(eva-exempelsson\)/, KEY.enter);
    await s.answer(/Systemförvaltare/, 'per');
    await s.answer(/Per Provlund \(per-provlund\)/, KEY.enter);
    await s.answer(/behöver en förvaltningsplan för 2027 som listar det\. Vilken\?/, KEY.enter);
    await s.answer(/Namn \(Förvaltningsplan Elevportalen 2027\)/, KEY.enter);
    await s.expect(/Det här skrivs till data\/systems\/elevportalen\.yaml/);
    await s.expect(/Det här skrivs till data\/objects\/elevportalen\.yaml/);
    await s.expect(/Det här skrivs till data\/plans\/elevportalen-2027\.yaml/);
    await s.expect(/Validering: inga fel\./);
    await s.expect(/Skapade data\/systems\/elevportalen\.yaml/);
    await s.expect(/Skapade data\/objects\/elevportalen\.yaml/);
    await s.expect(/Skapade data\/plans\/elevportalen-2027\.yaml/);
    expect(await s.exited).toBe(0);
    const system = parse(r.read('systems/elevportalen.yaml'));
    expect(system).toMatchObject({ lifecycle: 'production', owner: 'eva-exempelsson', administrator: 'per-provlund', managedObject: 'elevportalen' });
    // The plan's managed object did not exist: its record is written with it, named like the system.
    expect(parse(r.read('objects/elevportalen.yaml'))).toEqual({ id: 'elevportalen', name: 'Elevportalen' });
    const plan = parse(r.read('plans/elevportalen-2027.yaml'));
    expect(plan).toMatchObject({
      id: 'elevportalen-2027',
      name: 'Förvaltningsplan Elevportalen 2027',
      managedObject: 'elevportalen',
      year: 2027,
      status: 'draft',
      systems: ['elevportalen'],
    });
    expect(errorCount(r)).toBe(0);
  });
  it('or adds the system to an existing plan of the year, the rest of the plan file unchanged', async () => {
    const r = repo();
    const s = pty(r, [
      'new',
      'system',
      '--name',
      'Elevportalen',
      '--set',
      'businessArea=Utbildning',
      '--set',
      'lifecycle=i drift',
      '--set',
      'owner=eva-exempelsson',
      '--set',
      'administrator=per-provlund',
    ]);
    await s.answer(/Id \(elevportalen\)/, KEY.enter);
    await s.answer(/Lägg till systemet i skola-2027/, `${KEY.down}${KEY.enter}`);
    await s.expect(/Det här skrivs till data\/plans\/skola-2027\.yaml \(ändrad\)/);
    await s.expect(/Validering: inga fel\./);
    await s.expect(/Ändrade data\/plans\/skola-2027\.yaml/);
    expect(await s.exited).toBe(0);
    expect(parse(r.read('plans/skola-2027.yaml')).systems).toContain('elevportalen');
    expect(changedLines(r.diff('plans/skola-2027.yaml')).removed).toHaveLength(1);
    expect(parse(r.read('systems/elevportalen.yaml')).managedObject).toBe(parse(r.read('plans/skola-2027.yaml')).managedObject);
    expect(errorCount(r)).toBe(0);
  });
});

describe('styr new --draft, then styr set', () => {
  it('creates a managed object, a system in it as a draft, then a plan listing it, then sets the system in production', () => {
    const r = repo();
    const object = r.run(['new', 'object', '--name', 'Elevportalen', '--set', 'objectOwner=eva-exempelsson']);
    expect(object.code, object.stderr).toBe(0);
    expect(parse(r.read('objects/elevportalen.yaml'))).toEqual({ id: 'elevportalen', name: 'Elevportalen', objectOwner: 'eva-exempelsson' });
    const system = r.run(['new', 'system', '--draft', '--name', 'Elevportalen', '--set', 'businessArea=Utbildning', '--set', 'managedObject=elevportalen']);
    expect(system.code, system.stderr).toBe(0);
    expect(parse(r.read('systems/elevportalen.yaml')).lifecycle).toBe('planned');
    const plan = r.run(['new', 'plan', '--draft', '--name', 'Förvaltningsplan Elevportalen 2027', '--set', 'managedObject=elevportalen', '--system', 'elevportalen']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(parse(r.read('plans/elevportalen-2027.yaml'))).toMatchObject({ status: 'draft', systems: ['elevportalen'] });
    const set = r.run(['set', 'system/elevportalen', 'lifecycle=i drift', 'owner=eva-exempelsson', 'administrator=per-provlund']);
    expect(set.code, set.stderr).toBe(0);
    expect(parse(r.read('systems/elevportalen.yaml')).lifecycle).toBe('production');
    expect(errorCount(r)).toBe(0);
  });

  it('makes a role vacant, not filled without holders', () => {
    const r = repo();
    const run = r.run(['new', 'role', '--draft', '--name', 'Systemförvaltare', '--set', 'level=operativ', '--set', 'side=provider']);
    expect(run.code, run.stderr).toBe(0);
    expect(parse(r.read('roles/systemforvaltare.yaml')).staffing).toBe('vacant');
  });

  it('refuses --draft together with the state it chooses', () => {
    const r = repo();
    const run = r.run(['new', 'system', '--draft', '--name', 'X', '--set', 'businessArea=Y', '--set', 'lifecycle=production']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--draft väljer lifecycle själv');
    expect(r.status()).toEqual([]);
  });
});

describe('styr new contract with its notice decision', () => {
  const args = ['new', 'contract', '--id', 'avtal-drift', '--title', 'Drift', '--set', 'number=AVT-2023-9', '--set', 'supplier=Leverantören AB'];
  const terms = [
    '--set',
    'start=2023-01-01',
    '--set',
    'initialTermMonths=48',
    '--set',
    'noticeMonths=6',
    '--set',
    'renewal.type=automatic',
    '--set',
    'renewal.periodMonths=12',
  ];

  it('a contract whose notice deadline has passed is refused without a notice decision', () => {
    const r = repo();
    const run = r.run([...args, ...terms, '--yes']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('contract/notice-passed');
    expect(existsSync(join(r.data, 'contracts/avtal-drift.yaml'))).toBe(false);
  });

  it('is registered with --notice-outcome, --notice-decision and --notice-date', () => {
    const r = repo();
    const run = r.run([...args, ...terms, '--notice-outcome', 'terminate', '--notice-decision', '2026-11-12-bit-november', '--notice-date', '2026-06-15', '--yes']);
    expect(run.code, run.stderr).toBe(0);
    expect(parse(r.read('contracts/avtal-drift.yaml')).noticeDecision).toEqual({ decision: '2026-11-12-bit-november', outcome: 'terminate', date: '2026-06-15' });
    expect(errorCount(r)).toBe(0);
  });

  it('checks the notice flags', () => {
    const r = repo();
    expect(r.run([...args, ...terms, '--notice-outcome', 'förläng-inte', '--yes']).stderr).toContain('terminate (säga upp)');
    expect(r.run([...args, ...terms, '--notice-date', '2026-06-15', '--yes']).stderr).toContain('--notice-outcome');
    expect(r.run([...args, ...terms, '--notice-outcome', 'renew', '--notice-date', '2026-02-30', '--yes']).stderr).toContain('--notice-date');
    expect(r.run(['new', 'system', '--name', 'X', '--set', 'businessArea=Y', '--notice-outcome', 'renew', '--yes']).stderr).toContain('--notice-outcome');
    expect(r.status()).toEqual([]);
  });
});

describe('dates at the prompt', () => {
  it('a date that is not ÅÅÅÅ-MM-DD, or no real day, is refused at the prompt and fixed there', async () => {
    const r = repo();
    const s = pty(r, [
      'new',
      'contract',
      '--id',
      'avtal-nytt',
      '--title',
      'Nytt',
      '--set',
      'number=AVT-2026-9',
      '--set',
      'supplier=Leverantören AB',
      '--set',
      'initialTermMonths=24',
    ]);
    await s.answer(/Startdatum/, `2026-2-1${KEY.enter}`);
    await s.expect(/Skriv ett datum som ÅÅÅÅ-MM-DD\./);
    s.type(`${KEY.backspace.repeat(8)}2026-02-30${KEY.enter}`);
    await s.expect(/2026-02-30 är inget riktigt datum\./);
    s.type(`${KEY.backspace.repeat(2)}28${KEY.enter}`);
    await s.expect(/Skapade data\/contracts\/avtal-nytt\.yaml/);
    expect(await s.exited).toBe(0);
    expect(parse(r.read('contracts/avtal-nytt.yaml')).start).toBe('2026-02-28');
  });
});

describe('styr new decision on a terminal without --body', () => {
  it('opens $EDITOR for the decision text and writes it after the front matter', async () => {
    const r = repo();
    const editor = join(r.dir, 'editor.sh');
    writeFileSync(editor, `#!/bin/sh\nprintf 'Rådet beslutade att köpa nytt.\\n' > "$1"\n`);
    chmodSync(editor, 0o755);
    const s = pty(r, ['new', 'decision', '--title', 'Nytt beslut'], { EDITOR: editor, VISUAL: '' });
    await s.answer(/Datum \(ÅÅÅÅ-MM-DD\) \(2026-12-01\)/, KEY.enter);
    await s.answer(/Forum/, KEY.enter);
    await s.answer(/Status/, KEY.enter);
    await s.answer(/Id \(2026-12-01-nytt-beslut\)/, KEY.enter);
    await s.expect(/Skriv beslutets text i /);
    await s.expect(/Skapade data\/decisions\/2026-12-01-nytt-beslut\.md/);
    expect(await s.exited).toBe(0);
    expect(r.read('decisions/2026-12-01-nytt-beslut.md').endsWith('---\n\nRådet beslutade att köpa nytt.\n')).toBe(true);
  });
});

describe('styr new raci on a terminal', () => {
  it('asks for activities and a letter role by role, and writes the matrix', async () => {
    const r = repo();
    const s = pty(r, ['new', 'raci', '--name', 'Incidenthantering', '--set', 'process=incident']);
    // Roles in id order: bestallare, drifttekniker, it-chef. Choices: none, H, U, K, I.
    await s.answer(/Första aktiviteten: namn/, `Ta emot incident${KEY.enter}`);
    await s.answer(/Ta emot incident – .*bestallare/, `${KEY.down.repeat(4)}${KEY.enter}`); // I
    await s.answer(/Ta emot incident – .*drifttekniker/, `${KEY.down}${KEY.enter}`); // H, but no U yet
    await s.answer(/Ta emot incident – .*it-chef/, KEY.enter); // none
    await s.expect(/exakt en H och minst en U \(nu 1 H och 0 U\)/);
    // Asked again with the answers as defaults: keep, keep, then U for it-chef.
    await s.answer(/Ta emot incident – .*bestallare/, KEY.enter);
    await s.answer(/Ta emot incident – .*drifttekniker/, KEY.enter);
    await s.answer(/Ta emot incident – .*it-chef/, `${KEY.down.repeat(2)}${KEY.enter}`);
    await s.answer(/Lägga till en aktivitet till\?/, `j${KEY.enter}`);
    await s.answer(/Aktivitet 2: namn/, `Stänga incident${KEY.enter}`);
    await s.answer(/Stänga incident – .*bestallare/, `${KEY.down.repeat(3)}${KEY.enter}`); // K
    await s.answer(/Stänga incident – .*drifttekniker/, `${KEY.down.repeat(2)}${KEY.enter}`); // U
    await s.answer(/Stänga incident – .*it-chef/, `${KEY.down}${KEY.enter}`); // H
    await s.answer(/Lägga till en aktivitet till\?/, `n${KEY.enter}`);
    await s.answer(/Id \(incidenthantering\)/, KEY.enter);
    await s.expect(/Skapade data\/raci\/incidenthantering\.yaml/);
    expect(await s.exited).toBe(0);
    expect(s.screen).not.toContain('YAML');
    expect(parse(r.read('raci/incidenthantering.yaml')).activities).toEqual([
      { id: 'ta-emot-incident', name: 'Ta emot incident', roles: { bestallare: 'I', drifttekniker: 'H', 'it-chef': 'U' } },
      { id: 'stanga-incident', name: 'Stänga incident', roles: { bestallare: 'K', drifttekniker: 'U', 'it-chef': 'H' } },
    ]);
    expect(errorCount(r)).toBe(0);
  });
});
