// styr set end to end, in a real git repository: one edit on every kind
// (Markdown front matter included), list append and remove, nested paths,
// list items selected by a field, values by their Swedish label, refused
// values and refused edits (nothing written), --dry-run, and files with
// comments, CRLF line endings and odd indentation kept byte for byte.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changedLines, governanceRepo } from './helpers/governance-repo.js';
import type { GovernanceRepo } from './helpers/governance-repo.js';

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

/** Run `styr set`, expect success, and return the lines git sees changed in the file. */
function setOk(r: GovernanceRepo, file: string, args: string[]): { added: string[]; removed: string[] } {
  const run = r.run(['set', ...args]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain(`Ändrade data/${file}`);
  expect(r.status()).toEqual([` M data/${file}`]);
  return changedLines(r.diff(file));
}

describe('styr set on every kind', () => {
  it('unit: sets a reference field', () => {
    const r = repo();
    expect(setOk(r, 'units/utbildning.yaml', ['utbildning', 'itContact=karin-testberg'])).toEqual({
      added: ['itContact: karin-testberg'],
      removed: ['itContact: per-provlund'],
    });
  });

  it('person: sets an e-mail address; a malformed one is refused at once', () => {
    const r = repo();
    const bad = r.run(['set', 'karin-testberg', 'email=karin.testby']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('”karin.testby” är ingen e-postadress');
    expect(r.status()).toEqual([]);
    expect(setOk(r, 'people/karin-testberg.yaml', ['person/karin-testberg', 'email=karin@testby.example'])).toEqual({
      added: ['email: karin@testby.example'],
      removed: ['email: karin-testberg@testby.example'],
    });
  });

  it('role: appends a holder to a list (+=) and removes one (-=)', () => {
    const r = repo();
    expect(setOk(r, 'roles/it-chef.yaml', ['it-chef', 'holders+=per-provlund'])).toEqual({
      added: ['holders: [karin-testberg, per-provlund]'],
      removed: ['holders: [karin-testberg]'],
    });
    const removed = r.run(['set', 'it-chef', 'holders-=karin-testberg']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(parse(r.read('roles/it-chef.yaml')).holders).toEqual(['per-provlund']);
  });

  it('raci: sets a letter in an activity selected by its id', () => {
    const r = repo();
    expect(setOk(r, 'raci/bestallning.yaml', ['bestallning', 'activities[id=registrera].roles.it-chef=K'])).toEqual({
      added: ['    roles: { bestallare: H, drifttekniker: U, it-chef: K }'],
      removed: ['    roles: { bestallare: H, drifttekniker: U, it-chef: I }'],
    });
  });

  it('system: a nested path with a Swedish enum label, and a list item selected by a field', () => {
    const r = repo();
    const lines = setOk(r, 'systems/skolsystem.yaml', ['skolsystem', 'classification.availability=allvarlig', 'integrations[target=katalog].protocol=SFTP']);
    expect(lines).toEqual({
      added: ['classification: { confidentiality: serious, integrity: significant, availability: serious, assessed: 2026-03-01 }', '    protocol: SFTP'],
      removed: ['classification: { confidentiality: serious, integrity: significant, availability: significant, assessed: 2026-03-01 }', '    protocol: REST'],
    });
  });

  it('order: creates a missing nested mapping', () => {
    const r = repo();
    const lines = setOk(r, 'orders/ORD-261115-A3BC.yaml', ['ORD-261115-A3BC', 'estimates.benefit=4', 'estimates.effortDays=12,5']);
    expect(lines).toEqual({ added: ['estimates:', '  benefit: 4', '  effortDays: 12.5'], removed: [] });
  });

  it('service: a number in a list item', () => {
    const r = repo();
    expect(setOk(r, 'services/skolstod.yaml', ['skolstod', 'kpis[id=tillganglighet].target=99.9'])).toEqual({
      added: ['    target: 99.9'],
      removed: ['    target: 99.5'],
    });
  });

  it('plan: a nested number', () => {
    const r = repo();
    expect(setOk(r, 'plans/skola-2027.yaml', ['skola-2027', 'continuity.recoveryTimeHours=6'])).toEqual({
      added: ['  recoveryTimeHours: 6'],
      removed: ['  recoveryTimeHours: 8'],
    });
  });

  it('order: a team from styr.yaml, the order named by a partial id is suggested', () => {
    const r = repo();
    const partial = r.run(['set', 'ORD-2611', 'team=drift']);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain('ORD-261115-A3BC');
    expect(setOk(r, 'orders/ORD-261115-A3BC.yaml', ['ORD-261115-A3BC', 'team=drift'])).toEqual({ added: ['team: drift'], removed: [] });
  });

  it('decision: edits the Markdown front matter and keeps the body', () => {
    const r = repo();
    const before = r.read('decisions/2026-11-12-bit-november.md');
    expect(setOk(r, 'decisions/2026-11-12-bit-november.md', ['2026-11-12-bit-november', 'deciders+=olof-pahittson'])).toEqual({
      added: ['deciders: [karin-testberg, olof-pahittson]'],
      removed: ['deciders: [karin-testberg]'],
    });
    const after = r.read('decisions/2026-11-12-bit-november.md');
    expect(after.slice(after.lastIndexOf('---'))).toBe(before.slice(before.lastIndexOf('---')));
  });

  it('contract: a whole number', () => {
    const r = repo();
    expect(setOk(r, 'contracts/avtal-skola.yaml', ['avtal-skola', 'noticeMonths=9'])).toEqual({ added: ['noticeMonths: 9'], removed: ['noticeMonths: 6'] });
  });

  it('direction: a goal selected by its id', () => {
    const r = repo();
    expect(setOk(r, 'strategy/inriktning-2026-2028.yaml', ['inriktning-2026-2028', 'goals[id=M1].title=Säker digital vardag'])).toEqual({
      added: ['  - { id: M1, title: Säker digital vardag }'],
      removed: ['  - { id: M1, title: Säker och enkel digital vardag }'],
    });
  });

  it('maturity: a number in an area', () => {
    const r = repo();
    expect(setOk(r, 'maturity/mognad-2026.yaml', ['mognad-2026', 'areas[id=styrning].current=40'])).toEqual({
      added: ['  - { id: styrning, name: IT-styrning, current: 40, target: 70, actions: [Inför beslutsråd] }'],
      removed: ['  - { id: styrning, name: IT-styrning, current: 30, target: 70, actions: [Inför beslutsråd] }'],
    });
  });
});

describe('styr set refuses', () => {
  it('an edit that would add an error to the repository: exit 1, nothing written', () => {
    const r = repo();
    // The deputy may not also hold the role.
    const run = r.run(['set', 'it-chef', 'holders+=olof-pahittson']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('skriver inte data/roles/it-chef.yaml');
    expect(run.stderr).toContain('role/staffing');
    expect(r.status()).toEqual([]);
  });

  it('an enum value outside the schema, with the allowed values and a did-you-mean: exit 2', () => {
    const r = repo();
    const run = r.run(['set', 'skolsystem', 'lifecycle=productoin']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('”productoin” är inte ett tillåtet värde; tillåtna: planned (planerat), introduction (införande), production (i drift)');
    expect(run.stderr).toContain('menade du ”production”');
    expect(r.status()).toEqual([]);
  });

  it('a field the kind does not have, with a did-you-mean', () => {
    const r = repo();
    const run = r.run(['set', 'skolsystem', 'ownr=karin-testberg']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('fältet ”ownr” finns inte här');
    expect(run.stderr).toContain('menade du ”owner”');
  });

  it('a reference to a person that does not exist, suggesting the people who match', () => {
    const r = repo();
    const run = r.run(['set', 'skolsystem', 'owner=karin']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('person ”karin” finns inte – menade du ”karin-testberg”?');
  });

  it('a list item that does not exist', () => {
    const r = repo();
    const run = r.run(['set', 'skolsystem', 'integrations[target=ekonomi].protocol=SFTP']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('integrations[target=ekonomi]: ingen post i listan har target = ekonomi');
    expect(r.status()).toEqual([]);
  });
});

describe('styr set --dry-run', () => {
  it('prints the diff and writes nothing', () => {
    const r = repo();
    const run = r.run(['set', 'skolsystem', 'lifecycle=under avveckling', '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('--- a/data/systems/skolsystem.yaml\n+++ b/data/systems/skolsystem.yaml\n');
    expect(run.stdout).toContain('-lifecycle: production\n+lifecycle: phase-out\n');
    expect(run.stdout).toContain('(provkörning: inget skrevs)');
    expect(r.status()).toEqual([]);
  });

  it('says when the edit would be refused (exit 1)', () => {
    const r = repo();
    const run = r.run(['set', 'it-chef', 'holders+=olof-pahittson', '--dry-run']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('+holders: [karin-testberg, olof-pahittson]');
    expect(run.stderr).toContain('role/staffing');
    expect(r.status()).toEqual([]);
  });
});

describe('styr set keeps the rest of the file byte for byte', () => {
  const SYSTEM = [
    '# Skolans system — kommentaren överst',
    'id: skolsystem',
    'name:   "Skolsystemet"   # namnet som eleverna ser',
    'businessArea: Utbildning',
    'unit: utbildning',
    'managedObject: skola',
    'owner: eva-exempelsson',
    'administrator: per-provlund',
    'hosting: saas',
    'lifecycle: production',
    'contracts:',
    '      - avtal-skola    # udda indrag',
    '',
    '# KLASSA',
    'classification:',
    '     confidentiality: serious',
    '     integrity: significant',
    '     availability: significant',
    '     assessed: 2026-03-01',
    'integrations:',
    '   - target: katalog   # katalogen',
    '     direction: outbound',
    '     protocol: REST',
    '     data: Elever och klasser',
    '',
  ];

  it('with comments, CRLF line endings and odd indentation', () => {
    const r = repo();
    writeFileSync(join(r.data, 'systems/skolsystem.yaml'), SYSTEM.join('\r\n'));
    r.commit('CRLF');
    const run = r.run(['set', 'skolsystem', 'classification.availability=serious', 'integrations[target=katalog].protocol=SFTP', 'technicalContact=karin-testberg']);
    expect(run.code, run.stderr).toBe(0);
    const expected = [...SYSTEM];
    expected[17] = '     availability: serious';
    expected[22] = '     protocol: SFTP';
    expected.splice(expected.length - 1, 0, 'technicalContact: karin-testberg');
    expect(r.read('systems/skolsystem.yaml')).toBe(expected.join('\r\n'));
  });
});
