// The shape of a semantic diff. `styr diff --format json` prints a DiffReport
// as is (documented in the README); keep changes to it additive.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { KindName } from '../kinds/registry.js';

export type RecordChange =
  /** An order moved through its lifecycle; `path` lists every status passed (from … to). */
  | { type: 'status'; from: string; to: string; path: string[]; decision?: string }
  /** One RACI cell: role's letter in an activity ('' is no letter). */
  | { type: 'raci-cell'; activity: string; role: string; from: string; to: string }
  | { type: 'raci-activity'; op: 'added' | 'removed'; activity: string; name: string }
  /** People named by a role (holders, deputy). */
  | { type: 'people'; field: string; from: string[]; to: string[] }
  /** A contract's computed notice deadline moved. */
  | { type: 'notice-deadline'; from?: string; to?: string }
  /** An order's computed priority score and rank. */
  | { type: 'score'; from?: number; to?: number; rankFrom?: number; rankTo?: number }
  /** Any other field, by JSON path ('classification.availability', 'activities[registrera].name'). */
  | { type: 'field'; op: 'added' | 'removed' | 'changed'; path: string; from?: unknown; to?: unknown };

export interface RecordDiff {
  kind: KindName;
  id: string;
  title?: string;
  change: 'added' | 'removed' | 'changed' | 'renamed';
  /** Data-relative file in HEAD (in BASE for removed records). */
  file: string;
  /** For renamed records (a new id, a new file name or both): the file and id in BASE. */
  previousFile?: string;
  previousId?: string;
  /** Extra facts about an added record (an order's status, a contract's notice deadline). */
  facts?: { status?: string; noticeDeadline?: string; decision?: string };
  changes: RecordChange[];
}

export interface RevisionInfo {
  /** What the user asked for ('main', 'HEAD~1'), or 'working tree'. */
  rev: string;
  /** Full commit hash; undefined for the working tree. */
  commit?: string;
}

export interface DiffStats {
  /** Files git reports as changed under the data folder. */
  changedFiles: number;
  /** Record files in each revision. */
  recordFiles: { base: number; head: number };
  /** Files parsed from each revision (changed files plus what their references and rules need). */
  parsedFiles: { base: number; head: number };
}

export interface DiffReport {
  version: 1;
  base: RevisionInfo;
  head: RevisionInfo;
  summary: { added: number; removed: number; renamed: number; changed: number; problemsIntroduced: number; problemsFixed: number };
  records: RecordDiff[];
  problems: { introduced: Diagnostic[]; fixed: Diagnostic[] };
  stats: DiffStats;
}
