// One fuzz case: write the mutated files into a working copy of the data,
// run one styr command in-process on it and list every broken promise: an exit code other
// than 0 or 1, an internal error or stack trace, JSON that does not parse, a
// problem placed outside its file, or HTML from record text in a rendered page.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Parser } from 'htmlparser2';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import type { DataFile } from './mutate.js';

export const TODAY = '2026-11-29';

/**
 * The commands a case may run, one per case (each loads and checks the whole
 * data folder, which is most of a case's time). `validate --format json` is
 * drawn most often: its positions are checked against the files.
 */
export const COMMANDS: readonly (readonly string[])[] = [
  ['validate', '--format', 'json'],
  ['validate', '--format', 'json'],
  ['validate', '--format', 'json'],
  ['validate', '--format', 'json'],
  ['validate', '--format', 'json'],
  ['render', '--html', '--force'],
  ['render', '--html', '--force'],
  ['validate', '--format', 'markdown'],
  ['systems', '--format', 'json'],
  ['contracts', '--format', 'json'],
  ['order', 'list', '--format', 'json'],
  ['order', 'rank', '--format', 'json'],
  ['roles', '--format', 'json'],
  ['raci', '--format', 'json'],
  ['plan', '--format', 'json'],
  ['order', 'list'],
  ['systems'],
  ['raci'],
];

interface Captured {
  code: number;
  out: string;
  err: string;
}

async function styrIn(args: readonly string[], cwd: string): Promise<Captured> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env: { NO_COLOR: '1', COLUMNS: '200' },
    cwd,
  };
  const code = await run([...args, '--today', TODAY], io);
  return { code, out, err };
}

/** A working copy of the data that each case changes and then puts back. */
export class Workspace {
  readonly data: string;
  readonly out: string;
  private touched = new Set<string>();

  constructor(
    readonly root: string,
    private readonly files: readonly DataFile[],
    source: string,
  ) {
    this.data = join(root, 'data');
    this.out = join(root, 'out');
    cpSync(source, this.data, { recursive: true });
  }

  apply(changes: ReadonlyMap<string, Uint8Array | undefined>): void {
    for (const [path, bytes] of changes) {
      const full = join(this.data, path);
      this.touched.add(path);
      if (bytes === undefined) rmSync(full, { force: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, bytes);
      }
    }
  }

  restore(): void {
    const original = new Map(this.files.map((f) => [f.path, f.text]));
    for (const path of this.touched) {
      const text = original.get(path);
      if (text === undefined) rmSync(join(this.data, path), { force: true });
      else writeFileSync(join(this.data, path), text);
    }
    this.touched.clear();
    rmSync(this.out, { recursive: true, force: true });
  }
}

function lineCount(bytes: Buffer): number {
  return bytes.toString('utf8').split(/\r\n|\r|\n/).length;
}

interface JsonProblem {
  rule?: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
}

function checkPositions(problems: readonly JsonProblem[], data: string, failures: string[]): void {
  for (const p of problems) {
    if (p.line === undefined) continue;
    const where = `${p.rule} ${JSON.stringify(p.file)}:${p.line}:${p.column}`;
    const full = p.file === undefined ? undefined : join(data, p.file);
    if (!full || !existsSync(full)) {
      // A missing file (styr.yaml) is named at 1:1, its start; anything else has no place.
      if (p.line !== 1 || (p.column ?? 1) !== 1) failures.push(`position in a file that does not exist: ${where}`);
      continue;
    }
    const lines = lineCount(readFileSync(full));
    if (!(p.line >= 1 && p.line <= lines)) failures.push(`line outside the file (${lines} lines): ${where}`);
    if (p.endLine !== undefined && !(p.endLine >= p.line && p.endLine <= lines)) failures.push(`end line outside the file (${lines} lines): ${where} → ${p.endLine}`);
    if (p.column !== undefined && !(p.column >= 1)) failures.push(`column before the line: ${where}`);
  }
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset', 'background']);
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'svg', 'math']);

/** HTML a page must not contain whatever the records say. */
export function htmlInjections(html: string, allowed: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (ACTIVE_ELEMENTS.has(name) && !allowed.has(name)) found.push(`<${name}>`);
        for (const [attr, value] of Object.entries(attributes)) {
          if (/^on/i.test(attr)) found.push(`<${name} ${attr}=…>`);
          // eslint-disable-next-line no-control-regex
          if (URL_ATTRIBUTES.has(attr.toLowerCase()) && /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) {
            found.push(`<${name} ${attr}="${value.slice(0, 40)}">`);
          }
          if (attr === 'style' && /javascript:|expression\(/i.test(value)) found.push(`<${name} style="${value.slice(0, 40)}">`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(full, out);
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

function checkOutput(label: string, r: Captured, failures: string[]): void {
  if (r.code !== 0 && r.code !== 1) failures.push(`${label}: exit code ${r.code}: ${r.err.slice(0, 300)}`);
  if (/internal error/i.test(r.err) || /internal error/i.test(r.out)) failures.push(`${label}: internal error: ${r.err.slice(0, 300)}`);
  if (/\n\s+at .+:\d+:\d+\)?$/m.test(r.err)) failures.push(`${label}: stack trace on stderr`);
}

/** Elements the pages of the unchanged data already use (none of ACTIVE_ELEMENTS today). */
export async function baselineElements(ws: Workspace): Promise<Set<string>> {
  const r = await styrIn(['render', '--html', '--force', '--data', ws.data, '--out', ws.out], ws.root);
  if (r.code !== 0) throw new Error(`render of the unchanged data failed: ${r.err}`);
  const allowed = new Set<string>();
  for (const file of htmlFiles(ws.out)) for (const f of htmlInjections(readFileSync(file, 'utf8'), new Set())) allowed.add(f.replace(/^<(\w+).*/, '$1'));
  ws.restore();
  return allowed;
}

/** Runs one case in `ws` (already changed) and returns what went wrong. */
export async function checkCase(ws: Workspace, command: readonly string[], allowed: ReadonlySet<string>, codes?: Map<number, number>): Promise<string[]> {
  const failures: string[] = [];
  const isRender = command[0] === 'render';
  const args = isRender ? [...command, '--data', ws.data, '--out', ws.out] : [...command, '--data', ws.data];
  const r = await styrIn(args, ws.root);
  codes?.set(r.code, (codes.get(r.code) ?? 0) + 1);
  const label = command.join(' ');
  checkOutput(label, r, failures);
  if (command.includes('json') && (r.code === 0 || r.code === 1)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(r.out);
    } catch (error) {
      failures.push(`${label}: output is not JSON (${(error as Error).message}): ${r.out.slice(0, 200)}`);
    }
    if (command[0] === 'validate' && parsed !== undefined) {
      const problems = (parsed as { problems?: JsonProblem[] }).problems;
      if (!Array.isArray(problems)) failures.push(`${label}: no problems list`);
      else checkPositions(problems, ws.data, failures);
    }
  }
  if (isRender) {
    for (const file of htmlFiles(ws.out)) {
      for (const f of htmlInjections(readFileSync(file, 'utf8'), allowed)) failures.push(`${label}: ${file.slice(ws.out.length + 1)}: ${f}`);
    }
  }
  return failures;
}
