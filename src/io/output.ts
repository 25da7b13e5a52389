// Writing rendered output: a folder of files whose paths come from the
// renderers. A manifest of what the last render wrote, with each file's hash,
// lets the next render remove pages whose records are gone — only files whose
// bytes are still the ones styr wrote, never in a dot-folder, never through a
// link — without touching anything else. Every file is written atomically
// (atomic-write.ts). A file whose bytes are already on disk is left alone, so
// a re-render keeps the modification times of unchanged pages (and costs no
// disk writes).
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, rmdirSync, readdirSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { checkTarget, contentHash, UnsafeTargetError, writeFileAtomic } from './atomic-write.js';
import type { Content } from './atomic-write.js';

export const MANIFEST = '.styr-render.json';

export interface OutputFile {
  /** POSIX path relative to the output folder. */
  path: string;
  content: Content;
}

export interface WriteSummary {
  written: number;
  unchanged: number;
  removed: number;
  warnings: ManifestWarning[];
}

/** Why the previous render's manifest was not used (nothing is removed then). */
export type ManifestWarning = { kind: 'corrupt'; file: string; reason: string } | { kind: 'not-file'; file: string };

function inside(root: string, path: string): string {
  const full = resolve(root, ...path.split('/'));
  const prefix = root.endsWith(sep) ? root : root + sep;
  if (path.includes('\0') || (full !== root && !full.startsWith(prefix))) throw new UnsafeTargetError(full, 'outside');
  return full;
}

/**
 * Writes files under one output folder. Several writers (one per thread) may
 * share a folder as long as they write different paths; only one of them
 * calls `finish`, with every path of the render and the hashes the others
 * recorded.
 */
export class OutputWriter {
  readonly root: string;
  written = 0;
  unchanged = 0;
  /** The hash of every file written or found unchanged, by path. */
  readonly hashes = new Map<string, string>();
  private readonly dirs = new Set<string>();
  private readonly realRoot: string;

  /** `manifest: false` for a writer that never calls finish (styr init). */
  constructor(outDir: string, options: { manifest?: boolean } = {}) {
    this.root = resolve(outDir);
    mkdirSync(this.root, { recursive: true });
    this.realRoot = realpathSync(this.root);
    this.dirs.add(this.root);
    // Refused before any page is written: the manifest is never written through a link.
    if (options.manifest !== false) checkTarget(join(this.root, MANIFEST));
  }

  /** Throws what write() would refuse for `path` (a link, a folder, a way outside), writing nothing. */
  check(path: string): void {
    const full = inside(this.root, path);
    let dir = dirname(full);
    while (!existsSync(dir)) dir = dirname(dir);
    if (!this.isInside(dir)) throw new UnsafeTargetError(full, 'outside');
    checkTarget(full);
  }

  write(path: string, content: Content, options: { mode?: number } = {}): void {
    const full = inside(this.root, path);
    this.ensureDir(dirname(full), path);
    // Never through a link, into a folder, or onto a pipe or device: only a regular file is replaced.
    const stat = checkTarget(full);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    this.hashes.set(path, contentHash(bytes));
    if (stat && stat.size === bytes.byteLength && (options.mode === undefined || (stat.mode & 0o7777) === options.mode) && sameBytes(full, bytes)) {
      this.unchanged++;
      return;
    }
    writeFileAtomic(full, bytes, options);
    this.written++;
  }

  /** Creates the folder once, and makes sure no symbolic link leads it outside the output folder. */
  private ensureDir(dir: string, path: string): void {
    if (this.dirs.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    if (!this.isInside(dir)) throw new UnsafeTargetError(join(this.root, ...path.split('/')), 'outside');
    this.dirs.add(dir);
  }

  private isInside(dir: string): boolean {
    const real = realpathSync(dir);
    return real === this.realRoot || real.startsWith(this.realRoot.endsWith(sep) ? this.realRoot : this.realRoot + sep);
  }

  /**
   * Removes the files the previous render wrote and this one did not — if
   * their bytes are still the ones written — then records `paths` as this
   * render's files. Returns how many were removed and why the previous
   * manifest was not used, if it was not.
   */
  finish(paths: Iterable<string>): { removed: number; warnings: ManifestWarning[] } {
    const current = new Set(paths);
    const previous = readManifest(this.root);
    let removed = 0;
    for (const [old, hash] of previous.files) {
      if (current.has(old)) continue;
      if (this.removeIfOurs(old, hash)) removed++;
    }
    const files: Record<string, string> = {};
    for (const path of [...current].sort()) {
      const hash = this.hashes.get(path);
      // A path this writer (or the worker that reported its hashes) did not write is not styr's to remove later.
      if (hash) files[path] = hash;
    }
    writeFileAtomic(join(this.root, MANIFEST), `${JSON.stringify({ generator: 'styr render', files }, null, 2)}\n`);
    return { removed, warnings: previous.warnings };
  }

  private removeIfOurs(path: string, hash: string): boolean {
    let full: string;
    try {
      full = inside(this.root, path);
    } catch {
      return false;
    }
    // Only a regular file in this render's folder holding what styr wrote: never through a link, never a folder.
    const stat = lstatSync(full, { throwIfNoEntry: false });
    if (!stat?.isFile() || !this.isInside(dirname(full)) || !sameHash(full, hash)) return false;
    unlinkSync(full);
    removeEmptyParents(this.root, dirname(full));
    return true;
  }
}

/** Writes `files` into `outDir`, removes stale files of the previous render and updates the manifest. */
export function writeOutput(outDir: string, files: readonly OutputFile[]): WriteSummary {
  const writer = new OutputWriter(outDir);
  for (const file of files) writer.write(file.path, file.content);
  const { removed, warnings } = writer.finish(files.map((f) => f.path));
  return { written: writer.written, unchanged: writer.unchanged, removed, warnings };
}

/** True if the file at `full` holds exactly `bytes` (the caller has compared the sizes). */
function sameBytes(full: string, bytes: Uint8Array): boolean {
  try {
    return readFileSync(full).equals(bytes);
  } catch {
    return false;
  }
}

function sameHash(full: string, hash: string): boolean {
  try {
    return contentHash(readFileSync(full)) === hash;
  } catch {
    return false;
  }
}

const HASH = /^[0-9a-f]{64}$/;

/** A path a manifest may name: relative, forward slashes, no empty, dot or dot-dot segment, no dot-folder or dot-file, no control character. */
function isManifestPath(path: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (path === '' || /[\u0000-\u001f\u007f\\]/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && !segment.startsWith('.'));
}

/** The previous render's files and hashes; a manifest that is missing, damaged or not a file gives none, with a warning for the latter two. */
function readManifest(root: string): { files: Map<string, string>; warnings: ManifestWarning[] } {
  const files = new Map<string, string>();
  const path = join(root, MANIFEST);
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return { files, warnings: [] };
  if (!stat.isFile()) return { files, warnings: [{ kind: 'not-file', file: path }] };
  const corrupt = (reason: string) => ({ files: new Map<string, string>(), warnings: [{ kind: 'corrupt' as const, file: path, reason }] });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return corrupt(error instanceof Error ? error.message : String(error));
  }
  const listed = (data as { files?: unknown } | null)?.files;
  // A manifest of an earlier styr lists paths without hashes: nothing it lists can be shown to be styr's, so nothing is removed.
  if (Array.isArray(listed) && listed.every((f) => typeof f === 'string')) return { files, warnings: [] };
  if (!listed || typeof listed !== 'object' || Array.isArray(listed)) return corrupt('no files');
  for (const [file, hash] of Object.entries(listed)) {
    if (!isManifestPath(file) || typeof hash !== 'string' || !HASH.test(hash)) return corrupt(`bad entry ${JSON.stringify(file)}`);
    files.set(file, hash);
  }
  return { files, warnings: [] };
}

function removeEmptyParents(root: string, dir: string): void {
  while (dir !== root && dir.startsWith(root + sep)) {
    if (readdirSync(dir).length > 0) return;
    rmdirSync(dir);
    dir = dirname(dir);
  }
}
