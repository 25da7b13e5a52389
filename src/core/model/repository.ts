// The indexed repository model: records by kind and id, the configuration,
// and the few lookups every rule and renderer needs.
import type { KindName } from '../kinds/registry.js';
import type { RecordsByKind } from './generated/records.js';
import type { Goal, StyrConfig } from './types.js';

/** The record type of each kind, generated from the schemas. */
export type KindTypes = RecordsByKind;

type Holds<T extends true> = T;
/** Compile-time check: every kind in the registry has a schema with an id, and no other schema does. */
export type KindsMatchSchemas = Holds<[KindName] extends [keyof KindTypes] ? ([keyof KindTypes] extends [KindName] ? true : false) : false>;

interface LoadedRecordBase<K extends KindName> {
  kind: K;
  id: string;
  /** Path relative to the data folder. */
  file: string;
  /** Markdown body (decisions). */
  body?: string;
}

/**
 * A record as read from its file. Only a record that passed schema validation
 * has typed data; an invalid one holds whatever the file held, and rules skip it.
 */
export type LoadedRecord<K extends KindName = KindName> = LoadedRecordBase<K> & ({ valid: true; data: KindTypes[K] } | { valid: false; data: unknown });

/** A record that passed schema validation. */
export type ValidRecord<K extends KindName = KindName> = LoadedRecord<K> & { valid: true };

export interface GoalEntry {
  goal: Goal;
  direction: ValidRecord<'direction'>;
  index: number;
}

export interface RepositoryModel {
  config: ResolvedConfig;
  /** Records by kind, each map ordered by id. */
  records: { [K in KindName]: Map<string, LoadedRecord<K>> };
  goals: Map<string, GoalEntry>;
  /** Number of record files read (including broken ones). */
  fileCount: number;
}

export interface ResolvedConfig extends StyrConfig {
  currency: string;
  noticeLeadDays: number;
  continuityReviewMonths: number;
  continuityExerciseMonths: number;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  organisation: 'Okänd organisation',
  language: 'sv',
  planningYear: 0,
  currency: 'SEK',
  noticeLeadDays: 90,
  continuityReviewMonths: 12,
  continuityExerciseMonths: 24,
};

/** Defaults for what styr.yaml leaves out; the planning year defaults to today's year. */
export function resolveConfig(raw: StyrConfig | undefined, currentYear: number): ResolvedConfig {
  return { ...DEFAULT_CONFIG, planningYear: currentYear, ...(raw ?? {}) } as ResolvedConfig;
}

export function emptyRecords(): RepositoryModel['records'] {
  return {
    unit: new Map(),
    person: new Map(),
    role: new Map(),
    raci: new Map(),
    system: new Map(),
    service: new Map(),
    object: new Map(),
    plan: new Map(),
    order: new Map(),
    decision: new Map(),
    contract: new Map(),
    direction: new Map(),
    maturity: new Map(),
  };
}

/** Valid records of one kind, in id order. */
export function validRecords<K extends KindName>(model: RepositoryModel, kind: K): ValidRecord<K>[] {
  const out: ValidRecord<K>[] = [];
  for (const rec of model.records[kind].values()) if (rec.valid) out.push(rec);
  return out;
}

/** Record title for messages: its name or title field, else its id. */
export function recordTitle(rec: LoadedRecord): string {
  const data = rec.data as unknown as Record<string, unknown>;
  const title = data.name ?? data.title;
  return typeof title === 'string' ? title : rec.id;
}
