// Reading two revisions for `styr diff` and `styr log`: only the changed files,
// what they refer to, the records that mention them (git grep) and the
// direction records are parsed; every other record is known by name only, so
// references still resolve against the whole revision.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { alwaysParsed, indexRecordFiles, referencesOf } from '../../core/diff/context.js';
import type { RecordFileIndex } from '../../core/diff/context.js';
import { recordAt, STUB_RULE } from '../../core/diff/report.js';
import type { FileChange, RevisionSnapshot } from '../../core/diff/report.js';
import type { RevisionInfo } from '../../core/diff/types.js';
import type { Language } from '../../core/i18n/language.js';
import { CONFIG_FILE, kindByName, KINDS } from '../../core/kinds/registry.js';
import type { SchemaValidator } from '../../core/schema/validate-schema.js';
import { MAX_RECORD_BYTES, parseSource } from '../../core/source/parse.js';
import type { SourceFile } from '../../core/source/parse.js';
import { loadRepository } from '../../core/validate/load-repository.js';
import { gitMessageText } from '../../git/messages.js';
import { GitFailure } from '../../git/repository.js';
import type { GitRepository, TreeEntry } from '../../git/repository.js';
import { IoError, UsageError } from '../errors.js';

export interface RevisionReader {
  info: RevisionInfo;
  /** Every file under the data folder, data-relative. */
  listFiles(): Promise<string[]>;
  read(paths: readonly string[]): Promise<SourceFile[]>;
  /** Files (data-relative) that mention one of `ids` as a word. */
  mentioning(ids: readonly string[]): Promise<string[]>;
}

function dataPaths(repo: GitRepository, rootPaths: readonly string[]): string[] {
  return rootPaths.map((p) => repo.toDataPath(p)).filter((p): p is string => p !== undefined);
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export function commitReader(repo: GitRepository, info: RevisionInfo & { commit: string }): RevisionReader {
  // The tree is listed once, with each blob's id: files are then read by id, never by name.
  let tree: Promise<Map<string, TreeEntry>> | undefined;
  const entries = () => {
    tree ??= repo.listTree(info.commit).then((list) => {
      const byPath = new Map<string, TreeEntry>();
      for (const entry of list) {
        const path = repo.toDataPath(entry.path);
        if (path !== undefined) byPath.set(path, entry);
      }
      return byPath;
    });
    return tree;
  };
  return {
    info,
    listFiles: async () => [...(await entries()).keys()],
    read: async (paths) => {
      const byPath = await entries();
      const known = paths.filter((p) => byPath.has(p));
      const blobs = await repo.readBlobs(
        known.map((p) => ({ path: p, oid: byPath.get(p)!.oid })),
        MAX_RECORD_BYTES,
      );
      const read = new Map(blobs.map((b) => [b.path, b]));
      return paths.map((path): SourceFile => {
        const b = read.get(path);
        if (!b || b.missing) return { path, size: 0 };
        return b.bytes ? { path, size: b.size, bytes: b.bytes } : { path, size: b.size };
      });
    },
    mentioning: async (ids) => {
      const oversized = [...(await entries()).values()].filter((e) => e.size > MAX_RECORD_BYTES).map((e) => e.path);
      return dataPaths(repo, await repo.filesMentioning(ids, info.commit, oversized));
    },
  };
}

export function worktreeReader(repo: GitRepository, dataDir: string, label: string): RevisionReader {
  return {
    info: { rev: label },
    listFiles: async () => listDataFolder(dataDir),
    read: async (paths) => paths.map((p) => readWorktreeFile(dataDir, p)),
    mentioning: async (ids) => {
      const oversized = listDataFolder(dataDir).filter((p) => fileSize(join(dataDir, p)) > MAX_RECORD_BYTES);
      return dataPaths(
        repo,
        await repo.filesMentioning(
          ids,
          undefined,
          oversized.map((p) => repo.toRootPath(p)),
        ),
      );
    },
  };
}

/** styr.yaml and every file in the record folders, data-relative; hidden folders skipped. */
/** The language styr.yaml in the working tree asks for (Swedish when it says nothing or cannot be read). */
export function configLanguage(dataDir: string): Language {
  try {
    const text = readFileSync(join(dataDir, CONFIG_FILE), 'utf8');
    return /^language:\s*['"]?en\b/m.test(text) ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function listDataFolder(dataDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const absolute = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) walk(absolute);
      } else if (entry.isFile()) out.push(relative(dataDir, absolute).split(sep).join('/'));
    }
  };
  for (const kind of KINDS) walk(join(dataDir, kind.folder));
  try {
    if (statSync(join(dataDir, CONFIG_FILE)).isFile()) out.push(CONFIG_FILE);
  } catch {
    // no styr.yaml: the loader reports it
  }
  return out;
}

/** A file of the working tree, read no further than the record limit (it may grow while read). */
function readWorktreeFile(dataDir: string, path: string): SourceFile {
  let fd: number | undefined;
  try {
    fd = openSync(join(dataDir, path), 'r');
    const size = fstatSync(fd).size;
    if (size > MAX_RECORD_BYTES) return { path, size };
    let buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > MAX_RECORD_BYTES) return { path, size: length };
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_RECORD_BYTES + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return { path, size: length, bytes: new Uint8Array(buffer.subarray(0, length)) };
  } catch {
    return { path, size: 0 };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const encoder = new TextEncoder();

/** A stand-in for a record known only by its file name. */
function stub(path: string): SourceFile {
  const at = recordAt(path);
  const text = at && kindByName(at.kind).format === 'markdown' ? '---\n{}\n---\n' : '{}\n';
  const bytes = encoder.encode(text);
  return { path, size: bytes.length, bytes };
}

function withStubs(validator: SchemaValidator, stubs: ReadonlySet<string>): SchemaValidator {
  return {
    validate(name, data, file, language) {
      if (!stubs.has(file)) return validator.validate(name, data, file, language);
      // Marks the record invalid so rules skip it; its id still resolves references.
      // The range is set so that no position is ever computed for it.
      return [{ rule: STUB_RULE, severity: 'info', messageId: STUB_RULE, data: {}, message: 'not parsed', file, pointer: '', range: { line: 1, column: 1 } }];
    },
  };
}

interface Side {
  reader: RevisionReader;
  files: string[];
  fileSet: Set<string>;
  index: RecordFileIndex;
  cache: Map<string, SourceFile>;
}

export interface PartialLoadResult {
  base: RevisionSnapshot;
  head: RevisionSnapshot;
  /** Unchanged files parsed because they mention a changed record. */
  neighbours: string[];
}

const MAX_CHAIN_ROUNDS = 64;
/** Kinds with at most this many records are always present as stand-ins. */
const SMALL_KIND = 50;

export async function loadChangedRevisions(
  readers: { base: RevisionReader; head: RevisionReader },
  changes: readonly FileChange[],
  validator: SchemaValidator,
  today: string,
  language: Language,
): Promise<PartialLoadResult> {
  const sides: Side[] = await Promise.all(
    [readers.base, readers.head].map(async (reader) => {
      const files = await reader.listFiles();
      return { reader, files, fileSet: new Set(files), index: indexRecordFiles(files), cache: new Map<string, SourceFile>() };
    }),
  );
  const [base, head] = sides as [Side, Side];

  const wanted = new Set<string>([CONFIG_FILE]);
  const changedPaths = new Set<string>();
  for (const c of changes) {
    changedPaths.add(c.path);
    if (c.previousPath) changedPaths.add(c.previousPath);
  }
  for (const p of changedPaths) wanted.add(p);
  for (const side of sides) for (const p of alwaysParsed(side.index)) wanted.add(p);

  // Records that mention a changed record: their problems may change with it,
  // and rules over inverse relations (a role used in no RACI) need them.
  const changedIds = [...new Set([...changedPaths].map((p) => recordAt(p)?.id).filter((id): id is string => id !== undefined))];
  const neighbours = new Set<string>();
  for (const found of await Promise.all(sides.map((side) => side.reader.mentioning(changedIds)))) {
    for (const p of found) if (!changedPaths.has(p) && recordAt(p)) neighbours.add(p);
  }
  for (const p of neighbours) wanted.add(p);

  const readMissing = async (side: Side) => {
    const missing = [...wanted].filter((p) => side.fileSet.has(p) && !side.cache.has(p));
    for (const file of await side.reader.read(missing)) side.cache.set(file.path, file);
  };

  // What the changed records refer to; chains inside one kind are followed on.
  let frontier = [...changedPaths];
  for (let round = 0; frontier.length > 0 && round < MAX_CHAIN_ROUNDS; round++) {
    const next = new Set<string>();
    await Promise.all(sides.map(readMissing));
    for (const side of sides) {
      for (const path of frontier) {
        const file = side.cache.get(path);
        const at = recordAt(path);
        if (!file || !at) continue;
        const parsed = parseSource(file, kindByName(at.kind).format);
        if (!parsed.ok) continue;
        for (const ref of referencesOf(at.kind, parsed.source.data)) {
          const key = `${ref.kind}:${ref.id}`;
          const target = base.index.byKey.get(key) ?? head.index.byKey.get(key);
          if (!target || wanted.has(target)) continue;
          wanted.add(target);
          if (ref.kind === at.kind) next.add(target);
        }
      }
    }
    frontier = [...next];
  }
  await Promise.all(sides.map(readMissing));

  // Records known by name only are given to the loader as stand-ins when a
  // parsed record names their id (so the reference resolves, to the right
  // kind) or when their kind is small (rules look at whether a kind is empty).
  const namedIds = new Set<string>();
  for (const side of sides) {
    for (const [path, file] of side.cache) {
      const at = recordAt(path);
      if (!at) continue;
      const parsed = parseSource(file, kindByName(at.kind).format);
      if (parsed.ok) for (const ref of referencesOf(at.kind, parsed.source.data)) namedIds.add(ref.id);
    }
  }

  const snapshot = (side: Side): RevisionSnapshot => {
    const stubs = new Set<string>();
    const parsed = new Set<string>();
    const files: SourceFile[] = [];
    const perKind = new Map<string, number>();
    for (const path of side.index.records) {
      const kind = recordAt(path)!.kind;
      perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    }
    for (const path of side.index.records) {
      const real = side.cache.get(path);
      if (real) {
        files.push(real);
        parsed.add(path);
        continue;
      }
      const at = recordAt(path)!;
      if (namedIds.has(at.id) || (perKind.get(at.kind) ?? 0) <= SMALL_KIND) {
        files.push(stub(path));
        stubs.add(path);
      }
    }
    const config = side.cache.get(CONFIG_FILE);
    if (config) parsed.add(CONFIG_FILE);
    const load = loadRepository(config ? { config, files } : { files }, { validator: withStubs(validator, stubs), today, language });
    return { info: side.reader.info, load, parsed, recordFiles: side.index.records.length };
  };
  return { base: snapshot(base), head: snapshot(head), neighbours: [...neighbours].sort() };
}

/** Git problems become the CLI's typed errors (exit 2 either way), in the output language. */
export async function withGit<T>(lang: Language, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GitFailure) {
      const message = gitMessageText(lang, error.detail);
      throw error.kind === 'usage' ? new UsageError(message) : new IoError(message);
    }
    throw error;
  }
}
