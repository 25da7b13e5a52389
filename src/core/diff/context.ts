// Which records a partial load needs besides the changed ones: what they point
// at (and, for chains within one kind such as dependsOn or supersedes, what
// those point at in turn). Records that point at a changed one are found by
// the caller (git grep), since finding them here would mean parsing everything.
import { KINDS, kindByName } from '../kinds/registry.js';
import type { KindName } from '../kinds/registry.js';
import { collectAt } from '../model/references.js';
import { recordAt } from './report.js';
import type { FileChange } from './report.js';

export interface RecordFileIndex {
  /** 'kind:id' → data-relative path. */
  byKey: Map<string, string>;
  /** Record files, data-relative. */
  records: string[];
}

export function indexRecordFiles(paths: readonly string[]): RecordFileIndex {
  const byKey = new Map<string, string>();
  const records: string[] = [];
  for (const path of paths) {
    const at = recordAt(path);
    if (!at) continue;
    records.push(path);
    const key = `${at.kind}:${at.id}`;
    if (!byKey.has(key)) byKey.set(key, path);
  }
  return { byKey, records };
}

export interface Reference {
  kind: KindName;
  id: string;
}

/** Every record id `data` (a record of `kind`) refers to. */
export function referencesOf(kind: KindName, data: unknown): Reference[] {
  const out: Reference[] = [];
  for (const ref of kindByName(kind).references) {
    if (ref.target === 'goal' || ref.target === 'team') continue;
    for (const found of collectAt(data, ref.path)) {
      if (typeof found.value === 'string') out.push({ kind: ref.target, id: found.value });
    }
  }
  return out;
}

/** Folders whose records are always parsed: goals live in them and many references go there. */
export const ALWAYS_PARSED_KINDS: readonly KindName[] = ['direction'];

export function alwaysParsed(index: RecordFileIndex): string[] {
  const folders = new Set(KINDS.filter((k) => ALWAYS_PARSED_KINDS.includes(k.name)).map((k) => `${k.folder}/`));
  return index.records.filter((p) => [...folders].some((f) => p.startsWith(f)));
}

/**
 * A record removed from one file and added in another of the same kind and id
 * is one record in a renamed file: git pairs such files only when they are
 * alike enough and tracked, not for a file moved in the working tree.
 */
export function pairRenamedRecords(changes: readonly FileChange[]): FileChange[] {
  const key = (path: string) => {
    const at = recordAt(path);
    return at ? `${at.kind}:${at.id}` : undefined;
  };
  const deleted = new Map<string, FileChange[]>();
  const added = new Map<string, FileChange[]>();
  for (const change of changes) {
    const k = key(change.path);
    if (k === undefined) continue;
    if (change.status === 'deleted') deleted.set(k, [...(deleted.get(k) ?? []), change]);
    if (change.status === 'added') added.set(k, [...(added.get(k) ?? []), change]);
  }
  const out: FileChange[] = [];
  for (const change of changes) {
    const k = key(change.path);
    const pair = k !== undefined && deleted.get(k)?.length === 1 && added.get(k)?.length === 1;
    if (!pair) out.push(change);
    else if (change.status === 'added') out.push({ status: 'renamed', path: change.path, previousPath: deleted.get(k)![0]!.path });
    else if (change.status !== 'deleted') out.push(change);
  }
  return out;
}
