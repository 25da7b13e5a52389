// "Changed since BASE": the default base is the merge base of HEAD with the
// default branch, as a pull request sees it.
import { GitFailure } from './repository.js';
import type { ChangedFile, GitRepository } from './repository.js';

export interface ResolvedBase {
  /** What to show: the argument, or the default branch it came from. */
  rev: string;
  commit: string;
}

/**
 * The commit to compare against. An explicit BASE is used as given when
 * `mergeWithHead` is false (styr diff A B); otherwise the merge base of BASE
 * and `head` (default HEAD) — the files a pull request from here would change.
 */
export async function resolveBase(repo: GitRepository, base: string | undefined, head: string | undefined, mergeWithHead: boolean): Promise<ResolvedBase> {
  const headCommit = head ?? (await repo.headCommit());
  if (base === undefined) {
    const branch = await repo.defaultBranch();
    if (!branch) {
      throw new GitFailure({ id: 'diff.git.noDefaultBranch' }, 'usage');
    }
    if (!headCommit) throw new GitFailure({ id: 'diff.git.noCommits' }, 'usage');
    const branchCommit = await repo.resolveCommit(branch, 'defaultBranch');
    return { rev: branch, commit: await repo.mergeBase(branchCommit, headCommit) };
  }
  const commit = await repo.resolveCommit(base, 'base');
  if (!mergeWithHead || !headCommit) return { rev: base, commit };
  return { rev: base, commit: await repo.mergeBase(commit, headCommit) };
}

/** Changed files under the data folder as data-relative paths (others dropped). */
export function toDataChanges(repo: GitRepository, changes: readonly ChangedFile[]): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (const change of changes) {
    const path = repo.toDataPath(change.path);
    const previous = change.previousPath === undefined ? undefined : repo.toDataPath(change.previousPath);
    if (path === undefined && previous === undefined) continue;
    if (path === undefined) {
      out.push({ status: 'deleted', path: previous! });
      continue;
    }
    if (change.previousPath !== undefined && previous === undefined) {
      out.push({ status: 'added', path });
      continue;
    }
    const mapped: ChangedFile = { status: change.status, path };
    if (previous !== undefined) mapped.previousPath = previous;
    out.push(mapped);
  }
  return out;
}
