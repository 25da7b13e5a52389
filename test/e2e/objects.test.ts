// The managed object (förvaltningsobjekt) as a record, end to end: a repository
// with objects/ validates; the plans page, the plan's own page and the system
// pages show the object's name, never its id; `styr costs --by object` names the
// objects; a repository from before objects/ gets one located error per
// reference; `styr new object` writes the record.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyFixture, styr, tempDir } from '../helpers/cli.js';

const TODAY = ['--today', '2026-12-01'];
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function fixture(): string {
  const f = copyFixture('valid');
  cleanups.push(f.cleanup);
  return f.dir;
}
function out(): string {
  const t = tempDir('styr-objects-');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('the managed object as a record', () => {
  it('validates a repository with objects/', () => {
    const r = styr(['validate', '--data', fixture(), ...TODAY, '--format', 'json']);
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("shows the object's name, not its id, on the plans page, the plan's page and the system pages, linked to the plan", () => {
    const dir = out();
    expect(styr(['render', 'plans', 'catalog', '--data', fixture(), ...TODAY, '--out', dir]).code).toBe(0);
    const summary = readFileSync(join(dir, 'plans', 'index.md'), 'utf8');
    expect(summary).toMatch(/\| \[Förvaltningsplan Skola 2027\]\(skola-2027\.md\) \| Skolans system \|/);
    const plan = readFileSync(join(dir, 'plans', 'skola-2027.md'), 'utf8');
    expect(plan).toContain('**Förvaltningsobjekt:** Skolans system');
    // The leads come from the object record; the plan names none of its own.
    expect(plan).toMatch(/\*\*Förvaltningsledare:\*\* Per Provlund/);
    for (const system of ['skolsystem', 'katalog']) {
      const page = readFileSync(join(dir, 'catalog', 'systems', `${system}.md`), 'utf8');
      expect(page).toContain('**Förvaltningsobjekt:** [Skolans system](../../plans/skola-2027.md)');
    }
    for (const page of [summary, plan]) expect(page).not.toMatch(/\| skola \||: skola\b/);
  });

  it('names the objects in styr costs --by object --json', () => {
    const r = styr(['costs', '--by', 'object', '--json', '--data', fixture(), ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const rows = (JSON.parse(r.stdout) as { rows: { key: string; name: string }[] }).rows;
    expect(rows.find((row) => row.key === 'skola')).toMatchObject({ name: 'Skolans system', budget: 200000 });
  });

  it('gives a repository from before objects/ one error per managedObject, with file and line', () => {
    const data = fixture();
    rmSync(join(data, 'objects'), { recursive: true });
    const r = styr(['validate', '--data', data, ...TODAY, '--format', 'json']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { problems: { rule: string; file: string; line: number; message: string }[] }).problems
      .filter((d) => d.rule === 'ref/unknown-object')
      .map((d) => [d.file, d.line, d.message]);
    expect(found).toEqual([
      ['plans/skola-2027.yaml', 3, "okänt förvaltningsobjekts-id 'skola' i 'managedObject'"],
      ['systems/katalog.yaml', 4, "okänt förvaltningsobjekts-id 'skola' i 'managedObject'"],
      ['systems/skolsystem.yaml', 5, "okänt förvaltningsobjekts-id 'skola' i 'managedObject'"],
    ]);
    const text = styr(['validate', '--data', data, ...TODAY]);
    expect(text.stdout).toMatch(/plans\/skola-2027\.yaml\n\s+3:16\s+fel\s+okänt förvaltningsobjekts-id 'skola'/);
    expect(text.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('creates a managed object with styr new object', () => {
    const data = fixture();
    const r = styr([
      'new',
      'object',
      '--data',
      data,
      ...TODAY,
      '--name',
      'Socialtjänstens verksamhetssystem',
      '--set',
      'objectOwner=eva-exempelsson',
      '--set',
      'units=utbildning',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(parse(readFileSync(join(data, 'objects', 'socialtjanstens-verksamhetssystem.yaml'), 'utf8'))).toEqual({
      id: 'socialtjanstens-verksamhetssystem',
      name: 'Socialtjänstens verksamhetssystem',
      objectOwner: 'eva-exempelsson',
      units: ['utbildning'],
    });
    expect(styr(['validate', '--data', data, ...TODAY]).code).toBe(0);
  });
});
