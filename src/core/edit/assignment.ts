// `styr set` assignments as written on the command line: `team=drift`,
// `holders+=anna-berg`, `holders-=x`, `classification.availability=serious`,
// `integrations[target=ekonomi].protocol=SFTP`, `/integrations/0/protocol=SFTP`.
import type { EditPath } from './edit-path.js';

export type AssignmentOp = '=' | '+=' | '-=';

export interface Assignment {
  /** The text as given, for messages. */
  text: string;
  path: EditPath;
  op: AssignmentOp;
  raw: string;
}

export type AssignmentError = { error: 'form' | 'path'; text: string };

/** Split `path op value` at the first operator outside brackets. */
export function parseAssignment(text: string): Assignment | AssignmentError {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '=' && depth === 0) {
      const prev = text[i - 1];
      const op: AssignmentOp = prev === '+' ? '+=' : prev === '-' ? '-=' : '=';
      const pathText = text.slice(0, op === '=' ? i : i - 1).trim();
      const path = parseEditPath(pathText);
      if (path === undefined) return { error: 'path', text };
      return { text, path, op, raw: text.slice(i + 1) };
    }
  }
  return { error: 'form', text };
}

/** A path: dotted with brackets (`a.b[0].c`, `a[key=value]`), or a JSON pointer (`/a/0/c`). */
export function parseEditPath(text: string): EditPath | undefined {
  if (text === '') return undefined;
  if (text.startsWith('/')) {
    const segs = text
      .slice(1)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (segs.some((s) => s === '')) return undefined;
    return segs.map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
  }
  const out: (string | number | { key: string; value: string })[] = [];
  let i = 0;
  let expectKey = true;
  while (i < text.length) {
    if (text[i] === '[') {
      const close = text.indexOf(']', i);
      if (close === -1 || out.length === 0) return undefined;
      const inner = text.slice(i + 1, close).trim();
      const eq = inner.indexOf('=');
      if (/^-?\d+$/.test(inner)) out.push(Number(inner));
      else if (eq > 0 && eq < inner.length - 1) out.push({ key: inner.slice(0, eq).trim(), value: inner.slice(eq + 1).trim() });
      else return undefined;
      i = close + 1;
      expectKey = false;
      continue;
    }
    if (text[i] === '.') {
      if (expectKey) return undefined;
      i++;
      expectKey = true;
      continue;
    }
    if (!expectKey) return undefined;
    let end = i;
    while (end < text.length && text[end] !== '.' && text[end] !== '[') end++;
    const key = text.slice(i, end).trim();
    if (key === '' || key.includes(']')) return undefined;
    out.push(key);
    i = end;
    expectKey = false;
  }
  return expectKey ? undefined : out;
}
