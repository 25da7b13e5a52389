// What changed in one record, in the terms of its kind: order moves, RACI
// cells, role holders, contract deadlines; a field-by-field diff for the rest.
import { contractTerms } from '../contracts/terms.js';
import type { KindName } from '../kinds/registry.js';
import type { Contract, Order, Raci } from '../model/types.js';
import { dictionary } from '../model/own.js';
import type { RecordChange } from './types.js';

type Data = Record<string, unknown>;

export interface RecordDiffOptions {
  today: string;
}

function isObject(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether two record values are the same (lists in order, objects by keys). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]));
  }
  const ka = Object.keys(a as Data);
  const kb = Object.keys(b as Data);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as Data)[k], (b as Data)[k]));
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (IDENT.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

function keyedById(list: unknown[]): Map<string, unknown> | undefined {
  const map = new Map<string, unknown>();
  for (const item of list) {
    if (!isObject(item) || typeof item.id !== 'string' || map.has(item.id)) return undefined;
    map.set(item.id, item);
  }
  return map;
}

/** Field-level diff by JSON path; lists of scalars compare whole, lists of {id} by id. */
export function diffFields(before: unknown, after: unknown, path = '', out: RecordChange[] = []): RecordChange[] {
  if (sameValue(before, after)) return out;
  if (before === undefined) {
    out.push({ type: 'field', op: 'added', path, to: after });
    return out;
  }
  if (after === undefined) {
    out.push({ type: 'field', op: 'removed', path, from: before });
    return out;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before)];
    for (const k of Object.keys(after)) if (!Object.prototype.hasOwnProperty.call(before, k)) keys.push(k);
    for (const key of keys) {
      const b = Object.prototype.hasOwnProperty.call(before, key) ? before[key] : undefined;
      const a = Object.prototype.hasOwnProperty.call(after, key) ? after[key] : undefined;
      diffFields(b, a, join(path, key), out);
    }
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const byIdBefore = keyedById(before);
    const byIdAfter = keyedById(after);
    if (byIdBefore && byIdAfter && (before.length > 0 || after.length > 0)) {
      const ids = [...byIdBefore.keys()];
      for (const id of byIdAfter.keys()) if (!byIdBefore.has(id)) ids.push(id);
      for (const id of ids) diffFields(byIdBefore.get(id), byIdAfter.get(id), `${path}[${id}]`, out);
      return out;
    }
    const objects = before.some(isObject) || after.some(isObject);
    if (objects) {
      const n = Math.max(before.length, after.length);
      for (let i = 0; i < n; i++) diffFields(before[i], after[i], join(path, i), out);
      return out;
    }
  }
  out.push({ type: 'field', op: 'changed', path, from: before, to: after });
  return out;
}

function without(data: Data, keys: readonly string[]): Data {
  const copy: Data = {};
  for (const [k, v] of Object.entries(data)) if (!keys.includes(k)) copy[k] = v;
  return copy;
}

function orderChanges(before: Order, after: Order): RecordChange[] {
  const out: RecordChange[] = [];
  const skip: string[] = [];
  if (before.status !== after.status) {
    const oldHistory = before.history ?? [];
    const newHistory = after.history ?? [];
    const appended = newHistory.slice(oldHistory.length);
    let path = [before.status, after.status];
    if (
      appended.length > 0 &&
      appended.every((e, i) => (i === 0 ? e.from === undefined || e.from === before.status : e.from === undefined || e.from === appended[i - 1]!.to)) &&
      appended[appended.length - 1]!.to === after.status
    ) {
      path = [before.status, ...appended.map((e) => e.to)];
    }
    const decided = [...appended].reverse().find((e) => e.decision)?.decision ?? (after.decision !== before.decision ? after.decision : undefined);
    const change: RecordChange = { type: 'status', from: before.status, to: after.status, path };
    if (decided) change.decision = decided;
    out.push(change);
    skip.push('status', 'history');
    if (decided === after.decision) skip.push('decision');
  }
  out.push(...diffFields(without(before as unknown as Data, skip), without(after as unknown as Data, skip)));
  return out;
}

function letters(activity: unknown): Record<string, string> {
  const out = dictionary<string>();
  if (!isObject(activity) || !isObject(activity.roles)) return out;
  for (const [role, letter] of Object.entries(activity.roles)) if (typeof letter === 'string') out[role] = letter;
  return out;
}

function raciChanges(before: Raci, after: Raci): RecordChange[] {
  const out: RecordChange[] = [];
  const list = (r: Raci) => (Array.isArray(r.activities) ? r.activities : []);
  const beforeById = keyedById(list(before));
  const afterById = keyedById(list(after));
  if (!beforeById || !afterById) return diffFields(before, after);
  const ids = [...beforeById.keys()];
  for (const id of afterById.keys()) if (!beforeById.has(id)) ids.push(id);
  for (const id of ids) {
    const a = beforeById.get(id) as Data | undefined;
    const b = afterById.get(id) as Data | undefined;
    if (!a || !b) {
      const present = (a ?? b)!;
      out.push({ type: 'raci-activity', op: a ? 'removed' : 'added', activity: id, name: typeof present.name === 'string' ? present.name : id });
      continue;
    }
    const la = letters(a);
    const lb = letters(b);
    const roles = [...Object.keys(la)];
    for (const r of Object.keys(lb)) if (!(r in la)) roles.push(r);
    for (const role of roles) {
      if (la[role] !== lb[role]) out.push({ type: 'raci-cell', activity: id, role, from: la[role] ?? '', to: lb[role] ?? '' });
    }
    out.push(...diffFields(without(a, ['roles', 'id']), without(b, ['roles', 'id']), `activities[${id}]`));
  }
  out.push(...diffFields(without(before as unknown as Data, ['activities']), without(after as unknown as Data, ['activities'])));
  return out;
}

function peopleList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function roleChanges(before: Data, after: Data): RecordChange[] {
  const out: RecordChange[] = [];
  for (const field of ['holders', 'deputy']) {
    if (!sameValue(before[field], after[field])) out.push({ type: 'people', field, from: peopleList(before[field]), to: peopleList(after[field]) });
  }
  out.push(...diffFields(without(before, ['holders', 'deputy']), without(after, ['holders', 'deputy'])));
  return out;
}

/** The notice deadline of a contract on `today`, if it can be computed. */
export function noticeDeadline(contract: unknown, today: string): string | undefined {
  if (!isObject(contract) || typeof contract.start !== 'string' || typeof contract.initialTermMonths !== 'number') return undefined;
  try {
    return contractTerms(contract as unknown as Contract, today).noticeDeadline;
  } catch {
    return undefined;
  }
}

function contractChanges(before: Data, after: Data, today: string): RecordChange[] {
  const out = diffFields(before, after);
  const from = noticeDeadline(before, today);
  const to = noticeDeadline(after, today);
  if (from !== to) {
    const change: RecordChange = { type: 'notice-deadline' };
    if (from) change.from = from;
    if (to) change.to = to;
    out.push(change);
  }
  return out;
}

/** Changes between two versions of one record (both present). */
export function diffRecord(kind: KindName, before: unknown, after: unknown, options: RecordDiffOptions): RecordChange[] {
  if (!isObject(before) || !isObject(after)) return diffFields(before, after);
  // The id lives in the file name; a rename reports it once, not as a field.
  const b = without(before, ['id']);
  const a = without(after, ['id']);
  switch (kind) {
    case 'order':
      return typeof b.status === 'string' && typeof a.status === 'string' ? orderChanges(b as unknown as Order, a as unknown as Order) : diffFields(b, a);
    case 'raci':
      return raciChanges(b as unknown as Raci, a as unknown as Raci);
    case 'role':
      return roleChanges(b, a);
    case 'contract':
      return contractChanges(b, a, options.today);
    default:
      return diffFields(b, a);
  }
}
