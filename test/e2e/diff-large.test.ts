// A file over the 1 MiB record limit in git (issue 12, D18): styr diff gives
// the diagnostic styr validate gives on disk and never reads the blob, so its
// memory does not grow with the file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { styr, tempDir } from '../helpers/cli.js';
import { initRepo } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

const TODAY = ['--today', '2026-12-01'];
const LIMIT = 1024 * 1024;

/** A role file of exactly `bytes` bytes: valid YAML, one long description. */
function bigRole(bytes: number): string {
  const head = 'id: stor\nname: Stor\ndescription: ';
  return `${head}${'x'.repeat(bytes - head.length - 1)}\n`;
}

interface Problem {
  rule: string;
  file: string;
  message: string;
}

let repo: TempRepo;
const commits: Record<string, string> = {};
const preload = tempDir('styr-rss-');

beforeAll(() => {
  repo = initRepo({ fixture: 'valid', dataFolder: 'data' });
  commits.start = repo.commit('Start');
  repo.write({ 'data/roles/stor.yaml': bigRole(LIMIT + 1) });
  commits.over = repo.commit('Just over the limit');
  repo.write({ 'data/roles/stor.yaml': bigRole(2 * LIMIT) });
  commits.small = repo.commit('2 MiB');
  repo.write({ 'data/roles/stor.yaml': bigRole(64 * LIMIT) });
  commits.big = repo.commit('64 MiB');
  writeFileSync(join(preload.dir, 'rss.mjs'), "process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\\n`));\n");
});
afterAll(() => {
  repo.cleanup();
  preload.cleanup();
});

describe('styr diff and a record file over the limit', () => {
  it('reports the file as too large, as styr validate does on disk', () => {
    const r = styr(['diff', commits.start!, commits.over!, '--data', 'data', '--lang', 'en', '--format', 'json', ...TODAY], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const introduced = (JSON.parse(r.stdout) as { problems: { introduced: Problem[] } }).problems.introduced;
    const tooLarge = introduced.filter((p) => p.rule === 'parse/too-large');
    expect(tooLarge).toMatchObject([{ file: 'roles/stor.yaml', message: 'file is 1,048,577 bytes; records may be at most 1,048,576 bytes (1 MiB)' }]);

    repo.git('checkout', '-q', commits.over!);
    try {
      const onDisk = styr(['validate', '--data', 'data', '--lang', 'en', '--format', 'json', ...TODAY], { cwd: repo.dir });
      const diagnostics = (JSON.parse(onDisk.stdout) as { problems: Problem[] }).problems;
      const same = diagnostics.filter((d) => d.rule === 'parse/too-large').map(({ rule, file, message }) => ({ rule, file, message }));
      expect(same).toEqual(tooLarge.map(({ rule, file, message }) => ({ rule, file, message })));
    } finally {
      repo.git('checkout', '-q', 'main');
    }
  });

  it('reports it in the working tree too', () => {
    repo.git('checkout', '-q', commits.over!, '--', 'data/roles/stor.yaml');
    try {
      const r = styr(['diff', commits.start!, '--data', 'data', '--lang', 'en', ...TODAY], { cwd: repo.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('\n  error data/roles/stor.yaml:1:1 parse/too-large file is 1,048,577 bytes;');
    } finally {
      repo.git('reset', '-q', '--hard');
    }
  });

  it('does not hold the blob in memory', () => {
    const maxRss = (rev: string) => {
      const r = styr(['diff', commits.start!, rev, '--data', 'data', '--lang', 'en', ...TODAY], {
        cwd: repo.dir,
        env: { NODE_OPTIONS: `--import=${join(preload.dir, 'rss.mjs')}` },
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('parse/too-large');
      return Number(/maxRSS (\d+)/.exec(r.stderr)?.[1]) * 1024;
    };
    const small = maxRss(commits.small!);
    const big = maxRss(commits.big!);
    // Reading the 64 MiB blob would cost at least that much more than the 2 MiB one.
    expect(big - small).toBeLessThan(24 * LIMIT);
  });
});
