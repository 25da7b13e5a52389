// Ids that are also names on Object.prototype (issue 12 D3): a unit, person, role,
// RACI matrix and activity, system, contract, service and team called `constructor`
// are records like any other, never the prototype's function.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, styr, writeTree } from '../helpers/cli.js';

const FILES: Record<string, string> = {
  'people/constructor.yaml': 'id: constructor\nname: Konstantin Struktör\nemail: constructor@testby.example\nunit: constructor\n',
  'units/constructor.yaml': 'id: constructor\nname: Konstruktionsenheten\nkind: department\nmanager: constructor\norderers: [constructor]\nitContact: constructor\n',
  'roles/constructor.yaml': 'id: constructor\nname: Konstruktör\nlevel: operational\nside: provider\nunit: constructor\nholders: [constructor]\nstaffing: filled\n',
  // Only the first activity of `bestallning` gives the role a letter; `constructor` itself has one activity.
  'raci/constructor.yaml': 'id: constructor\nname: Konstruktion\nactivities:\n  - id: constructor\n    name: Konstruera\n    roles: { it-chef: H, drifttekniker: U }\n',
  'systems/constructor.yaml': [
    'id: constructor',
    'name: Konstruktionssystemet',
    'businessArea: Utbildning',
    'unit: constructor',
    'managedObject: skola',
    'owner: constructor',
    'administrator: constructor',
    'hosting: saas',
    'lifecycle: planned',
    'contracts: [constructor]',
    'integrations:',
    '  - { target: skolsystem, direction: outbound, data: Elever }',
    '',
  ].join('\n'),
  'contracts/constructor.yaml': [
    'id: constructor',
    'number: AVT-2025-009',
    'title: Konstruktionsavtalet',
    'supplier: Exempelleverantören AB',
    'start: 2025-01-01',
    'initialTermMonths: 48',
    'noticeMonths: 6',
    'systems: [constructor]',
    'yearlyCost: 1000',
    'costAllocation:',
    '  - unit: constructor',
    '    share: 100',
    '',
  ].join('\n'),
  'services/constructor.yaml':
    'id: constructor\nname: Konstruktionstjänsten\narea: Verksamhetssystem\ndescription: Konstruerar.\nstatus: active\nowner: constructor\nsystems: [constructor]\n',
};

let dir: string;
let cleanup: () => void;
const run = (args: string[]) => styr([...args, '--data', dir, '--today', '2026-12-01', '--lang', 'en']);

beforeAll(() => {
  ({ dir, cleanup } = copyFixture('valid'));
  writeTree(dir, FILES);
  const raci = join(dir, 'raci', 'bestallning.yaml');
  writeTree(dir, { 'raci/bestallning.yaml': readFileSync(raci, 'utf8').replace('it-chef: I }', 'it-chef: I, constructor: K }') });
  const config = join(dir, 'styr.yaml');
  writeTree(dir, {
    'styr.yaml': readFileSync(config, 'utf8').replace('teams:\n', 'teams:\n  - { id: constructor, name: Konstruktion, capacity: { Q1: 10, Q2: 10, Q3: 10, Q4: 10 } }\n'),
  });
});
afterAll(() => cleanup());

describe('records whose id is an Object.prototype name', () => {
  it('validate finds no problem', () => {
    const r = run(['validate', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).problems).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('raci --role constructor lists the one activity where the role has a letter', () => {
    const r = run(['raci', '--role', 'constructor', '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([
      {
        process: 'bestallning',
        processName: 'Beställning och beredning',
        activity: 'registrera',
        activityName: 'Registrera beställning',
        role: 'constructor',
        letter: 'K',
      },
    ]);
  });

  it('a matrix shows the letters the records give, and an empty cell where a role has none', () => {
    const r = run(['raci', 'bestallning', '--json']);
    expect(r.stderr).toBe('');
    const activities = JSON.parse(r.stdout) as { activity: string; roles: Record<string, string> }[];
    expect(activities.map((a) => [a.activity, Object.hasOwn(a.roles, 'constructor') ? a.roles.constructor : null])).toEqual([
      ['registrera', 'K'],
      ['besluta', null],
    ]);
    const table = run(['raci', 'bestallning']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).not.toMatch(/function|native code/);
    const own = run(['raci', 'constructor']);
    expect(own.code, own.stderr).toBe(0);
    expect(own.stdout).toContain('Konstruera');
  });

  it('roles and systems list the records', () => {
    const roles = run(['roles', '--json']);
    expect(roles.stderr).toBe('');
    expect((JSON.parse(roles.stdout) as { id: string }[]).map((x) => x.id)).toContain('constructor');
    const systems = run(['systems', '--json']);
    expect(systems.stderr).toBe('');
    expect((JSON.parse(systems.stdout) as { id: string }[]).map((x) => x.id)).toContain('constructor');
  });

  it('render writes every document without a trace of Object.prototype', () => {
    const out = join(dir, '..', `${dir.split('/').pop()}-out`);
    const r = run(['render', '--out', out, '--html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.md') || p.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(readFileSync(join(out, page), 'utf8'), page).not.toMatch(/function Object|\[native code\]|\[object Object\]/);
    const matrices = pages.filter((p) => p.endsWith('.md')).map((p) => readFileSync(join(out, p), 'utf8'));
    expect(matrices.some((page) => page.includes('Konstruera'))).toBe(true);
    expect(matrices.some((page) => page.includes('Registrera beställning') && page.includes('Konstruktör'))).toBe(true);
  });
});
