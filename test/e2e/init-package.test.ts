// The whole way a municipality would go: npm pack this project, `styr init
// --styr-spec file:<tarball>`, npm install (from the npm registry), validate,
// render, commit through the pre-commit hook, and then every `run:` step of the
// generated GitHub workflows and every `script:` line of the GitLab pipeline, in
// order, in that repository. Skipped, by rule, and listed: steps that post or
// publish (they talk to the platform's API: GITHUB_API_URL, CI_API_V4_URL, a
// token) and actions (`uses:`), which the test stands in for (checkout is the git
// state, setup-node the running Node). An install command identical to one already
// run on the same package-lock.json is run once (npm ci reinstalls ~270 MB).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, tempDir } from '../helpers/cli.js';

const INSTALL_TIMEOUT = 600_000;
const STEP_TIMEOUT = 300_000;

const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Karin Testberg',
  GIT_AUTHOR_EMAIL: 'karin@testby.example',
  GIT_COMMITTER_NAME: 'Karin Testberg',
  GIT_COMMITTER_EMAIL: 'karin@testby.example',
};

let tmp: ReturnType<typeof tempDir>;
let repo: string;
let tarball: string;
let packedFiles: string[];
let installSeconds = 0;
let firstValidate: { code: number; stdout: string };
const installed = new Set<string>();
const skipped: string[] = [];
let hasAudience = false;
let runnerTemp: string;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...GIT_ENV,
    HOME: process.env.HOME ?? tmp.dir,
    NO_COLOR: '1',
    CI: 'true',
    // The registry's answers are in the cache after the first install.
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
    ...extra,
  };
  delete env.FORCE_COLOR;
  delete env.STYR_TODAY;
  return env;
}

function sh(script: string, env: Record<string, string> = {}, cwd = repo): Result {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env: baseEnv(env),
    encoding: 'utf8',
    timeout: STEP_TIMEOUT,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
}

function lockHash(): string {
  return createHash('sha256')
    .update(readFileSync(join(repo, 'package-lock.json')))
    .digest('hex');
}

/** The lines of a step that the rules keep: an install already run on this lockfile, and --audience without the flag, are left out (and listed). */
function kept(where: string, lines: string[]): string[] {
  return lines.filter((line) => {
    const command = line.trim();
    if (/^npm (ci|install)\b/.test(command)) {
      const key = `${command} ${lockHash()}`;
      if (installed.has(key)) {
        skipped.push(`${where}: ${command} (already run on this package-lock.json)`);
        return false;
      }
      installed.add(key);
    }
    return true;
  });
}

/** Without --audience in this styr (it is being added), a render runs without it: every document. */
function withoutAudience(where: string, line: string): string {
  if (hasAudience || !line.includes('--audience')) return line;
  skipped.push(`${where}: ${line.trim()} (run without --audience: this styr has no --audience yet)`);
  return line.replace(/ --audience (public|internal)/g, '');
}

/** Lines run in one shell, as the runner does; a failing line fails the step. */
function runLines(where: string, lines: string[], env: Record<string, string>): void {
  const script = kept(where, lines).map((line) => withoutAudience(where, line));
  if (script.length === 0) return;
  const r = sh(script.join('\n'), env);
  if (r.code !== 0) throw new Error(`${where} failed (${r.code}):\n${script.join('\n')}\n${r.stdout}\n${r.stderr}`);
}

/** Steps that post or publish: they reach the platform's API with a token. */
function posts(text: string): boolean {
  return /GITHUB_API_URL|CI_API_V4_URL|github\.token|secrets\.|STYR_BOT_TOKEN/.test(text);
}

type Step = { name?: string; run?: string; uses?: string; env?: Record<string, string>; if?: string };
type Job = { if?: string; steps: Step[] };

/** Every `run:` step of the jobs that `event` starts, in order. */
function runGitHubWorkflow(file: string, event: 'pull_request' | 'push' | 'workflow_run'): string[] {
  const workflow = parse(readFileSync(join(repo, file), 'utf8')) as { jobs: Record<string, Job> };
  const ran: string[] = [];
  for (const [id, job] of Object.entries(workflow.jobs)) {
    const when = job.if ?? '';
    const starts =
      event === 'workflow_run'
        ? when.includes("workflow_run.event == 'pull_request'")
        : event === 'pull_request'
          ? when.includes("github.event_name == 'pull_request'")
          : !when.includes("github.event_name == 'pull_request'");
    if (!starts) continue;
    for (const [i, step] of job.steps.entries()) {
      const where = `${file} ${id} step ${i + 1} (${step.name ?? step.uses ?? 'run'})`;
      if (step.run === undefined) continue;
      if (posts(JSON.stringify(step))) {
        skipped.push(`${where}: posts`);
        continue;
      }
      expect(JSON.stringify(step.env ?? {}), where).not.toContain('${{');
      runLines(where, [step.run], { GITHUB_ACTIONS: 'true', RUNNER_TEMP: runnerTemp, ...(step.env ?? {}) });
      ran.push(`${id}: ${step.run.trim()}`);
    }
  }
  return ran;
}

/** GitLab runs a job's lines in one shell; nested lists (YAML anchors) are flattened. */
function runGitLabJobs(
  pipeline: Record<string, { script?: unknown[]; rules?: { if: string }[] }>,
  source: 'merge_request_event' | 'push',
  env: Record<string, string>,
): string[] {
  const ran: string[] = [];
  for (const [id, job] of Object.entries(pipeline)) {
    if (!Array.isArray(job.script)) continue;
    const rule = job.rules?.map((r) => r.if).join(' ') ?? '';
    const starts = source === 'merge_request_event' ? rule.includes('merge_request_event') : rule.includes('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
    if (!starts) continue;
    const lines = (job.script as unknown[]).flat(10).map(String);
    if (posts(JSON.stringify(job))) {
      skipped.push(`.gitlab-ci.yml ${id}: posts`);
      continue;
    }
    runLines(`.gitlab-ci.yml ${id}`, lines, env);
    ran.push(...lines.map((l) => `${id}: ${l}`));
  }
  return ran;
}

beforeAll(() => {
  tmp = tempDir('styr-package-');
  // The package as npm would publish it (dist is built by the test run's `npm run build`).
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp.dir], { cwd: ROOT, encoding: 'utf8', env: baseEnv() }),
  ) as { filename: string; files: { path: string }[] }[];
  tarball = join(tmp.dir, packed[0]!.filename);
  packedFiles = packed[0]!.files.map((f) => f.path);
  repo = join(tmp.dir, 'styrning');
  runnerTemp = join(tmp.dir, 'runner-temp');
  mkdirSync(runnerTemp);
  const init = spawnSync(process.execPath, [BIN, 'init', repo, '--styr-spec', `file:${tarball}`], { cwd: tmp.dir, env: baseEnv(), encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`styr init: ${init.stderr}`);
  const started = performance.now();
  const install = sh('npm install --no-audit --no-fund');
  if (install.code !== 0) throw new Error(`npm install: ${install.stderr}`);
  const validate = sh('npx --no-install styr validate');
  installSeconds = (performance.now() - started) / 1000;
  firstValidate = { code: validate.code, stdout: validate.stdout };
  console.log(`install-to-first-validate: ${installSeconds.toFixed(1)} s (npm install + npx styr validate)`);
  hasAudience = sh('npx --no-install styr render --help').stdout.includes('--audience');
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', GIT_ENV.GIT_AUTHOR_NAME);
  git('config', 'user.email', GIT_ENV.GIT_AUTHOR_EMAIL);
  git('config', 'commit.gpgsign', 'false');
}, INSTALL_TIMEOUT);

afterAll(() => {
  if (skipped.length) console.log(`skipped by rule:\n  ${skipped.join('\n  ')}`);
  tmp?.cleanup();
}, STEP_TIMEOUT);

describe('a repository made by styr init from the packed styr-cli', () => {
  it('packs what a user of the CLI needs and no tests', () => {
    for (const path of [
      'bin/styr',
      'dist/cli/bin.js',
      'schemas/order.schema.json',
      'templates/init/.github/workflows/styr.yml',
      'templates/init/.gitlab-ci.yml',
      'templates/init/.githooks/pre-commit',
      'data/styr.yaml',
      'CHANGELOG.md',
    ]) {
      expect(packedFiles, path).toContain(path);
    }
    expect(packedFiles.filter((p) => /^(test|src|bench|scripts)\/|\.test\.js$/.test(p))).toEqual([]);
  });

  it('installs the packed styr and validates with no problems', () => {
    expect(firstValidate.code, firstValidate.stdout).toBe(0);
    expect(firstValidate.stdout).toContain('14 filer kontrollerade, inga problem');
    const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(repo, 'node_modules', 'styr-cli', 'package.json'), 'utf8')).version).toBe(own.version);
    expect(sh('npx --no-install styr --version').stdout.trim()).toBe(own.version);
    expect(installSeconds).toBeGreaterThan(0);
  });

  it('renders', () => {
    // styr never renders into the data folder, here the repository itself.
    const r = sh('npx --no-install styr render --html --out ../sidor');
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(tmp.dir, 'sidor', 'index.html'))).toBe(true);
  });

  it(
    'commits through the pre-commit hook, which refuses a broken record and says how to see all problems and how to skip it',
    () => {
      git('config', 'core.hooksPath', '.githooks');
      git('add', '-A');
      const first = sh('git commit -q -m "IT-styrning som kod"');
      expect(first.code, first.stderr).toBe(0);
      expect(git('ls-files')).toContain('package-lock.json');
      const order = join(repo, 'orders', 'ORD-260115-7KQ2.yaml');
      const text = readFileSync(order, 'utf8');
      writeFileSync(order, text.replace('status: approved', 'status: bogus'));
      git('add', '-A');
      const refused = sh('git commit -q -m "trasig"');
      expect(refused.code).toBe(1);
      expect(refused.stdout + refused.stderr).toContain("'bogus' är inte ett tillåtet värde för 'status'");
      expect(refused.stderr).toContain('npx styr validate');
      expect(refused.stderr).toContain('git commit --no-verify');
      expect(git('log', '--format=%s')).toBe('IT-styrning som kod\n');
      writeFileSync(order, text);
      git('add', '-A');
      expect(git('status', '--porcelain')).toBe('');
    },
    STEP_TIMEOUT,
  );

  it(
    'runs every run: step of the GitHub workflows on a pull request (merge commit) and on the default branch',
    () => {
      // A pull request changes an order's title; the default branch moves on meanwhile.
      git('checkout', '-q', '-b', 'andring');
      const order = join(repo, 'orders', 'ORD-260115-7KQ2.yaml');
      writeFileSync(order, readFileSync(order, 'utf8').replace('title: Digital ansökan i exempelsystemet', 'title: Digital ansökan, fråga @it-chefer'));
      expect(sh('git commit -q -am "Ny titel"').code).toBe(0);
      git('checkout', '-q', 'main');
      const system = join(repo, 'systems', 'exempelsystem.yaml');
      writeFileSync(system, readFileSync(system, 'utf8').replace('supplier: Exempelleverantören AB', 'supplier: Nya leverantören AB'));
      expect(sh('git commit -q -am "Ny leverantör"').code).toBe(0);
      // actions/checkout of a pull request: GitHub's merge commit, detached.
      git('checkout', '-q', '--detach', 'main');
      git('merge', '-q', '--no-ff', '--no-edit', 'andring');
      const ran = runGitHubWorkflow('.github/workflows/styr.yml', 'pull_request');
      expect(ran).toContain('review: npx --no-install styr validate --format github');
      const comment = readFileSync(join(repo, 'styr-comment', 'comment.md'), 'utf8');
      expect(comment.startsWith('<!-- styr-diff -->\n')).toBe(true);
      expect(comment).toContain('ORD-260115-7KQ2');
      expect(comment).toContain('@\u2060it-chefer');
      expect(comment).not.toMatch(/@(?!\u2060)/);
      // Only the change: the supplier changed on main is not shown as reverted.
      expect(comment).not.toContain('leverantören');
      expect(runGitHubWorkflow('.github/workflows/styr-comment.yml', 'workflow_run')).toEqual([]);
      git('checkout', '-q', 'main');
      git('merge', '-q', '--no-edit', 'andring');
      const built = runGitHubWorkflow('.github/workflows/styr.yml', 'push');
      expect(built).toContain('build: npx --no-install styr validate --format github');
      expect(existsSync(join(runnerTemp, 'public', 'index.html'))).toBe(true);
      expect(existsSync(join(runnerTemp, 'internal', 'index.html'))).toBe(true);
      expect(skipped.filter((s) => s.endsWith(': posts'))).toEqual([".github/workflows/styr-comment.yml comment step 2 (Post or update styr's comment): posts"]);
    },
    INSTALL_TIMEOUT,
  );

  it(
    'runs every script: line of the GitLab pipeline on a merge request (against the merge base) and on the default branch',
    () => {
      const pipeline = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8'), { merge: true });
      // An origin to fetch the target branch from, as the runner's clone has.
      const origin = join(tmp.dir, 'origin.git');
      execFileSync('git', ['clone', '-q', '--bare', repo, origin], { env: baseEnv() });
      git('remote', 'add', 'origin', origin);
      // The merge request's branch, made before main moved on again.
      git('checkout', '-q', '-b', 'mr', 'main');
      const order = join(repo, 'orders', 'ORD-260115-7KQ2.yaml');
      writeFileSync(order, readFileSync(order, 'utf8').replace('title: Digital ansökan, fråga @it-chefer', 'title: Digital ansökan för alla'));
      expect(sh('git commit -q -am "MR"').code).toBe(0);
      git('checkout', '-q', 'main');
      const system = join(repo, 'systems', 'exempelsystem.yaml');
      writeFileSync(system, readFileSync(system, 'utf8').replace('supplier: Nya leverantören AB', 'supplier: Tredje leverantören AB'));
      expect(sh('git commit -q -am "Main går vidare"').code).toBe(0);
      git('push', '-q', 'origin', 'main');
      git('checkout', '-q', 'mr');
      const mergeBase = git('merge-base', 'main', 'mr').trim();
      const mr = { CI: 'true', GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main', CI_DEFAULT_BRANCH: 'main' };
      for (const env of [{ ...mr, CI_MERGE_REQUEST_DIFF_BASE_SHA: mergeBase }, mr]) {
        const ran = runGitLabJobs(pipeline, 'merge_request_event', env);
        expect(ran).toContain('validate: npx --no-install styr validate --format junit > styr-junit.xml');
        expect(readFileSync(join(repo, 'styr-junit.xml'), 'utf8')).toContain('<testsuite');
        const diff = readFileSync(join(repo, 'styr-diff.md'), 'utf8');
        expect(diff).toContain('ORD-260115-7KQ2');
        // The target branch's later change is not shown as reverted by the merge request.
        expect(diff).not.toContain('leverantören');
      }
      git('checkout', '-q', 'main');
      const ran = runGitLabJobs(pipeline, 'push', { CI: 'true', GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' });
      expect(ran).toContain('pages: npx --no-install styr validate');
      expect(existsSync(join(repo, 'public', 'index.html'))).toBe(true);
      expect(existsSync(join(repo, 'internal', 'index.html'))).toBe(true);
      expect(skipped).toContain('.gitlab-ci.yml post-comment: posts');
    },
    INSTALL_TIMEOUT,
  );
});
