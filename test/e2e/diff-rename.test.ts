// A record whose file is renamed without a change of id or content (roles/x.yaml
// → roles/x.yml) is a rename in styr diff, as it is in styr log (issue 12).
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { styr } from '../helpers/cli.js';
import { initRepo } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

const TODAY = ['--today', '2026-12-01'];
let repo: TempRepo;
const commits: Record<string, string> = {};

beforeAll(() => {
  repo = initRepo({ fixture: 'valid', dataFolder: 'data' });
  commits.start = repo.commit('Start');
  repo.git('mv', 'data/roles/it-chef.yaml', 'data/roles/it-chef.yml');
  commits.moved = repo.commit('yml');
  repo.git('mv', 'data/roles/it-chef.yml', 'data/roles/it-chef.yaml');
  repo.edit('data/roles/it-chef.yaml', (t) => t.replace('holders: [karin-testberg]', 'holders: [per-provlund]'));
  commits.back = repo.commit('yaml igen, ny innehavare');
});
afterAll(() => repo.cleanup());

interface Report {
  summary: Record<string, number>;
  records: { kind: string; id: string; change: string; file: string; previousFile?: string; changes: unknown[]; lines: string[] }[];
  problems: { introduced: unknown[]; fixed: unknown[] };
}

function json(args: string[]): Report {
  const r = styr(['diff', ...args, '--data', 'data', '--lang', 'en', '--format', 'json', ...TODAY], { cwd: repo.dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe('styr diff and a renamed record file', () => {
  it('reports a pure rename (.yaml → .yml) as a rename', () => {
    const report = json([commits.start!, commits.moved!]);
    expect(report.summary).toMatchObject({ added: 0, removed: 0, renamed: 1, changed: 0 });
    expect(report.records).toEqual([
      {
        kind: 'role',
        id: 'it-chef',
        title: 'IT-chef',
        change: 'renamed',
        file: 'roles/it-chef.yml',
        previousFile: 'roles/it-chef.yaml',
        previousId: 'it-chef',
        changes: [],
        lines: ['Role it-chef: file renamed from roles/it-chef.yaml to roles/it-chef.yml'],
      },
    ]);
    expect(report.problems).toEqual({ introduced: [], fixed: [] });
  });

  it('says it in text, in Swedish too', () => {
    const en = styr(['diff', commits.start!, commits.moved!, '--data', 'data', '--lang', 'en', ...TODAY], { cwd: repo.dir });
    expect(en.stdout).toContain('1 record: 0 added, 0 removed, 1 renamed, 0 changed');
    expect(en.stdout).toContain('\nRoles\n  Role it-chef: file renamed from roles/it-chef.yaml to roles/it-chef.yml\n');
    const sv = styr(['diff', commits.start!, commits.moved!, '--data', 'data', '--lang', 'sv', ...TODAY], { cwd: repo.dir });
    expect(sv.stdout).toContain('1 post: 0 tillagda, 0 borttagna, 1 omdöpt, 0 ändrade');
    expect(sv.stdout).toContain('\nRoller\n  Roll it-chef: filen bytte namn från roles/it-chef.yaml till roles/it-chef.yml\n');
  });

  it('reports a rename with a change as both', () => {
    const report = json([commits.moved!, commits.back!]);
    expect(report.records.map((r) => r.lines)).toEqual([
      ['Role it-chef: file renamed from roles/it-chef.yml to roles/it-chef.yaml', 'Role it-chef: holders karin-testberg → per-provlund'],
    ]);
  });

  it('pairs a file moved in the working tree without git mv', () => {
    renameSync(join(repo.dir, 'data/roles/it-chef.yaml'), join(repo.dir, 'data/roles/it-chef.yml'));
    try {
      const report = json([commits.back!]);
      expect(report.summary).toMatchObject({ added: 0, removed: 0, renamed: 1, changed: 0 });
      expect(report.records[0]).toMatchObject({ change: 'renamed', file: 'roles/it-chef.yml', previousFile: 'roles/it-chef.yaml' });
      expect(report.problems).toEqual({ introduced: [], fixed: [] });
    } finally {
      renameSync(join(repo.dir, 'data/roles/it-chef.yml'), join(repo.dir, 'data/roles/it-chef.yaml'));
    }
  });

  it('is a rename in styr log too', () => {
    const r = styr(['log', 'it-chef', '--data', 'data', '--lang', 'en', ...TODAY], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('    renamed from roles/it-chef.yaml\n');
  });
});
