// The git edge of styr: one small wrapper over simple-git. Every revision that
// comes from a user passes assertSafeRevision first and reaches git only as
// `--end-of-options <rev>^{commit}`; everything after that is a full hash.
// Two commands need a pipe simple-git does not offer (`cat-file --batch` reads
// stdin, `grep` exits 1 for "no match"), so they run through spawn directly.
// Paths come from git NUL-separated (-z) and go back to it only as literal
// pathspecs; blobs are read by object id, never by `commit:path`, so no file
// name (a newline, a tab, quotes) can shift what is read. Sizes are asked for
// first and a blob larger than the caller's limit is never read.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { simpleGit } from 'simple-git';
import type { SimpleGit } from 'simple-git';
import { gitMessageText } from './messages.js';
import type { GitMessage, RevisionRole } from './messages.js';
import { assertSafeRevision, RevisionSyntaxError } from './revs.js';

/** A git problem the user can act on; `kind` says whether it is their input or their environment. */
export class GitFailure extends Error {
  override name = 'GitFailure';
  constructor(
    readonly detail: GitMessage,
    readonly kind: 'usage' | 'io',
  ) {
    super(gitMessageText('en', detail));
  }
}

export interface ChangedFile {
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'type-changed';
  /** Path relative to the repository root, forward slashes. */
  path: string;
  /** The path before a rename. */
  previousPath?: string;
}

export interface TreeEntry {
  /** Path relative to the repository root, forward slashes. */
  path: string;
  /** The blob's object id. */
  oid: string;
  size: number;
}

export interface BlobRequest {
  /** Path relative to the repository root (only to label the result). */
  path: string;
  /** The blob's object id. */
  oid: string;
}

export interface Blob {
  path: string;
  size: number;
  /** Absent when the object is missing or larger than the limit. */
  bytes?: Uint8Array;
  missing?: boolean;
}

export interface LogEntry {
  hash: string;
  shortHash: string;
  author: string;
  email: string;
  /** Author date, ISO 8601. */
  date: string;
  subject: string;
  status?: ChangedFile['status'];
  /** The file's path in this commit (root-relative). */
  path: string;
  /** The file's path before this commit, for renames. */
  previousPath?: string;
  parent?: string;
  /** The file's blob after this commit (absent when it was deleted or git showed no change). */
  blob?: string;
  /** The file's blob before this commit, in the first parent (absent when it was added). */
  previousBlob?: string;
}

const STATUS: Record<string, ChangedFile['status']> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'added',
  T: 'type-changed',
};

function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.replace(/^(fatal|error): /, '') ?? message
  );
}

function isMissingBinary(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /ENOENT/.test(message) && /spawn/.test(message);
}

const NO_GIT: GitMessage = { id: 'diff.git.noGit' };

function gitFailed(command: string | undefined, error: unknown): GitFailure {
  return new GitFailure({ id: 'diff.git.failed', values: { command: command ?? '', reason: explain(error) } }, 'io');
}

export class GitRepository {
  private readonly git: SimpleGit;
  private shallow: boolean | undefined;

  private constructor(
    /** Absolute path of the working tree's top folder. */
    readonly root: string,
    /** The data folder relative to root ('' when they are the same), forward slashes. */
    readonly dataPrefix: string,
  ) {
    this.git = simpleGit({ baseDir: root, maxConcurrentProcesses: 4, trimmed: false });
  }

  /** The repository holding `dataDir`; GitFailure when there is none or git is missing. */
  static async open(dataDir: string): Promise<GitRepository> {
    let real: string;
    try {
      real = realpathSync(dataDir);
    } catch {
      throw new GitFailure({ id: 'diff.git.noDataFolder', values: { dir: dataDir } }, 'io');
    }
    let top: string;
    try {
      top = (await simpleGit({ baseDir: real }).raw(['rev-parse', '--show-toplevel'])).trim();
    } catch (error) {
      if (isMissingBinary(error)) throw new GitFailure(NO_GIT, 'io');
      throw new GitFailure({ id: 'diff.git.notRepository', values: { dir: dataDir, reason: explain(error) } }, 'io');
    }
    if (top === '') throw new GitFailure({ id: 'diff.git.notWorkingTree', values: { dir: dataDir } }, 'io');
    const root = realpathSync(top);
    const prefix = relative(root, real).split(sep).join('/');
    return new GitRepository(root, prefix);
  }

  /** Paths under the data folder, relative to it; undefined for anything outside. */
  toDataPath(rootPath: string): string | undefined {
    if (this.dataPrefix === '') return rootPath;
    return rootPath.startsWith(`${this.dataPrefix}/`) ? rootPath.slice(this.dataPrefix.length + 1) : undefined;
  }

  toRootPath(dataPath: string): string {
    return this.dataPrefix === '' ? dataPath : `${this.dataPrefix}/${dataPath}`;
  }

  private get pathspec(): string {
    return literal(this.dataPrefix === '' ? '.' : this.dataPrefix);
  }

  private async run(args: string[]): Promise<string> {
    try {
      return await this.git.raw(args);
    } catch (error) {
      if (isMissingBinary(error)) throw new GitFailure(NO_GIT, 'io');
      throw gitFailed(args[0], error);
    }
  }

  async isShallow(): Promise<boolean> {
    this.shallow ??= (await this.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    return this.shallow;
  }

  /** The full hash of the commit `rev` names, after checking its syntax. */
  async resolveCommit(rev: string, role: RevisionRole = 'revision'): Promise<string> {
    try {
      assertSafeRevision(rev, role);
    } catch (error) {
      if (error instanceof RevisionSyntaxError) throw new GitFailure(error.detail, 'usage');
      throw error;
    }
    const hash = (await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).trim();
    if (!/^[0-9a-f]{40,64}$/.test(hash)) {
      const detail: GitMessage = { id: 'diff.git.unknownRev', role, values: { rev: `'${rev}'`, root: this.root } };
      if (await this.isShallow()) detail.hint = 'diff.git.shallow';
      throw new GitFailure(detail, 'usage');
    }
    return hash;
  }

  /** The default branch: origin/HEAD, else main, else master (local or origin/). */
  async defaultBranch(): Promise<string | undefined> {
    for (const ref of ['refs/remotes/origin/HEAD', 'refs/heads/main', 'refs/remotes/origin/main', 'refs/heads/master', 'refs/remotes/origin/master']) {
      const hash = (await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
      if (hash !== '') return ref.replace(/^refs\/(heads|remotes)\//, '');
    }
    return undefined;
  }

  /** The merge base of two commits (full hashes). */
  async mergeBase(a: string, b: string): Promise<string> {
    let out = '';
    try {
      out = (await this.git.raw(['merge-base', a, b])).trim();
    } catch (error) {
      if (isMissingBinary(error)) throw new GitFailure(NO_GIT, 'io');
    }
    if (out === '') {
      const detail: GitMessage = { id: 'diff.git.noCommonHistory', values: { a: a.slice(0, 12), b: b.slice(0, 12) } };
      if (await this.isShallow()) detail.hint = 'diff.git.shallow';
      throw new GitFailure(detail, 'usage');
    }
    return out;
  }

  async headCommit(): Promise<string | undefined> {
    const hash = (await this.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim();
    return hash === '' ? undefined : hash;
  }

  /**
   * Files under the data folder that differ between `base` and `head`
   * (or the working tree, staged and unstaged, plus untracked files when
   * head is undefined), with renames detected.
   */
  async changedFiles(base: string, head?: string): Promise<ChangedFile[]> {
    const args = ['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', '--ignore-submodules', base];
    if (head) args.push(head);
    args.push('--', this.pathspec);
    const out: ChangedFile[] = parseNameStatus(await this.run(args));
    if (!head) {
      const untracked = await this.run(['ls-files', '-z', '--others', '--exclude-standard', '--', this.pathspec]);
      for (const path of untracked.split('\0')) if (path !== '') out.push({ status: 'added', path });
    }
    return out;
  }

  /** Every file under the data folder at a commit (root-relative paths). */
  async listFiles(commit: string): Promise<string[]> {
    return (await this.listTree(commit)).map((e) => e.path);
  }

  /** Every blob under the data folder at a commit, with its object id and size. */
  async listTree(commit: string): Promise<TreeEntry[]> {
    return parseLsTree(await this.run(['ls-tree', '-r', '-z', '-l', '--full-tree', commit, '--', this.pathspec]));
  }

  /** The blob at `rootPath` in a commit, if there is one. */
  async blobAt(commit: string, rootPath: string): Promise<TreeEntry | undefined> {
    const entries = parseLsTree(await this.run(['ls-tree', '-z', '-l', '--full-tree', commit, '--', literal(rootPath)]));
    return entries.find((e) => e.path === rootPath);
  }

  /**
   * Contents of many blobs, by object id: their sizes first (`cat-file
   * --batch-check`), then one `cat-file --batch` for those within `maxBytes`.
   * A larger blob comes back with its size and no bytes; it is never read.
   */
  async readBlobs(requests: readonly BlobRequest[], maxBytes: number): Promise<Blob[]> {
    if (requests.length === 0) return [];
    // Ids may be abbreviated (as git log --raw prints them): batch-check answers
    // one line per id, in order, with the full id.
    const ids = [...new Set(requests.map((r) => r.oid))].filter((id) => OID.test(id));
    const found = new Map<string, { oid: string; size: number }>();
    if (ids.length > 0) {
      const check = (await this.spawnGit(['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], ids.map((id) => `${id}\n`).join(''), [0])).toString(
        'utf8',
      );
      check.split('\n').forEach((line, i) => {
        const m = /^([0-9a-f]+) blob (\d+)$/.exec(line);
        if (m && i < ids.length) found.set(ids[i]!, { oid: m[1]!, size: Number(m[2]) });
      });
    }
    const wanted = [...new Set([...found.values()].filter((f) => f.size <= maxBytes).map((f) => f.oid))];
    const contents = wanted.length > 0 ? await this.catFileBatch(wanted, maxBytes) : new Map<string, Uint8Array>();
    return requests.map((r) => {
      const f = found.get(r.oid);
      if (f === undefined) return { path: r.path, size: 0, missing: true };
      const bytes = contents.get(f.oid);
      return bytes ? { path: r.path, size: f.size, bytes } : { path: r.path, size: f.size };
    });
  }

  /** `cat-file --batch` over object ids, parsed as it streams; an object over `maxBytes` is skipped, not kept. */
  private catFileBatch(ids: readonly string[], maxBytes: number): Promise<Map<string, Uint8Array>> {
    const parser = new BatchParser(maxBytes);
    return new Promise((resolvePromise, reject) => {
      const child = spawn('git', ['cat-file', '--batch'], { cwd: this.root, stdio: ['pipe', 'pipe', 'pipe'] });
      const errors: Buffer[] = [];
      let failed: unknown;
      child.stdout.on('data', (chunk: Buffer) => {
        if (failed) return;
        try {
          parser.push(chunk);
        } catch (error) {
          failed = error;
          child.kill();
        }
      });
      child.stderr.on('data', (c: Buffer) => errors.push(c));
      child.on('error', (error) => reject(isMissingBinary(error) ? new GitFailure(NO_GIT, 'io') : error));
      child.on('close', (code) => {
        if (failed) reject(failed);
        else if (code !== 0) reject(gitFailed('cat-file', Buffer.concat(errors).toString('utf8')));
        else if (parser.count !== ids.length || !parser.idle) reject(new GitFailure({ id: 'diff.git.endedEarly', values: { command: 'cat-file' } }, 'io'));
        else resolvePromise(parser.objects);
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(ids.map((id) => `${id}\n`).join(''));
    });
  }

  /**
   * Files under the data folder (root-relative) that mention any of `words` as
   * a whole word, at a commit or (commit undefined) in the working tree.
   */
  async filesMentioning(words: readonly string[], commit?: string, exclude: readonly string[] = []): Promise<string[]> {
    if (words.length === 0) return [];
    const args = ['grep', '-l', '-z', '-F', '-w', '-I'];
    if (!commit) args.push('--untracked');
    for (const word of words) args.push('-e', word);
    if (commit) args.push(commit);
    args.push('--', this.pathspec);
    // Files too large to be records are not searched (git would hold each whole).
    if (exclude.length <= MAX_EXCLUDED) for (const path of exclude) args.push(`:(exclude,literal)${path}`);
    const out = (await this.spawnGit(args, '', [0, 1])).toString('utf8');
    return out
      .split('\0')
      .filter((p) => p !== '')
      .map((p) => (commit && p.startsWith(`${commit}:`) ? p.slice(commit.length + 1) : p));
  }

  /** Commits that touched one file, newest first, following renames. */
  async fileHistory(rootPath: string): Promise<LogEntry[]> {
    const out = await this.run([
      'log',
      '--follow',
      '-M',
      '--no-ext-diff',
      '--format=%x1e%H%x1f%h%x1f%an%x1f%ae%x1f%aI%x1f%P%x1f%s',
      '--raw',
      '-z',
      '--',
      literal(rootPath),
    ]);
    const entries: LogEntry[] = [];
    for (const chunk of out.split('\x1e')) {
      if (chunk.trim() === '') continue;
      const [meta = '', rest = ''] = splitOnce(chunk, '\n');
      const [hash = '', shortHash = '', author = '', email = '', date = '', parents = '', subject = ''] = meta.split('\x1f');
      const change = parseRaw(rest.replace(/^\n/, ''))[0];
      const entry: LogEntry = { hash, shortHash, author, email, date, subject: subject.replace(/[\s\0]+$/, ''), path: change?.path ?? rootPath };
      const parent = parents.split(' ').filter((p) => p !== '')[0];
      if (parent) entry.parent = parent;
      if (change) {
        entry.status = change.status;
        if (change.previousPath) entry.previousPath = change.previousPath;
        if (change.status !== 'deleted') entry.blob = change.blob;
        if (change.status !== 'added') entry.previousBlob = change.previousBlob;
      }
      entries.push(entry);
    }
    return entries;
  }

  private spawnGit(args: string[], input: string, okCodes: number[]): Promise<Buffer> {
    return new Promise((resolvePromise, reject) => {
      const child = spawn('git', args, { cwd: this.root, stdio: ['pipe', 'pipe', 'pipe'] });
      const chunks: Buffer[] = [];
      const errors: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.stderr.on('data', (c: Buffer) => errors.push(c));
      child.on('error', (error) => reject(isMissingBinary(error) ? new GitFailure(NO_GIT, 'io') : error));
      child.on('close', (code) => {
        if (okCodes.includes(code ?? -1)) resolvePromise(Buffer.concat(chunks));
        else reject(gitFailed(args[0], Buffer.concat(errors).toString('utf8')));
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    });
  }
}

function splitOnce(text: string, separator: string): [string, string] {
  const i = text.indexOf(separator);
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + separator.length)];
}

/** `--name-status -z` output: STATUS\0path\0 or R087\0old\0new\0. */
export function parseNameStatus(out: string): ChangedFile[] {
  const parts = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length; i++) {
    const code = parts[i]?.trim() ?? '';
    if (code === '') continue;
    const status = STATUS[code[0] ?? ''];
    if (!status) continue;
    if (code[0] === 'R' || code[0] === 'C') {
      const from = parts[++i] ?? '';
      const to = parts[++i] ?? '';
      files.push(code[0] === 'R' ? { status, path: to, previousPath: from } : { status, path: to });
    } else {
      files.push({ status, path: parts[++i] ?? '' });
    }
  }
  return files;
}

/** A pathspec that matches `path` exactly: no globbing, no magic. */
function literal(path: string): string {
  return `:(literal)${path}`;
}

/** At most this many paths are passed to git as exclusions (the command line has a limit). */
const MAX_EXCLUDED = 500;

const OID = /^[0-9a-f]{4,64}$/;

/** `ls-tree -r -z -l` output: `<mode> <type> <oid> <size>\t<path>\0`; blobs only. */
export function parseLsTree(out: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const m = /^\d+ blob ([0-9a-f]+) +(\d+)$/.exec(record.slice(0, tab));
    if (m) entries.push({ path: record.slice(tab + 1), oid: m[1]!, size: Number(m[2]) });
  }
  return entries;
}

export interface RawChange extends ChangedFile {
  /** Object ids before and after (all zeros for none). */
  previousBlob: string;
  blob: string;
}

/** `--raw -z` output: `:<mode> <mode> <oid> <oid> <status>\0<path>\0` (two paths for R and C). */
export function parseRaw(out: string): RawChange[] {
  const parts = out.split('\0');
  const changes: RawChange[] = [];
  for (let i = 0; i < parts.length; i++) {
    const m = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(parts[i]?.replace(/^\n/, '') ?? '');
    if (!m) continue;
    const status = STATUS[m[3]!];
    const two = m[3] === 'R' || m[3] === 'C';
    const from = parts[++i] ?? '';
    const to = two ? (parts[++i] ?? '') : from;
    if (!status) continue;
    const change: RawChange = { status, path: to, previousBlob: m[1]!, blob: m[2]! };
    if (m[3] === 'R') change.previousPath = from;
    changes.push(change);
  }
  return changes;
}

/**
 * Reads `cat-file --batch` output as it arrives: `<oid> <type> <size>\n<bytes>\n`
 * per object, `<oid> missing\n` for none. Keeps only objects within the limit.
 */
export class BatchParser {
  readonly objects = new Map<string, Uint8Array>();
  count = 0;
  private pending: Buffer = Buffer.alloc(0);
  private current: { oid: string; size: number; keep: boolean; chunks: Buffer[]; got: number } | undefined;

  constructor(private readonly maxBytes: number) {}

  get idle(): boolean {
    return this.current === undefined && this.pending.length === 0;
  }

  push(chunk: Buffer): void {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    while (data.length > 0) {
      if (this.current) {
        const cur = this.current;
        // The object's bytes and the newline after them.
        const need = cur.size + 1 - cur.got;
        const take = Math.min(need, data.length);
        if (cur.keep) cur.chunks.push(Buffer.from(data.subarray(0, Math.min(take, cur.size - cur.got))));
        cur.got += take;
        data = data.subarray(take);
        if (cur.got === cur.size + 1) {
          if (cur.keep) this.objects.set(cur.oid, new Uint8Array(Buffer.concat(cur.chunks)));
          this.current = undefined;
          this.count++;
        }
        continue;
      }
      const newline = data.indexOf(0x0a);
      if (newline < 0) {
        if (data.length > 200) throw new GitFailure({ id: 'diff.git.endedEarly', values: { command: 'cat-file' } }, 'io');
        this.pending = Buffer.from(data);
        return;
      }
      const header = data.subarray(0, newline).toString('utf8');
      data = data.subarray(newline + 1);
      const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
      if (!m) {
        // '<oid> missing' (or ambiguous): no content follows.
        this.count++;
        continue;
      }
      const size = Number(m[3]);
      this.current = { oid: m[1]!, size, keep: m[2] === 'blob' && size <= this.maxBytes, chunks: [], got: 0 };
    }
  }
}

export function absolute(root: string, rootPath: string): string {
  return resolve(root, rootPath);
}
