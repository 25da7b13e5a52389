// Writing rendered output: a folder of files whose paths come from the
// renderers. A manifest of what the last render wrote lets the next render
// remove pages whose records are gone, without touching anything else.
import { existsSync, mkdirSync, readFileSync, rmSync, rmdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

export const MANIFEST = '.styr-render.json';

export interface OutputFile {
  /** POSIX path relative to the output folder. */
  path: string;
  content: string | Uint8Array;
}

export interface WriteSummary {
  written: number;
  removed: number;
}

function inside(root: string, path: string): string {
  const full = resolve(root, ...path.split('/'));
  if (full !== root && !full.startsWith(root + sep)) throw new Error(`refusing to write outside the output folder: ${path}`);
  return full;
}

export function writeOutput(outDir: string, files: readonly OutputFile[]): WriteSummary {
  const root = resolve(outDir);
  mkdirSync(root, { recursive: true });
  const previous = readManifest(root);
  const paths = new Set(files.map((f) => f.path));
  for (const file of files) {
    const full = inside(root, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.content);
  }
  let removed = 0;
  for (const old of previous) {
    if (paths.has(old)) continue;
    let full: string;
    try {
      full = inside(root, old);
    } catch {
      continue;
    }
    if (existsSync(full)) {
      rmSync(full, { force: true });
      removed++;
      removeEmptyParents(root, dirname(full));
    }
  }
  writeFileSync(join(root, MANIFEST), `${JSON.stringify({ generator: 'styr render', files: [...paths].sort() }, null, 2)}\n`);
  return { written: files.length, removed };
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
