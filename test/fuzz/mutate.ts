// Mutations of the example data for the fuzzer: each case picks a few files and
// changes their structure (delete, duplicate, retype keys), their values (odd
// strings with control characters and HTML, huge numbers, wrong dates, ids of
// other records) or their YAML syntax (a stray tab, an unclosed quote, a
// truncated file, bytes that are not UTF-8). Everything is drawn by fast-check,
// so a failing case shrinks and replays from its seed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';

export interface DataFile {
  /** Path relative to the data folder, forward slashes. */
  path: string;
  text: string;
}

/** Every file of a data folder (styr.yaml and the record folders). */
export function readDataFolder(dir: string): DataFile[] {
  const out: DataFile[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push({ path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Text a record could carry that must stay text: markup, script, terminal codes. */
export const ODD_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '[klicka](javascript:alert(1))',
  '![bild](javascript:alert(1))',
  '<a href="javascript:alert(1)">länk</a>',
  '<div style="background:url(javascript:alert(1))" onmouseover="alert(1)">x</div>',
  'JaVaScRiPt:alert(1)',
  '<details open ontoggle=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '```\n</pre><script>alert(1)</script>\n```',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\u001b[31mröd\u001b[0m\u001b]0;titel\u0007',
  '\u0000\u0001\u0002\u007f\u0085\u2028\u2029',
  '\u202eevil\u202c',
  'a\r\nb\rc\nd',
  '{n, plural, one {#} other {#}}',
  "'{' } { '",
  '%s %d %n',
  '$(id) `id` ${PATH}',
  '| a | b |\n|---|---|',
  '@everyone @channel',
  '# rubrik\n\n---\n\n- lista',
  '😀👩‍👩‍👧‍👦 åäö ÅÄÖ é ß',
  'x'.repeat(5000),
  '',
  ' ',
  '-',
  '~',
  'null',
  'true',
  '0x1F',
  '1e309',
  '.nan',
];

export const ODD_DATES = ['2026-02-30', '2026-13-01', '0000-00-00', '9999-12-31', '2026-1-1', '1900-01-01', '2026-11-29T25:61:00Z', 'igår', 20261129, -1];

export const ODD_NUMBERS = [0, -0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 1.2345678901234568e29, Infinity, -Infinity, NaN, 2 ** 31, -(2 ** 53)];

type Path = (string | number)[];

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function getAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const k of path) v = (v as Record<string | number, unknown>)?.[k];
  return v;
}

/** Replace (or delete, with `remove`) the value at a non-empty path. */
function setAt(root: unknown, path: Path, next: unknown, remove = false): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (remove) parent.splice(key, 1);
    else parent[key] = next;
  } else if (parent && typeof parent === 'object') {
    if (remove) delete (parent as Record<string, unknown>)[key];
    else (parent as Record<string, unknown>)[key] = next;
  }
}

/** One change to a file, drawn from `r` (a source of choices in [0, 1)). */
export type Mutation =
  | { op: 'value'; file: number; at: number; value: unknown }
  | { op: 'delete-key'; file: number; at: number }
  | { op: 'duplicate-line'; file: number; at: number }
  | { op: 'delete-line'; file: number; at: number }
  | { op: 'insert-text'; file: number; at: number; text: string }
  | { op: 'truncate'; file: number; at: number }
  | { op: 'add-key'; file: number; at: number; key: string; value: unknown }
  | { op: 'copy-file'; file: number; to: number }
  | { op: 'delete-file'; file: number }
  | { op: 'latin1'; file: number };

const SYNTAX = [
  '\t',
  ':',
  ': :',
  '- ',
  '{',
  '[',
  ']',
  '"',
  "'",
  '\n  x',
  '\n- ',
  '&a ',
  '*a',
  '!!binary ',
  '---\n',
  '\u0000',
  '\ufeff',
  '\r\n',
  '? ',
  '|',
  '>',
  '#',
  '%YAML 1.1\n',
  'key: value\n',
];

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...ODD_STRINGS),
  fc.constantFrom(...ODD_DATES),
  fc.constantFrom(...ODD_NUMBERS),
  fc.constantFrom(null, true, false, [], {}, [null], { id: 'x' }, ['<script>alert(1)</script>'], [{ '<b>': '<i>' }]),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.constantFrom(...ODD_STRINGS.slice(0, 12)), { maxLength: 3 }),
);

/** Records' ids, so that a value can name another record (duplicates, wrong kinds). */
export function idsOf(files: readonly DataFile[]): string[] {
  return files.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1).replace(/\.(ya?ml|md)$/, ''));
}

export function mutationArbitrary(files: readonly DataFile[]): fc.Arbitrary<Mutation[]> {
  const file = fc.nat({ max: files.length - 1 });
  const at = fc.nat({ max: 1_000_000 });
  const ids = idsOf(files);
  const value = fc.oneof({ weight: 4, arbitrary: anyValue }, { weight: 1, arbitrary: fc.constantFrom(...ids) });
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ op: fc.constant('value' as const), file, at, value }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('delete-key' as const), file, at }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate-line' as const), file, at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-line' as const), file, at }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('insert-text' as const),
        file,
        at,
        text: fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ unit: 'binary', maxLength: 8 })),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), file, at }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('add-key' as const),
        file,
        at,
        key: fc.oneof(fc.constantFrom('id', 'title', 'name', 'status', '__proto__', 'constructor', '<b>', ''), fc.string({ maxLength: 10 })),
        value,
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('copy-file' as const), file, to: file }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-file' as const), file }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('latin1' as const), file }) },
  );
  return fc.array(mutation, { minLength: 1, maxLength: 4 });
}

/** The data part of a file: YAML, or a Markdown file's front matter (and its body). */
function split(text: string, path: string): { data: string; body?: string } {
  if (!path.endsWith('.md')) return { data: text };
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { data: m[1]!, body: m[2]! } : { data: text };
}

function join2(data: string, body: string | undefined): string {
  return body === undefined ? data : `---\n${data.replace(/\n$/, '')}\n---\n${body}`;
}

/** Change the parsed data of a file; the file is written back as YAML (or left alone when it does not parse). */
function editData(text: string, path: string, edit: (data: unknown) => void): string {
  const { data, body } = split(text, path);
  const doc = parseDocument(data, { uniqueKeys: false });
  if (doc.errors.length > 0) return text;
  const js: unknown = doc.toJS();
  if (js === null || typeof js !== 'object') return text;
  edit(js);
  return join2(stringify(js, { lineWidth: 0 }), body);
}

/** The files after the mutations: path → bytes (undefined = deleted). */
export function applyMutations(files: readonly DataFile[], mutations: readonly Mutation[]): Map<string, Uint8Array | undefined> {
  const texts = new Map<string, string | Uint8Array | undefined>(files.map((f) => [f.path, f.text]));
  const current = (n: number) => files[n % files.length]!.path;
  const textOf = (path: string) => {
    const t = texts.get(path);
    return typeof t === 'string' ? t : undefined;
  };
  for (const m of mutations) {
    const path = current(m.file);
    const text = textOf(path);
    switch (m.op) {
      case 'value':
      case 'delete-key':
      case 'add-key': {
        if (text === undefined) break;
        texts.set(
          path,
          editData(text, path, (data) => {
            const all = paths(data);
            if (m.op === 'add-key') {
              const objects = all.filter((p) => {
                const v = getAt(data, p);
                return v !== null && typeof v === 'object' && !Array.isArray(v);
              });
              const target = getAt(data, objects[m.at % objects.length]!) as Record<string, unknown>;
              Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
              return;
            }
            const inner = all.filter((p) => p.length > 0);
            if (inner.length === 0) return;
            const target = inner[m.at % inner.length]!;
            setAt(data, target, m.op === 'value' ? m.value : undefined, m.op === 'delete-key');
          }),
        );
        break;
      }
      case 'duplicate-line':
      case 'delete-line': {
        if (text === undefined) break;
        const lines = text.split('\n');
        const i = m.at % lines.length;
        if (m.op === 'duplicate-line') lines.splice(i, 0, lines[i]!);
        else lines.splice(i, 1);
        texts.set(path, lines.join('\n'));
        break;
      }
      case 'insert-text': {
        if (text === undefined) break;
        const i = m.at % (text.length + 1);
        texts.set(path, text.slice(0, i) + m.text + text.slice(i));
        break;
      }
      case 'truncate':
        if (text !== undefined) texts.set(path, text.slice(0, m.at % (text.length + 1)));
        break;
      case 'copy-file': {
        const from = texts.get(path);
        const to = current(m.to);
        if (from === undefined) break;
        const folder = to.includes('/') ? to.slice(0, to.lastIndexOf('/') + 1) : '';
        const ext = path.slice(path.lastIndexOf('.'));
        texts.set(`${folder}kopia-${path.replace(/[/.]/g, '-')}${ext}`, from);
        break;
      }
      case 'delete-file':
        texts.set(path, undefined);
        break;
      case 'latin1':
        if (text !== undefined) texts.set(path, Buffer.from(text, 'latin1'));
        break;
    }
  }
  const out = new Map<string, Uint8Array | undefined>();
  const original = new Map(files.map((f) => [f.path, f.text]));
  for (const [path, value] of texts) {
    if (value === original.get(path)) continue;
    out.set(path, typeof value === 'string' ? Buffer.from(value, 'utf8') : value);
  }
  return out;
}
