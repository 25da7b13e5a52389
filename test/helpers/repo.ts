// Test helpers: load an in-memory repository through the real core, and edit
// fixture records as data.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Language } from '../../src/core/i18n/language.js';
import { compileSchemas } from '../../src/core/schema/compile.js';
import { createSchemaValidator } from '../../src/core/schema/validate-schema.js';
import type { SourceFile } from '../../src/core/source/parse.js';
import { loadRepository } from '../../src/core/validate/load-repository.js';
import type { LoadResult } from '../../src/core/validate/load-repository.js';
import { loadSchemas } from '../../src/io/files.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const TODAY = '2026-12-01';

export type FileTree = Record<string, string | Uint8Array>;

let validatorCache: ReturnType<typeof createSchemaValidator> | undefined;
export function validator() {
  validatorCache ??= createSchemaValidator(compileSchemas(loadSchemas()));
  return validatorCache;
}

export function readTree(dir: string): FileTree {
  const out: FileTree = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

export function validTree(): FileTree {
  return readTree(join(FIXTURES, 'valid'));
}

export function loadTree(tree: FileTree, today = TODAY, language?: Language): LoadResult {
  const files: SourceFile[] = [];
  let config: SourceFile | undefined;
  for (const [path, content] of Object.entries(tree)) {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const file: SourceFile = { path, size: bytes.length, bytes };
    if (path === 'styr.yaml') config = file;
    else files.push(file);
  }
  return loadRepository(config ? { config, files } : { files }, { validator: validator(), today, ...(language ? { language } : {}) });
}

/** Change one YAML (or front-matter) record as data; returns a new tree. */
export function edit(tree: FileTree, path: string, change: (record: Record<string, any>) => void): FileTree {
  const text = tree[path];
  if (typeof text !== 'string') throw new Error(`no text file ${path}`);
  if (path.endsWith('.md')) {
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!m) throw new Error(`no front matter in ${path}`);
    const data = parse(m[1]!) as Record<string, any>;
    change(data);
    return { ...tree, [path]: `---\n${stringify(data)}---\n${m[2]}` };
  }
  const data = parse(text) as Record<string, any>;
  change(data);
  return { ...tree, [path]: stringify(data) };
}

export function rulesOf(result: LoadResult): string[] {
  return result.diagnostics.map((d) => `${d.file} ${d.rule}`);
}
