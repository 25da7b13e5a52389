// Writing rendered output: a folder of files whose paths come from the
// renderers. A manifest of what the last render wrote lets the next render
// remove pages whose records are gone, without touching anything else.
// A file whose bytes are already on disk is left alone, so a re-render keeps
// the modification times of unchanged pages (and costs no disk writes).
import { lstatSync, mkdirSync, readFileSync, realpathSync, rmSync, rmdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

export const MANIFEST = '.styr-render.json';

export interface OutputFile {
  /** POSIX path relative to the output folder. */
  path: string;
  content: string | Uint8Array;
}

export interface WriteSummary {
  written: number;
  unchanged: number;
  removed: number;
}

function inside(root: string, path: string): string {
  const full = resolve(root, ...path.split('/'));
  if (full !== root && !full.startsWith(root + sep)) throw new Error(`refusing to write outside the output folder: ${path}`);
  return full;
}

/** An error the CLI reports as a write failure (it carries a code, like the file system's own). */
function refuse(message: string): Error {
  return Object.assign(new Error(message), { code: 'EREFUSED' });
}

/**
 * Writes files under one output folder. Several writers (one per thread) may
 * share a folder as long as they write different paths; only one of them
 * calls `finish`, with every path of the render.
 */
export class OutputWriter {
  readonly root: string;
  written = 0;
  unchanged = 0;
  private readonly dirs = new Set<string>();

  constructor(outDir: string) {
    this.root = resolve(outDir);
    mkdirSync(this.root, { recursive: true });
    this.realRoot = realpathSync(this.root);
    this.dirs.add(this.root);
  }

  private readonly realRoot: string;

  write(path: string, content: string | Uint8Array): void {
    const full = inside(this.root, path);
    this.ensureDir(dirname(full), path);
    // Never through a link, into a folder, or onto a pipe or device: only a regular file is replaced.
    const stat = lstatSync(full, { throwIfNoEntry: false });
    if (stat && !stat.isFile())
      throw refuse(
        `${path} is ${stat.isSymbolicLink() ? 'a symbolic link' : stat.isDirectory() ? 'a folder' : 'not a regular file'} in the output folder; remove it or choose another --out`,
      );
    if (stat) {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      if (stat.size === bytes.byteLength && sameBytes(full, bytes)) {
        this.unchanged++;
        return;
      }
      content = bytes;
    }
    writeFileSync(full, content);
    this.written++;
  }

  /** Creates the folder once, and makes sure no symbolic link leads it outside the output folder. */
  private ensureDir(dir: string, path: string): void {
    if (this.dirs.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    if (!this.isInside(dir)) throw refuse(`refusing to write ${path}: a symbolic link leads outside the output folder`);
    this.dirs.add(dir);
  }

  private isInside(dir: string): boolean {
    const real = realpathSync(dir);
    return real === this.realRoot || real.startsWith(this.realRoot + sep);
  }

  /** Removes files the previous render wrote and this one did not, then records `paths` as this render's files. */
  finish(paths: Iterable<string>): number {
    const current = new Set(paths);
    let removed = 0;
    for (const old of readManifest(this.root)) {
      if (current.has(old)) continue;
      let full: string;
      try {
        full = inside(this.root, old);
      } catch {
        continue;
      }
      // Only regular files this render's folder holds: never through a link, never a folder.
      const stat = lstatSync(full, { throwIfNoEntry: false });
      if (stat?.isFile() && this.isInside(dirname(full))) {
        rmSync(full, { force: true });
        removed++;
        removeEmptyParents(this.root, dirname(full));
      }
    }
    writeFileSync(join(this.root, MANIFEST), `${JSON.stringify({ generator: 'styr render', files: [...current].sort() }, null, 2)}\n`);
    return removed;
  }
}

/** Writes `files` into `outDir`, removes stale files of the previous render and updates the manifest. */
export function writeOutput(outDir: string, files: readonly OutputFile[]): WriteSummary {
  const writer = new OutputWriter(outDir);
  for (const file of files) writer.write(file.path, file.content);
  const removed = writer.finish(files.map((f) => f.path));
  return { written: writer.written, unchanged: writer.unchanged, removed };
}

/** True if the file at `full` holds exactly `bytes` (the caller has compared the sizes). */
function sameBytes(full: string, bytes: Uint8Array): boolean {
  try {
    return readFileSync(full).equals(bytes);
  } catch {
    return false;
  }
}

function readManifest(root: string): string[] {
  try {
    const data = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as { files?: unknown };
    return Array.isArray(data.files) ? data.files.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

function removeEmptyParents(root: string, dir: string): void {
  while (dir !== root && dir.startsWith(root + sep)) {
    if (readdirSync(dir).length > 0) return;
    rmdirSync(dir);
    dir = dirname(dir);
  }
}
