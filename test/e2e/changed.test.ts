// styr validate --changed: only the changed files' problems, references still
// resolved against the whole working tree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { styr } from '../helpers/cli.js';
import { initRepo } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo;
const ARGS = ['validate', '--data', 'data', '--today', '2026-12-01', '--format', 'json'];

beforeAll(() => {
  repo = initRepo({ fixture: 'valid', dataFolder: 'data' });
  // A problem that is already there and stays untouched.
  repo.edit('data/people/per-provlund.yaml', (t) => t.replace('unit: utbildning', 'unit: nowhere'));
  repo.commit('Start');
  repo.git('checkout', '-q', '-b', 'change');
  // Committed on the branch: a reference to a record that does not exist.
  repo.edit('data/orders/ORD-261115-A3BC.yaml', (t) => t.replace('orderer: eva-exempelsson', 'orderer: nobody'));
  repo.commit('Ny beställare');
  // Unstaged: a valid change. Untracked: a new record with a problem.
  repo.edit('data/roles/it-chef.yaml', (t) => t.replace('staffing: filled', 'staffing: filled\nfte: 1'));
  repo.write({ 'data/people/ny-person.yaml': 'id: ny-person\nname: Ny Person\nemail: ny@testby.example\nunit: utbildning\nextra: 1\n' });
});
afterAll(() => repo.cleanup());

const problems = (stdout: string) => JSON.parse(stdout) as { diagnostics?: { file: string; rule: string }[] } | { file: string; rule: string }[];

function files(stdout: string): string[] {
  const parsed = problems(stdout);
  const list = Array.isArray(parsed) ? parsed : (parsed.diagnostics ?? []);
  return list.map((d) => `${d.file} ${d.rule}`).sort();
}

describe('styr validate --changed', () => {
  it('reports the whole repository without --changed', () => {
    const r = styr(ARGS, { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('per-provlund');
  });

  it('reports only problems in files changed since the merge base with main (committed, unstaged, untracked)', () => {
    const r = styr([...ARGS, '--changed'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(files(r.stdout).join('\n')).not.toContain('per-provlund');
    expect(r.stdout).toContain("okänt person-id 'nobody'");
    expect(r.stdout).toContain('people/ny-person.yaml');
  });

  it('takes an explicit base: HEAD leaves only the uncommitted changes', () => {
    const r = styr([...ARGS, '--changed', 'HEAD'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("'nobody'");
    expect(r.stdout).toContain('people/ny-person.yaml');
  });

  it('is clean when the changed files are', () => {
    repo.remove('data/people/ny-person.yaml');
    try {
      const r = styr(['validate', '--data', 'data', '--today', '2026-12-01', '--changed', 'HEAD'], { cwd: repo.dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    } finally {
      repo.write({ 'data/people/ny-person.yaml': 'id: ny-person\nname: Ny Person\nemail: ny@testby.example\nunit: utbildning\nextra: 1\n' });
    }
  });

  it('refuses a hostile base with exit 2', () => {
    for (const rev of ['--output=/tmp/x', '-p', 'HEAD;rm -rf /', '$(id)', 'nope']) {
      const r = styr(['validate', '--data', 'data', `--changed=${rev}`], { cwd: repo.dir });
      expect(r.code, rev).toBe(2);
      expect(r.stderr, rev).toMatch(/^styr: /);
    }
  });
});
