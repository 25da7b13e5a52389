// File names git would quote or split (issue 12, D1): a newline, a tab, quotes,
// non-ASCII letters and glob characters. styr diff and styr log must read each
// file's own contents, never a neighbour's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { styr } from '../helpers/cli.js';
import { initRepo } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

const TODAY = ['--today', '2026-12-01'];
// Each role's file name (its id) and the word that marks its contents.
const ODD = [
  { id: 'ny\nrad', word: 'Radbrytning' },
  { id: 'flik\there', word: 'Tabb' },
  { id: '"citat"', word: 'Citat' },
  { id: 'åäö', word: 'Prickar' },
  { id: '[a]', word: 'Hakparentes' },
  { id: 'a', word: 'Bokstav' },
];

function role(id: string, name: string): string {
  return [
    `id: ${JSON.stringify(id)}`,
    `name: ${name}`,
    'level: operational',
    'side: provider',
    'unit: it-enheten',
    'holders: [karin-testberg]',
    'staffing: filled',
    '',
  ].join('\n');
}

let repo: TempRepo;
const commits: Record<string, string> = {};

beforeAll(() => {
  repo = initRepo({ fixture: 'valid', dataFolder: 'data' });
  repo.write(Object.fromEntries(ODD.map((o) => [`data/roles/${o.id}.yaml`, role(o.id, `${o.word} före`)])));
  commits.start = repo.commit('Start');
  repo.write(Object.fromEntries(ODD.filter((o) => o.id !== 'a').map((o) => [`data/roles/${o.id}.yaml`, role(o.id, `${o.word} efter`)])));
  repo.edit('data/roles/it-chef.yaml', (t) => t.replace('holders: [karin-testberg]', 'holders: [per-provlund]'));
  commits.rename = repo.commit('Nya namn');
  repo.edit('data/roles/a.yaml', (t) => t.replace('Bokstav före', 'Bokstav efter'));
  commits.a = repo.commit('Bara a \u001b]0;titel\u0007\u001b[31mröd');
});
afterAll(() => repo.cleanup());

interface JsonRecord {
  id: string;
  change: string;
  changes: { type: string; path?: string; from?: unknown; to?: unknown }[];
}

describe('styr diff with odd file names', () => {
  it('attributes every file its own contents', () => {
    const r = styr(['diff', commits.start!, commits.rename!, '--data', 'data', '--lang', 'en', '--format', 'json', ...TODAY], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { records: JsonRecord[]; problems: { introduced: unknown[] } };
    const byId = new Map(report.records.map((rec) => [rec.id, rec]));
    for (const o of ODD.filter((x) => x.id !== 'a')) {
      expect(byId.get(o.id), o.id).toMatchObject({
        change: 'changed',
        changes: [{ type: 'field', op: 'changed', path: 'name', from: `${o.word} före`, to: `${o.word} efter` }],
      });
    }
    expect(byId.get('it-chef')?.changes).toEqual([{ type: 'people', field: 'holders', from: ['karin-testberg'], to: ['per-provlund'] }]);
    expect(byId.has('a')).toBe(false);
    // The odd ids break the id format in both revisions alike: nothing is introduced.
    expect(report.problems.introduced).toEqual([]);
  });

  it('writes control characters in names as symbols in text', () => {
    const r = styr(['diff', commits.start!, commits.rename!, '--data', 'data', '--lang', 'en', ...TODAY], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\n  Role ny\u240arad: name Radbrytning före → Radbrytning efter\n');
    expect(r.stdout).toContain('\n  Role flik\u2409here: name Tabb före → Tabb efter\n');
    // eslint-disable-next-line no-control-regex
    expect(r.stdout.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  it('compares the working tree too', () => {
    repo.edit('data/roles/flik\there.yaml', (t) => t.replace('Tabb efter', 'Tabb igen'));
    try {
      const r = styr(['diff', commits.a!, '--data', 'data', '--lang', 'en', '--format', 'json', ...TODAY], { cwd: repo.dir });
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout) as { records: JsonRecord[] };
      expect(report.records).toMatchObject([{ id: 'flik\there', changes: [{ path: 'name', from: 'Tabb efter', to: 'Tabb igen' }] }]);
    } finally {
      repo.git('checkout', '-q', '--', 'data/roles/flik\there.yaml');
    }
  });
});

describe('styr diff problems', () => {
  it('are in the language asked for, schema problems too', () => {
    repo.edit('data/roles/it-chef.yaml', (t) => `${t}farg: blå\n`);
    try {
      const r = styr(['diff', commits.a!, '--data', 'data', '--lang', 'en', ...TODAY], { cwd: repo.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("data/roles/it-chef.yaml:10:1 schema/unknown-field unknown field 'farg'");
    } finally {
      repo.git('checkout', '-q', '--', 'data/roles/it-chef.yaml');
    }
  });
});

describe('styr log with odd file names', () => {
  it('follows a file whose name has non-ASCII letters', () => {
    const r = styr(['log', 'roles/åäö', '--data', 'data', '--lang', 'en', ...TODAY], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Role åäö: name Prickar före → Prickar efter');
  });

  it('writes control characters in a commit subject as symbols', () => {
    const r = styr(['log', 'roles/a', '--data', 'data', '--lang', 'en', ...TODAY], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  Bara a ␛]0;titel␇␛[31mröd\n');
    // eslint-disable-next-line no-control-regex
    expect(r.stdout.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  it('takes a file name with glob characters literally', () => {
    const r = styr(['log', 'roles/[a]', '--data', 'data', '--lang', 'en', '--format', 'json', ...TODAY], { cwd: repo.dir });
    expect(r.code).toBe(0);
    const history = JSON.parse(r.stdout) as { commits: { commit: string; lines: string[] }[] };
    expect(history.commits.map((c) => c.lines)).toEqual([['Role [a]: name Hakparentes före → Hakparentes efter'], ['Role [a] added (Hakparentes före)']]);
  });
});
