// styr init end to end: a repository that validates at once, commits, has
// editor schemas that work offline and CI workflows with the expected steps.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, styr, tempDir } from '../helpers/cli.js';

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
    expect(r.stdout).toMatch(/^Skapade \d+ filer i styrning:\n {2}styr\.yaml och 14 exempelposter\n/);
    expect(r.stdout).toContain('  package.json fastställer styr-cli ');
    // A summary, not a list of every file.
    expect(r.stdout).not.toContain('order.schema.json');
    expect(r.stdout.split('\n').length).toBeLessThan(15);
    expect(r.stdout).toContain('\nSedan:\n  cd styrning\n  npm install');
    for (const path of [
      'styr.yaml',
      'README.md',
      '.gitignore',
      'package.json',
      '.vscode/settings.json',
      '.githooks/pre-commit',
      '.github/workflows/styr.yml',
      '.github/workflows/styr-comment.yml',
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

  it('pins the running styr-cli in package.json and names it in the README', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.devDependencies).toEqual({ 'styr-cli': own.version });
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toContain('npm-paketet `styr-cli`');
  });

  it('has a GitHub workflow that validates and computes the comment read-only, and publishes only the public rendering', () => {
    const workflow = parse(readFileSync(join(repo, '.github/workflows/styr.yml'), 'utf8'));
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(workflow.permissions).toEqual({});
    const review = workflow.jobs.review.steps.map((s: { run?: string; uses?: string }) => s.run ?? s.uses);
    expect(workflow.jobs.review.permissions).toEqual({ contents: 'read' });
    expect(review).toContain('npx --no-install styr validate --format github');
    expect(review.some((s: string) => /styr diff HEAD~1 HEAD --format markdown > styr-comment\/comment\.md/.test(s))).toBe(true);
    const build = workflow.jobs.build.steps.map((s: { run?: string; uses?: string }) => s.run ?? s.uses);
    expect(build).toContain('npx --no-install styr render --audience public --html --out "$RUNNER_TEMP/public"');
    expect(build).toContain('npx --no-install styr render --audience internal --html --out "$RUNNER_TEMP/internal"');
    expect(workflow.jobs.build.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-pages-artifact@')).with.path).toBe('${{ runner.temp }}/public/');
    expect(workflow.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    // The job that can publish runs no command at all.
    expect(workflow.jobs.deploy.steps.every((s: { run?: string }) => s.run === undefined)).toBe(true);
  });

  it('has a GitLab pipeline that diffs against the merge base and publishes only the public rendering', () => {
    const pipeline = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8'), { merge: true });
    expect(pipeline.default.image).toBe('node:24');
    expect(pipeline.validate.script).toContain('npx --no-install styr validate --format junit > styr-junit.xml');
    expect(pipeline.validate.artifacts.reports.junit).toBe('styr-junit.xml');
    const describe = pipeline['describe-change'].script.join('\n');
    expect(describe).toContain('CI_MERGE_REQUEST_DIFF_BASE_SHA');
    expect(describe).toContain('git merge-base FETCH_HEAD HEAD');
    expect(describe).toMatch(/styr diff "\$BASE" HEAD --format markdown > styr-diff\.md/);
    expect(pipeline.pages.script).toContain('npx --no-install styr render --audience public --html --out "$OUT/public"');
    expect(pipeline.pages.script).toContain('mv "$OUT/public" public');
    expect(pipeline.pages.artifacts.paths).toEqual(['public']);
    expect(pipeline['internal-documents'].artifacts).toMatchObject({ access: 'developer', paths: ['internal'] });
    // The bot token only in the job that posts, which installs nothing from the change.
    for (const [name, job] of Object.entries(pipeline) as [string, { script?: string[] }][]) {
      if (!job.script) continue;
      const text = JSON.stringify(job);
      if (name === 'post-comment') expect(text).not.toMatch(/npm|npx/);
      else expect(text, name).not.toContain('STYR_BOT_TOKEN');
    }
  });

  it('has no || echo or other swallowed failure in the workflows and the hook', () => {
    for (const path of ['.github/workflows/styr.yml', '.github/workflows/styr-comment.yml', '.gitlab-ci.yml', '.githooks/pre-commit']) {
      const text = readFileSync(join(repo, path), 'utf8');
      expect(text, path).not.toMatch(/\|\|\s*(echo|true|:)/);
      expect(text, path).not.toContain('continue-on-error');
      expect(text, path).not.toContain('allow_failure');
    }
  });

  it('refuses to overwrite existing files without --force, naming them, and leaves its own files alone', () => {
    writeFileSync(join(repo, 'README.md'), '# Vår egen README\n');
    const r = styr(['init', repo], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^styr: skriver inte över 1 befintlig fil i /);
    expect(r.stderr).toContain('\n  README.md\n');
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toBe('# Vår egen README\n');
    const forced = styr(['init', repo, '--force'], { cwd: tmp.dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/^Skapade 1 fil i .* \(1 överskrivna\):/);
    expect(forced.stdout).toMatch(/\nLämnade \d+ filer orörda \(samma innehåll fanns redan\)\.\n/);
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toContain('Exempelby kommun');
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
