// The files `styr validate --changed [BASE]` reports on: committed since the
// merge base with BASE, staged, unstaged and untracked, under the data folder.
import { resolveBase, toDataChanges } from '../../git/changes.js';
import { GitRepository } from '../../git/repository.js';
import type { CliContext } from '../context.js';
import { configLanguage, listDataFolder } from './diff-load.js';
import { withGit } from './diff-load.js';

export async function changedDataFiles(context: CliContext, base: string | boolean): Promise<Set<string>> {
  return withGit(context.lang ?? configLanguage(context.dataDir), async () => {
    const repo = await GitRepository.open(context.dataDir);
    const head = await repo.headCommit();
    // Before the first commit every file is new.
    if (!head) return new Set(listDataFolder(context.dataDir));
    const resolved = await resolveBase(repo, typeof base === 'string' ? base : undefined, head, true);
    const changes = toDataChanges(repo, await repo.changedFiles(resolved.commit));
    return new Set(changes.filter((c) => c.status !== 'deleted').map((c) => c.path));
  });
}
