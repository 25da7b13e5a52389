// styr new end to end: with flags, without a terminal, and interactively
// through a pseudo terminal (util-linux `script`), including Ctrl-C.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { governanceRepo } from './helpers/governance-repo.js';
import type { GovernanceRepo } from './helpers/governance-repo.js';
import { KEY, PtySession } from './helpers/pty.js';

let repos: GovernanceRepo[] = [];
let sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions) s.kill();
  for (const r of repos) r.cleanup();
  repos = [];
  sessions = [];
});
function repo(): GovernanceRepo {
  const r = governanceRepo('valid');
  repos.push(r);
  return r;
}
function orderFiles(r: GovernanceRepo): string[] {
  return readdirSync(join(r.data, 'orders')).sort();
}

const FLAGS = [
  '--title',
  'Ny skolplattform',
  '--description',
  'Lärarna behöver en gemensam plattform.',
  '--unit',
  'utbildning',
  '--orderer',
  'eva-exempelsson',
  '--type',
  'project',
];

describe('styr new order with flags', () => {
  it('creates a valid order with a generated id and the schema comment, and prints its path', () => {
    const r = repo();
    const c = r.run([
      'new',
      'order',
      ...FLAGS,
      '--system',
      'skolsystem',
      '--system',
      'katalog',
      '--team',
      'drift',
      '--goal',
      'M1',
      '--wanted-by',
      '2027-08-01',
      '--benefit',
      '4',
      '--size',
      'L',
      '--legal',
    ]);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    expect(c.stdout).toMatch(/^data\/orders\/ORD-261201-[0-9A-HJKMNP-TV-Z]{4}\.yaml\n$/);
    const path = c.stdout.trim().slice('data/'.length);
    const text = r.read(path);
    const schema = relative(join(r.data, 'orders'), join(ROOT, 'schemas', 'order.schema.json'));
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schema}`);
    expect(existsSync(join(r.data, 'orders', schema))).toBe(true);
    const id = path.slice('orders/'.length, -'.yaml'.length);
    expect(parse(text)).toEqual({
      id,
      title: 'Ny skolplattform',
      description: 'Lärarna behöver en gemensam plattform.',
      orderer: 'eva-exempelsson',
      unit: 'utbildning',
      type: 'project',
      systems: ['skolsystem', 'katalog'],
      team: 'drift',
      wantedBy: '2027-08-01',
      goal: 'M1',
      legalRequirement: true,
      estimates: { benefit: 4, size: 'L' },
      status: 'received',
      created: '2026-12-01',
    });
    expect(text).toContain('systems: [skolsystem, katalog]\n');
    const v = r.run(['validate']);
    expect(v.code, v.stdout).toBe(0);
    expect(v.stdout).toContain('inga problem');
  });

  it('without a terminal and without flags: exit 2, names every missing flag, writes nothing', () => {
    const r = repo();
    const before = orderFiles(r);
    const c = r.run(['new', 'order']);
    expect(c.code).toBe(2);
    expect(c.stdout).toBe('');
    expect(c.stderr).toBe(
      'styr: obligatoriska värden saknas (beställning): --title, --description, --orderer, --unit, --type (eller kör styr new i en terminal för att bli tillfrågad); inget skrevs\n',
    );
    expect(orderFiles(r)).toEqual(before);
    expect(r.status()).toEqual([]);
  });

  it('names only what is missing, and rejects bad values with a suggestion', () => {
    const r = repo();
    const some = r.run(['new', 'order', '--title', 'X', '--type', 'ändring']);
    expect(some.code).toBe(2);
    expect(some.stderr).toContain('obligatoriska värden saknas (beställning): --description, --orderer, --unit');
    const bad = r.run(['new', 'order', ...FLAGS.slice(0, -2), '--type', 'projekt', '--unit', 'utbilning']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--unit: enhet ”utbilning” finns inte – menade du ”utbildning”?');
    const date = r.run(['new', 'order', ...FLAGS, '--wanted-by', '2027-02-30']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--wanted-by: ”2027-02-30” är inte ett datum på formen ÅÅÅÅ-MM-DD');
    const rating = r.run(['new', 'order', ...FLAGS, '--benefit', '7']);
    expect(rating.code).toBe(2);
    expect(rating.stderr).toContain('--benefit: 7 ligger utanför 1–5');
    expect(r.status()).toEqual([]);
  });

  it('refuses a new record that would not validate, and writes nothing', () => {
    const r = repo();
    // A department without authorised orderers breaks a rule.
    const c = r.run(['new', 'unit', '--name', 'Kulturförvaltningen', '--set', 'kind=department']);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('skriver inte data/units/kulturforvaltningen.yaml: ändringen skulle ge 1 fel; inget skrevs');
    expect(c.stderr).toContain('unit/authorised-orderer');
    expect(r.status()).toEqual([]);
  });

  it('creates records of other kinds, deriving the id from the name', () => {
    const r = repo();
    const unit = r.run([
      'new',
      'unit',
      '--name',
      'Socialförvaltningen',
      '--set',
      'kind=department',
      '--set',
      'manager=eva-exempelsson',
      '--orderer',
      'eva-exempelsson',
      '--set',
      'itContact=per-provlund',
    ]);
    expect(unit.code, unit.stderr).toBe(0);
    expect(unit.stdout).toBe('data/units/socialforvaltningen.yaml\n');
    const person = r.run(['new', 'person', '--name', 'Åsa Öberg', '--set', 'email=asa.oberg@testby.example', '--unit', 'socialforvaltningen']);
    expect(person.code, person.stderr).toBe(0);
    expect(person.stdout).toBe('data/people/asa-oberg.yaml\n');
    const again = r.run(['new', 'person', '--name', 'Åsa Öberg', '--set', 'email=a@testby.example']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('id:t ”asa-oberg” används redan (people/asa-oberg.yaml)');
    const direction = r.run(['new', 'direction', '--title', 'IT-inriktning 2029–2031', '--set', 'type=direction']);
    expect(direction.code).toBe(2);
    expect(direction.stderr).toContain('obligatoriska värden saknas (inriktning/plan): --set period=…, --set goals=…');
    expect(r.run(['validate']).code).toBe(0);
  });

  it('says which flags do not apply to a kind', () => {
    const r = repo();
    const c = r.run(['new', 'person', '--name', 'A B', '--benefit', '3']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('--benefit gäller bara för beställningar');
    const k = r.run(['new', 'ordr']);
    expect(k.code).toBe(2);
    expect(k.stderr).toContain('okänd sorts post ”ordr” – menade du ”order”?');
  });
});

describe('styr new order on a terminal', () => {
  it('asks for each field with choices from the repository, checks answers as they are given, and creates the order', async () => {
    const r = repo();
    const s = new PtySession(['new', 'order', '--data', 'data', '--today', '2026-12-01'], { cwd: r.dir, env: { HOME: r.dir } });
    sessions.push(s);
    await s.answer(/Rubrik/, `Nytt elevkonto${KEY.enter}`);
    await s.answer(/Behov/, `Konton ska skapas automatiskt${KEY.enter}`);
    await s.answer(/Enhet \(skriv för att söka\)/, 'utbild');
    await s.answer(/Utbildningsförvaltningen \(utbildning\)/, KEY.enter);
    // The unit's authorised orderer is offered first.
    await s.answer(/Beställare[^\n]*\n[^\n]*Eva Exempelsson \(eva-exempelsson\)/, KEY.enter);
    await s.answer(/Typ/, `${KEY.down}${KEY.enter}`);
    await s.answer(/Kategori/, KEY.enter);
    await s.answer(/Berörda system/, `${KEY.space}${KEY.enter}`);
    await s.answer(/Inriktningsmål/, 'M1');
    await s.answer(/❯ M1 Säker och enkel digital vardag/, KEY.enter);
    // A wrong date is refused on the spot; the answer can be corrected.
    await s.answer(/Önskat datum/, `2027-13-01${KEY.enter}`);
    await s.answer(/2027-13-01 är inget riktigt datum\./, `${KEY.backspace.repeat(10)}2027-06-30${KEY.enter}`);
    await s.answer(/Lagkrav/, KEY.enter);
    // Yes/no questions answer in Swedish: the default "no" echoes as Nej.
    await s.expect(/Lagkrav[^\n]*Nej/);
    await s.answer(/Skapa data\/orders\/ORD-261201-[0-9A-Z]{4}\.yaml\?/, KEY.enter);
    await s.expect(/Skapade data\/orders\/ORD-261201-[0-9A-Z]{4}\.yaml/);
    expect(await s.exited).toBe(0);
    const created = orderFiles(r).filter((f) => f.startsWith('ORD-261201-'));
    expect(created).toHaveLength(1);
    const order = parse(r.read(`orders/${created[0]}`));
    expect(order).toMatchObject({
      title: 'Nytt elevkonto',
      description: 'Konton ska skapas automatiskt',
      unit: 'utbildning',
      orderer: 'eva-exempelsson',
      type: 'change',
      systems: ['katalog'],
      goal: 'M1',
      wantedBy: '2027-06-30',
      status: 'received',
      created: '2026-12-01',
    });
    expect(order).not.toHaveProperty('category');
    expect(order).not.toHaveProperty('legalRequirement');
    expect(r.run(['validate']).code).toBe(0);
  });

  it('asks only for what the flags leave out', async () => {
    const r = repo();
    const s = new PtySession(['new', 'order', '--data', 'data', '--today', '2026-12-01', '--title', 'Från flaggor', '--unit', 'utbildning', '--type', 'change'], {
      cwd: r.dir,
      env: { HOME: r.dir },
    });
    sessions.push(s);
    await s.answer(/Behov/, `Beskrivet i terminalen${KEY.enter}`);
    await s.answer(/Beställare/, KEY.enter);
    await s.expect(/Skapade data\/orders\/ORD-261201-/);
    expect(await s.exited).toBe(0);
    expect(s.screen).not.toMatch(/Rubrik|Kategori|Skapa data/);
  });

  it('offers only the unit’s authorised orderers as orderer', async () => {
    const r = repo();
    // Two authorised orderers, so that the list is a real choice; Per Provlund works there but may not order.
    r.edit('data/units/utbildning.yaml', (t) => t.replace('orderers: [eva-exempelsson]', 'orderers: [eva-exempelsson, karin-testberg]'));
    r.commit('two orderers');
    const s = new PtySession(['new', 'order', '--data', 'data', '--today', '2026-12-01', '--title', 'Val av beställare', '--unit', 'utbildning', '--type', 'change'], {
      cwd: r.dir,
      env: { HOME: r.dir },
    });
    sessions.push(s);
    await s.answer(/Behov/, `Beskrivet i terminalen${KEY.enter}`);
    await s.answer(/Beställare[^\n]*\n[^\n]*Eva Exempelsson \(eva-exempelsson\)[^\n]*\n[^\n]*Karin Testberg \(karin-testberg\)/, `${KEY.down}${KEY.enter}`);
    expect(s.screen).not.toMatch(/Per Provlund|Olof Påhittson/);
    await s.expect(/Skapade data\/orders\/ORD-261201-/);
    expect(await s.exited).toBe(0);
    const created = orderFiles(r).find((f) => f.startsWith('ORD-261201-'))!;
    expect(parse(r.read(`orders/${created}`)).orderer).toBe('karin-testberg');
  });

  it('Ctrl-C during a prompt exits 130 and writes nothing', async () => {
    const r = repo();
    const before = orderFiles(r);
    const s = new PtySession(['new', 'order', '--data', 'data', '--today', '2026-12-01'], { cwd: r.dir, env: { HOME: r.dir } });
    sessions.push(s);
    await s.answer(/Rubrik/, `Halvfärdig${KEY.enter}`);
    await s.answer(/Behov/, KEY.ctrlC);
    expect(await s.exited).toBe(130);
    expect(orderFiles(r)).toEqual(before);
    expect(r.status()).toEqual([]);
  });
});
