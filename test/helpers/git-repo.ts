// Real temporary git repositories for end-to-end tests: a helper that writes a
// file tree, runs git with a fixed identity and no signing, and commits.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir, writeTree } from './cli.js';

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(files: Record<string, string>): void;
  edit(path: string, change: (text: string) => string): void;
  remove(path: string): void;
  commit(message: string, date?: string): string;
  cleanup(): void;
}

const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Karin Testberg',
  GIT_AUTHOR_EMAIL: 'karin@testby.example',
  GIT_COMMITTER_NAME: 'Karin Testberg',
  GIT_COMMITTER_EMAIL: 'karin@testby.example',
};

export function initRepo(options: { fixture?: string; dataFolder?: string } = {}): TempRepo {
  const tmp = tempDir('styr-git-');
  const dir = tmp.dir;
  const run = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, HOME: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
  run('init', '-q', '-b', 'main');
  run('config', 'user.name', 'Karin Testberg');
  run('config', 'user.email', 'karin@testby.example');
  run('config', 'commit.gpgsign', 'false');
  if (options.fixture) cpSync(join(ROOT, 'test', 'fixtures', options.fixture), join(dir, options.dataFolder ?? ''), { recursive: true });
  return {
    dir,
    git: run,
    write: (files) => writeTree(dir, files),
    edit: (path, change) => writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8'))),
    remove: (path) => rmSync(join(dir, path)),
    commit(message, date = '2026-11-20T10:00:00+01:00') {
      run('add', '-A');
      execFileSync('git', ['commit', '-q', '-m', message], {
        cwd: dir,
        env: { ...process.env, ...GIT_ENV, HOME: dir, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
      return run('rev-parse', '--short', 'HEAD').trim();
    },
    cleanup: tmp.cleanup,
  };
}
