// styr new on a pseudo terminal asks for what the rules will require (found
// by trying the empty fields against validation), shows the record and what
// validation says before writing, and on a refusal keeps every answer and lets
// the user change only the one that failed.
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { governanceRepo } from './helpers/governance-repo.js';
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

function start(args: string[]): { r: GovernanceRepo; s: PtySession } {
  const r = governanceRepo('valid');
  repos.push(r);
  const s = new PtySession([...args, '--data', 'data', '--today', '2026-12-01'], { cwd: r.dir, env: { HOME: r.dir } });
  sessions.push(s);
  return { r, s };
}

describe('styr new asks what the rules require', () => {
  it('a filled role asks for its holders', async () => {
    const { r, s } = start(['new', 'role', '--name', 'Systemförvaltare', '--set', 'level=operativ', '--set', 'side=provider', '--set', 'staffing=filled']);
    await s.answer(/Id \(systemforvaltare\)/, KEY.enter);
    await s.answer(/Innehavare/, `${KEY.space}${KEY.enter}`);
    await s.expect(/Validering: inga fel\./);
    await s.expect(/Skapade data\/roles\/systemforvaltare\.yaml/);
    expect(await s.exited).toBe(0);
    const role = parse(r.read('roles/systemforvaltare.yaml'));
    expect(role.holders).toHaveLength(1);
    expect(role.staffing).toBe('filled');
  });

  it('a system in production asks for owner and administrator; refused for want of a plan, the lifecycle alone is changed', async () => {
    const { r, s } = start(['new', 'system', '--name', 'Elevportalen', '--set', 'businessArea=Utbildning', '--set', 'lifecycle=i drift']);
    await s.answer(/Id \(elevportalen\)/, KEY.enter);
    await s.answer(/Systemägare/, 'eva');
    await s.answer(/Eva Exempelsson \(eva-exempelsson\)/, KEY.enter);
    await s.answer(/Systemförvaltare/, 'per');
    await s.answer(/Per Provlund \(per-provlund\)/, KEY.enter);
    // The plan is offered (new-dependants.test.ts takes it); declined here, so validation refuses.
    await s.answer(/Ingen nu \(valideringen säger nej\)/, `${KEY.up}${KEY.enter}`);
    await s.expect(/Det här skrivs till data\/systems\/elevportalen\.yaml/);
    await s.expect(/system\/management-plan/);
    await s.answer(/Vilket svar vill du ändra\?/, KEY.enter);
    await s.answer(/Livscykel/, `${KEY.up.repeat(2)}${KEY.enter}`);
    await s.expect(/Skapade data\/systems\/elevportalen\.yaml/);
    expect(await s.exited).toBe(0);
    // Only the answer that failed was asked again: the id, owner and administrator were answered once each.
    const answered = (prompt: string) => s.screen.split(`✔ ${prompt}`).length - 1;
    expect(answered('Id')).toBe(1);
    expect(answered('Systemägare')).toBe(1);
    expect(answered('Systemförvaltare')).toBe(1);
    expect(answered('Livscykel')).toBe(1);
    expect(s.screen).not.toContain('Skapade data/plans/');
    const system = parse(r.read('systems/elevportalen.yaml'));
    expect(system).toMatchObject({ name: 'Elevportalen', businessArea: 'Utbildning', owner: 'eva-exempelsson', administrator: 'per-provlund', lifecycle: 'planned' });
    expect(r.run(['validate']).code).toBe(0);
  });

  it('an e-mail address is checked at the prompt', async () => {
    const { r, s } = start(['new', 'person', '--name', 'Nils Nilsson', '--unit', 'utbildning']);
    await s.answer(/E-post/, `nils${KEY.enter}`);
    await s.expect(/är ingen e-postadress/);
    s.type(`@testby.example${KEY.enter}`);
    await s.answer(/Id \(nils-nilsson\)/, KEY.enter);
    await s.expect(/Skapade data\/people\/nils-nilsson\.yaml/);
    expect(await s.exited).toBe(0);
    expect(parse(r.read('people/nils-nilsson.yaml')).email).toBe('nils@testby.example');
  });
});

describe('styr new interrupted', () => {
  it('Ctrl-C in a prompt says that nothing was written', async () => {
    const { r, s } = start(['new', 'person', '--name', 'Nils Nilsson']);
    await s.answer(/E-post/, KEY.ctrlC);
    await s.expect(/Avbrutet; inget skrevs\./);
    expect(await s.exited).toBe(130);
    expect(r.status()).toEqual([]);
  });
});

describe('styr new decision --body', () => {
  it('writes the decision text after the front matter', () => {
    const r = governanceRepo('valid');
    repos.push(r);
    const run = r.run(['new', 'decision', '--title', 'Nytt beslut', '--body', 'Rådet beslutade att köpa nytt.', '--yes']);
    expect(run.code, run.stderr).toBe(0);
    const text = r.read('decisions/2026-12-01-nytt-beslut.md');
    expect(text.endsWith('---\n\nRådet beslutade att köpa nytt.\n')).toBe(true);
    expect(r.run(['new', 'system', '--name', 'X', '--body', 'y', '--yes']).stderr).toContain('--body gäller bara för beslut');
  });
});
