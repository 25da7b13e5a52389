// The meaning of field edits on plain data: what a record must parse to after
// its text is edited. The cli compares the two before writing anything.
import type { EditPath, FieldEdit } from './edit-path.js';

type Container = Record<string, unknown> | unknown[];

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return String(a) === String(b);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    Array.isArray(a) === Array.isArray(b) && ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function indexIn(list: unknown[], seg: EditPath[number]): number {
  if (typeof seg === 'number') return seg < 0 ? list.length + seg : seg;
  if (typeof seg === 'object') return list.findIndex((item) => isRecord(item) && item[seg.key] !== undefined && String(item[seg.key]) === seg.value);
  return -1;
}

/** The container holding the path's last segment, creating maps on the way when `create`. */
function parentOf(root: Record<string, unknown>, path: EditPath, create: boolean): Container | undefined {
  let node: unknown = root;
  for (const seg of path.slice(0, -1)) {
    if (typeof seg === 'string') {
      if (!isRecord(node)) return undefined;
      if (!isRecord(node[seg]) && !Array.isArray(node[seg])) {
        if (!create) return undefined;
        node[seg] = {};
      }
      node = node[seg];
    } else {
      if (!Array.isArray(node)) return undefined;
      node = node[indexIn(node, seg)];
    }
  }
  return isRecord(node) || Array.isArray(node) ? node : undefined;
}

function get(parent: Container, seg: EditPath[number]): unknown {
  return Array.isArray(parent) ? parent[indexIn(parent, seg)] : parent[seg as string];
}

function put(parent: Container, seg: EditPath[number], value: unknown): void {
  if (Array.isArray(parent)) parent[indexIn(parent, seg)] = value;
  else parent[seg as string] = value;
}

/** Apply edits to a copy of the data. */
export function applyEditsToData(data: unknown, edits: readonly FieldEdit[]): Record<string, unknown> {
  const root = structuredClone(isRecord(data) ? data : {}) as Record<string, unknown>;
  for (const edit of edits) {
    const last = edit.path[edit.path.length - 1]!;
    const parent = parentOf(root, edit.path, edit.op !== 'unset' && edit.op !== 'remove');
    if (!parent) continue;
    switch (edit.op) {
      case 'set':
        put(parent, last, structuredClone(edit.value));
        break;
      case 'unset': {
        if (Array.isArray(parent)) {
          const i = indexIn(parent, last);
          if (i >= 0) parent.splice(i, 1);
        } else delete parent[last as string];
        break;
      }
      case 'append': {
        const list = get(parent, last);
        if (Array.isArray(list)) list.push(structuredClone(edit.value));
        else put(parent, last, [structuredClone(edit.value)]);
        break;
      }
      case 'remove': {
        const list = get(parent, last);
        if (Array.isArray(list)) {
          const i = list.findIndex((item) => sameValue(item, edit.value));
          if (i >= 0) list.splice(i, 1);
        }
        break;
      }
    }
  }
  return root;
}

/** The value at a path, or undefined when it is not there. */
export function valueAt(data: unknown, path: EditPath): unknown {
  let node: unknown = data;
  for (const seg of path) {
    if (typeof seg === 'string') node = isRecord(node) ? node[seg] : undefined;
    else node = Array.isArray(node) ? node[indexIn(node, seg)] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}
