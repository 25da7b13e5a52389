// Who is making a change: git's user.name, else the operating system's user.
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';

export function currentActor(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  try {
    const name = execFileSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    if (name !== '') return name;
  } catch {
    // not a git repository, git missing, or no user.name
  }
  try {
    const name = userInfo().username;
    if (name) return name;
  } catch {
    // no passwd entry
  }
  return env.USER ?? env.USERNAME ?? 'unknown';
}
