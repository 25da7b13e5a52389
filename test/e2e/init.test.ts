// styr init end to end: a repository that validates at once, commits, has
// editor schemas that work offline and CI workflows with the expected steps.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { styr, tempDir } from '../helpers/cli.js';

let tmp: ReturnType<typeof tempDir>;
let repo: string;

beforeAll(() => {
  tmp = tempDir('styr-init-');
  repo = join(tmp.dir, 'styrning');
});
afterAll(() => tmp.cleanup());

describe('styr init', () => {
  it('scaffolds a repository in an empty folder', () => {
    const r = styr(['init', repo], { cwd: tmp.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Skapade \d+ filer i /);
    for (const path of [
      'styr.yaml',
      'README.md',
      '.gitignore',
      'package.json',
      '.vscode/settings.json',
      '.githooks/pre-commit',
      '.github/workflows/styr.yml',
      '.gitlab-ci.yml',
      '.styr/schemas/order.schema.json',
    ]) {
      expect(existsSync(join(repo, path)), path).toBe(true);
    }
    expect(statSync(join(repo, '.githooks/pre-commit')).mode & 0o111).not.toBe(0);
  });

  it('validates with no problems, today and years from now', () => {
    for (const today of ['2026-12-01', '2030-06-01']) {
      const r = styr(['validate', '--data', repo, '--today', today]);
      expect(r.code, r.stdout).toBe(0);
      expect(r.stdout).toContain('15 filer kontrollerade, inga problem');
    }
  });

  it('renders', () => {
    const r = styr(['render', '--data', repo, '--today', '2026-12-01', '--html', '--out', join(tmp.dir, 'public')]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('has one example record per kind, each pointing at the copied schema', () => {
    const settings = JSON.parse(readFileSync(join(repo, '.vscode/settings.json'), 'utf8'));
    const schemas = settings['yaml.schemas'] as Record<string, string[]>;
    expect(schemas['./.styr/schemas/order.schema.json']).toEqual(['orders/*.yaml', 'orders/*.yml']);
    expect(schemas['./.styr/schemas/config.schema.json']).toEqual(['styr.yaml']);
    for (const schema of Object.keys(schemas)) expect(existsSync(join(repo, schema)), schema).toBe(true);
    const order = readFileSync(join(repo, 'orders/ORD-260115-7KQ2.yaml'), 'utf8');
    expect(order).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.styr\/schemas\/order\.schema\.json$/m);
  });

  it('can be committed with git', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, HOME: repo } });
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.org');
    git('config', 'commit.gpgsign', 'false');
    git('add', '-A');
    git('commit', '-q', '-m', 'IT-styrning som kod');
    expect(git('ls-files')).toContain('.github/workflows/styr.yml');
    // The pre-commit hook's command works in the new repository.
    const r = styr(['validate', '--changed', 'HEAD', '--quiet'], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
  });

  it('has a GitHub workflow that validates and comments on pull requests and publishes Pages', () => {
    const workflow = parse(readFileSync(join(repo, '.github/workflows/styr.yml'), 'utf8'));
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    const review = workflow.jobs.review.steps.map((s: { run?: string; uses?: string }) => s.run ?? s.uses);
    expect(workflow.jobs.review.steps[0].with['fetch-depth']).toBe(0);
    expect(review).toContain('npx styr validate --format github');
    expect(review.some((s: string) => /styr diff .* --format markdown > styr-diff\.md/.test(s))).toBe(true);
    expect(review.some((s: string) => s.startsWith('gh pr comment'))).toBe(true);
    const publish = workflow.jobs.publish.steps.map((s: { run?: string; uses?: string }) => s.run ?? s.uses);
    expect(publish).toContain('npx styr render --html --out public');
    expect(publish).toEqual(expect.arrayContaining(['actions/upload-pages-artifact@v3', 'actions/deploy-pages@v4']));
    expect(workflow.jobs.publish.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('has a GitLab pipeline that validates merge requests and publishes Pages', () => {
    const pipeline = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8'), { merge: true });
    expect(pipeline.validate.script).toContain('npx styr validate --format junit > styr-junit.xml');
    expect(pipeline.validate.artifacts.reports.junit).toBe('styr-junit.xml');
    expect(pipeline['describe-change'].script.join('\n')).toMatch(/styr diff .* --format markdown > styr-diff\.md/);
    expect(pipeline.pages.script).toContain('npx styr render --html --out public');
    expect(pipeline.pages.artifacts.paths).toEqual(['public']);
  });

  it('refuses to overwrite existing files without --force, naming them', () => {
    writeFileSync(join(repo, 'styr.yaml'), 'organisation: Min kommun\nlanguage: sv\nplanningYear: 2027\n');
    const r = styr(['init', repo], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^styr: skriver inte över \d+ befintliga filer i /);
    expect(r.stderr).toContain('\n  styr.yaml\n');
    expect(readFileSync(join(repo, 'styr.yaml'), 'utf8')).toContain('Min kommun');
    const forced = styr(['init', repo, '--force'], { cwd: tmp.dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(repo, 'styr.yaml'), 'utf8')).toContain('Exempelby kommun');
  });

  it('copies the example municipality with --example', () => {
    const dir = join(tmp.dir, 'exempel');
    const r = styr(['init', dir, '--example'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'ORD-260115-7KQ2.yaml'))).toBe(false);
    const v = styr(['validate', '--data', dir, '--today', '2026-12-01', '--quiet']);
    expect(v.code, v.stdout).toBe(0);
  });
});
