// Builds the semantic diff of two revisions from their (partial) models: which
// records were added, removed, renamed or changed, and which validation
// problems the change introduces or fixes. Pure: git and files stay outside.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CONFIG_FILE, KINDS, kindForFolder, recordExtensions } from '../kinds/registry.js';
import type { KindName } from '../kinds/registry.js';
import { recordTitle } from '../model/repository.js';
import type { LoadedRecord, RepositoryModel } from '../model/repository.js';
import type { LoadResult } from '../validate/load-repository.js';
import { diffRecord, noticeDeadline } from './record-diff.js';
import type { DiffReport, RecordChange, RecordDiff, RevisionInfo } from './types.js';

export interface FileChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'type-changed';
  /** Data-relative path (in HEAD; in BASE for deleted files). */
  path: string;
  /** Data-relative path in BASE, for renames. */
  previousPath?: string;
}

export interface RevisionSnapshot {
  info: RevisionInfo;
  load: LoadResult;
  /** Files whose real content was parsed (the rest were only known by name). */
  parsed: ReadonlySet<string>;
  /** Record files in the revision. */
  recordFiles: number;
}

/** Seam for the order score and rank (src/core/orders scoring): id → score and rank. */
export type OrderScores = (model: RepositoryModel) => ReadonlyMap<string, { score: number; rank?: number }>;

export interface DiffInput {
  base: RevisionSnapshot;
  head: RevisionSnapshot;
  changes: readonly FileChange[];
  /** Unchanged files parsed in both revisions whose problems may change too (records that mention a changed one). */
  neighbours?: readonly string[];
  today: string;
  orderScores?: OrderScores;
}

export interface RecordLocation {
  kind: KindName;
  id: string;
}

/** The kind and id a data-relative path holds, if it is a record file. */
export function recordAt(path: string): RecordLocation | undefined {
  const slash = path.indexOf('/');
  if (slash < 0) return undefined;
  const kind = kindForFolder(path.slice(0, slash));
  if (!kind) return undefined;
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (file.startsWith('.') || /^readme(\.[a-z]+)?$/i.test(file)) return undefined;
  const dot = file.lastIndexOf('.');
  if (dot <= 0 || !recordExtensions(kind).includes(file.slice(dot).toLowerCase())) return undefined;
  return { kind: kind.name, id: file.slice(0, dot) };
}

function lookup(model: RepositoryModel, at: RecordLocation, file: string): LoadedRecord | undefined {
  const rec = model.records[at.kind].get(at.id) as LoadedRecord | undefined;
  return rec && rec.file === file ? rec : undefined;
}

function titleOf(rec: LoadedRecord | undefined): string | undefined {
  if (!rec) return undefined;
  const title = recordTitle(rec);
  return title === rec.id ? undefined : title;
}

const KIND_ORDER = new Map(KINDS.map((k, i) => [k.name, i]));

export function compareRecordDiffs(a: RecordDiff, b: RecordDiff): number {
  const ka = KIND_ORDER.get(a.kind) ?? 0;
  const kb = KIND_ORDER.get(b.kind) ?? 0;
  if (ka !== kb) return ka - kb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function scoreChange(
  base: RevisionSnapshot,
  head: RevisionSnapshot,
  id: string,
  previousId: string,
  scores?: OrderScores,
  cache?: Map<RevisionSnapshot, ReadonlyMap<string, { score: number; rank?: number }>>,
): RecordChange | undefined {
  if (!scores || !cache) return undefined;
  const of = (s: RevisionSnapshot) => {
    let m = cache.get(s);
    if (!m) cache.set(s, (m = scores(s.load.model)));
    return m;
  };
  const before = of(base).get(previousId);
  const after = of(head).get(id);
  if (!before || !after || (before.score === after.score && before.rank === after.rank)) return undefined;
  const change: RecordChange = { type: 'score', from: before.score, to: after.score };
  if (before.rank !== undefined) change.rankFrom = before.rank;
  if (after.rank !== undefined) change.rankTo = after.rank;
  return change;
}

function problemKey(d: Diagnostic, file: string): string {
  return `${d.rule}\u0000${file}\u0000${d.pointer}\u0000${d.severity}\u0000${d.message}`;
}

/** Problems in `files` present on one side only; BASE files are renamed to their HEAD names first. */
export function compareProblems(
  base: RevisionSnapshot,
  head: RevisionSnapshot,
  files: { base: ReadonlySet<string>; head: ReadonlySet<string> },
  renamed: ReadonlyMap<string, string>,
): { introduced: Diagnostic[]; fixed: Diagnostic[] } {
  const pick = (s: RevisionSnapshot, set: ReadonlySet<string>) => s.load.diagnostics.filter((d) => set.has(d.file) && s.parsed.has(d.file) && d.rule !== STUB_RULE);
  const before = pick(base, files.base);
  const after = pick(head, files.head);
  const counts = new Map<string, number>();
  for (const d of before) {
    const key = problemKey(d, renamed.get(d.file) ?? d.file);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const introduced: Diagnostic[] = [];
  for (const d of after) {
    const key = problemKey(d, d.file);
    const n = counts.get(key) ?? 0;
    if (n > 0) counts.set(key, n - 1);
    else introduced.push(d);
  }
  const remaining = new Map<string, number>();
  for (const d of after) {
    const key = problemKey(d, d.file);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const fixed: Diagnostic[] = [];
  for (const d of before) {
    const key = problemKey(d, renamed.get(d.file) ?? d.file);
    const n = remaining.get(key) ?? 0;
    if (n > 0) remaining.set(key, n - 1);
    else fixed.push(d);
  }
  return { introduced, fixed };
}

/** Rule id of the placeholder problem given to records known only by name. */
export const STUB_RULE = 'internal/not-parsed';

export function buildDiffReport(input: DiffInput): DiffReport {
  const { base, head, today } = input;
  const records: RecordDiff[] = [];
  const compareBase = new Set<string>();
  const compareHead = new Set<string>();
  const renamed = new Map<string, string>();
  const scoreCache = new Map<RevisionSnapshot, ReadonlyMap<string, { score: number; rank?: number }>>();

  for (const change of input.changes) {
    const beforePath = change.status === 'added' ? undefined : (change.previousPath ?? change.path);
    const afterPath = change.status === 'deleted' ? undefined : change.path;
    if (beforePath) compareBase.add(beforePath);
    if (afterPath) compareHead.add(afterPath);
    if (beforePath && afterPath && beforePath !== afterPath) renamed.set(beforePath, afterPath);
    if (afterPath === CONFIG_FILE || beforePath === CONFIG_FILE) continue;

    const beforeAt = beforePath ? recordAt(beforePath) : undefined;
    const afterAt = afterPath ? recordAt(afterPath) : undefined;
    // A file moved between kinds is a removal and an addition.
    if (beforeAt && afterAt && beforeAt.kind !== afterAt.kind) {
      records.push(removedRecord(base, beforeAt, beforePath!));
      records.push(addedRecord(head, afterAt, afterPath!, today));
      continue;
    }
    if (!beforeAt && afterAt) records.push(addedRecord(head, afterAt, afterPath!, today));
    else if (beforeAt && !afterAt) records.push(removedRecord(base, beforeAt, beforePath!));
    else if (beforeAt && afterAt) {
      const before = lookup(base.load.model, beforeAt, beforePath!);
      const after = lookup(head.load.model, afterAt, afterPath!);
      const changes = before && after ? diffRecord(afterAt.kind, before.data, after.data, { today }) : [];
      if (afterAt.kind === 'order') {
        const score = scoreChange(base, head, afterAt.id, beforeAt.id, input.orderScores, scoreCache);
        if (score) changes.push(score);
      }
      const isRename = beforeAt.id !== afterAt.id || beforePath !== afterPath;
      // A file rewritten without any change in meaning (formatting, comments) is not listed.
      if (!isRename && changes.length === 0 && before && after) continue;
      const diff: RecordDiff = { kind: afterAt.kind, id: afterAt.id, change: isRename ? 'renamed' : 'changed', file: afterPath!, changes };
      const title = titleOf(after) ?? titleOf(before);
      if (title) diff.title = title;
      if (isRename) {
        diff.previousFile = beforePath!;
        diff.previousId = beforeAt.id;
      }
      records.push(diff);
    }
  }
  records.sort(compareRecordDiffs);

  for (const path of input.neighbours ?? []) {
    compareBase.add(path);
    compareHead.add(path);
  }
  const problems = compareProblems(base, head, { base: compareBase, head: compareHead }, renamed);
  const count = (c: RecordDiff['change']) => records.filter((r) => r.change === c).length;
  return {
    version: 1,
    base: base.info,
    head: head.info,
    summary: {
      added: count('added'),
      removed: count('removed'),
      renamed: count('renamed'),
      changed: count('changed'),
      problemsIntroduced: problems.introduced.length,
      problemsFixed: problems.fixed.length,
    },
    records,
    problems,
    stats: {
      changedFiles: input.changes.length,
      recordFiles: { base: base.recordFiles, head: head.recordFiles },
      parsedFiles: { base: base.parsed.size, head: head.parsed.size },
    },
  };
}

function addedRecord(head: RevisionSnapshot, at: RecordLocation, file: string, today: string): RecordDiff {
  const rec = lookup(head.load.model, at, file);
  const diff: RecordDiff = { kind: at.kind, id: at.id, change: 'added', file, changes: [] };
  const title = titleOf(rec);
  if (title) diff.title = title;
  if (rec) {
    const data = rec.data as unknown as Record<string, unknown>;
    const facts: NonNullable<RecordDiff['facts']> = {};
    if (at.kind === 'order' && typeof data.status === 'string') {
      facts.status = data.status;
      if (typeof data.decision === 'string') facts.decision = data.decision;
    }
    if (at.kind === 'contract') {
      const deadline = noticeDeadline(data, today);
      if (deadline && data.ended === undefined) facts.noticeDeadline = deadline;
    }
    if (Object.keys(facts).length > 0) diff.facts = facts;
  }
  return diff;
}

function removedRecord(base: RevisionSnapshot, at: RecordLocation, file: string): RecordDiff {
  const diff: RecordDiff = { kind: at.kind, id: at.id, change: 'removed', file, changes: [] };
  const title = titleOf(lookup(base.load.model, at, file));
  if (title) diff.title = title;
  return diff;
}
