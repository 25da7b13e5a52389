// Reading a governance repository from disk. Synchronous on purpose: for many
// small files the sync calls are several times faster than fs.promises here.
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE, KINDS } from '../core/kinds/registry.js';
import { MAX_RECORD_BYTES } from '../core/source/parse.js';
import type { SourceFile } from '../core/source/parse.js';
import type { RepositoryInput } from '../core/validate/load-repository.js';

/** The data folder does not exist, or is not a folder. */
export class DataFolderError extends Error {
  override name = 'DataFolderError';
  constructor(
    readonly dir: string,
    readonly reason: 'missing' | 'not-folder',
  ) {
    super(reason === 'missing' ? `data folder not found: ${dir}` : `not a folder: ${dir}`);
  }
}

export { resolveDataDir } from './data-dir.js';

function readSource(absolute: string, path: string): SourceFile {
  try {
    return readOpened(absolute, path);
  } catch (error) {
    // read() errors name no file: name it, so the message can.
    if (error && typeof error === 'object' && 'code' in error && !('path' in error)) Object.assign(error, { path: absolute });
    throw error;
  }
}

function readOpened(absolute: string, path: string): SourceFile {
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

function walk(root: string, dir: string, out: SourceFile[], links: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const absolute = join(dir, entry.name);
    const path = relative(root, absolute).split(sep).join('/');
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) walk(root, absolute, out, links);
    } else if (entry.isFile()) {
      out.push(readSource(absolute, path));
    } else if (entry.isSymbolicLink()) {
      // Not followed (it may lead out of the repository), but reported, not skipped in silence.
      links.push(path);
    }
  }
}

/** Read styr.yaml and every file in the record folders. */
export function readRepository(dataDir: string): RepositoryInput {
  let stat;
  try {
    stat = statSync(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new DataFolderError(dataDir, 'missing');
    throw error;
  }
  if (!stat.isDirectory()) throw new DataFolderError(dataDir, 'not-folder');
  const files: SourceFile[] = [];
  const links: string[] = [];
  for (const kind of KINDS) {
    const folder = join(dataDir, kind.folder);
    if (existsSync(folder) && statSync(folder).isDirectory()) walk(dataDir, folder, files, links);
  }
  const configPath = join(dataDir, CONFIG_FILE);
  const input: RepositoryInput = links.length > 0 ? { files, links } : { files };
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
