// Reading a governance repository from disk. Synchronous on purpose: for many
// small files the sync calls are several times faster than fs.promises here.
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE, KINDS } from '../core/kinds/registry.js';
import { MAX_RECORD_BYTES } from '../core/source/parse.js';
import type { SourceFile } from '../core/source/parse.js';
import type { RepositoryInput } from '../core/validate/load-repository.js';

export class DataFolderError extends Error {}

export { resolveDataDir } from './data-dir.js';

function readSource(absolute: string, path: string): SourceFile {
  // One open and one fstat: the size decides whether the file is read at all.
  const fd = openSync(absolute, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_RECORD_BYTES) return { path, size };
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { path, size, bytes: bytes.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}

function walk(root: string, dir: string, out: SourceFile[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const absolute = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) walk(root, absolute, out);
    } else if (entry.isFile()) {
      out.push(readSource(absolute, relative(root, absolute).split(sep).join('/')));
    }
  }
}

/** Read styr.yaml and every file in the record folders. */
export function readRepository(dataDir: string): RepositoryInput {
  let stat;
  try {
    stat = statSync(dataDir);
  } catch {
    throw new DataFolderError(`data folder not found: ${dataDir}`);
  }
  if (!stat.isDirectory()) throw new DataFolderError(`not a folder: ${dataDir}`);
  const files: SourceFile[] = [];
  for (const kind of KINDS) {
    const folder = join(dataDir, kind.folder);
    if (existsSync(folder) && statSync(folder).isDirectory()) walk(dataDir, folder, files);
  }
  const configPath = join(dataDir, CONFIG_FILE);
  const input: RepositoryInput = { files };
  if (existsSync(configPath)) input.config = readSource(configPath, CONFIG_FILE);
  return input;
}

/** The package root (where schemas/ and templates/ live). */
export function packageRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function schemasDir(): string {
  return join(packageRoot(), 'schemas');
}

/** Every schema in schemas/, by file name. */
export function loadSchemas(): Map<string, object> {
  const dir = schemasDir();
  const out = new Map<string, object>();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.schema.json')) continue;
    out.set(name, JSON.parse(readFileSync(join(dir, name), 'utf8')) as object);
  }
  return out;
}
