// A fixture copied into a real temporary git repository (fixed identity, no
// signing, one commit), and styr run inside it as a user would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { styr } from '../../helpers/cli.js';
import type { Run } from '../../helpers/cli.js';
import { initRepo } from '../../helpers/git-repo.js';
import type { TempRepo } from '../../helpers/git-repo.js';

export interface GovernanceRepo extends TempRepo {
  /** The data folder inside the repository. */
  data: string;
  /** Run styr in the repository with --data and --today set. */
  run(args: string[], options?: { env?: Record<string, string | undefined>; today?: string }): Run;
  read(path: string): string;
  /** `git diff` of the working tree against the last commit (optionally of one path). */
  diff(path?: string): string;
  /** Untracked and modified files, as `git status --porcelain` prints them. */
  status(): string[];
}

export function governanceRepo(fixture = 'valid', options: { today?: string } = {}): GovernanceRepo {
  const repo = initRepo({ fixture, dataFolder: 'data' });
  repo.commit('Fixture');
  const today = options.today ?? '2026-12-01';
  return {
    ...repo,
    data: join(repo.dir, 'data'),
    run: (args, o = {}) => styr([...args, '--data', 'data', '--today', o.today ?? today], { cwd: repo.dir, env: { HOME: repo.dir, GIT_CONFIG_NOSYSTEM: '1', ...o.env } }),
    read: (path) => readFileSync(join(repo.dir, 'data', path), 'utf8'),
    diff: (path) => repo.git('diff', '--no-color', '--', ...(path ? [join('data', path)] : [])),
    status: () => repo.git('status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean),
  };
}

/** Added and removed lines of a unified diff, without the headers. */
export function changedLines(diff: string): { added: string[]; removed: string[] } {
  const added: string[] = [];
  const removed: string[] = [];
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++') || line.startsWith('---')) continue;
    if (line.startsWith('+')) added.push(line.slice(1));
    else if (line.startsWith('-')) removed.push(line.slice(1));
  }
  return { added, removed };
}
