// The indexed repository model: records by kind and id, the configuration,
// and the few lookups every rule and renderer needs.
import type { KindName } from '../kinds/registry.js';
import type {
  Contract,
  Decision,
  Direction,
  Goal,
  Maturity,
  Order,
  Person,
  Plan,
  Raci,
  Role,
  Service,
  StyrConfig,
  System,
  Unit,
} from './types.js';

export interface KindTypes {
  unit: Unit;
  person: Person;
  role: Role;
  raci: Raci;
  system: System;
  service: Service;
  plan: Plan;
  order: Order;
  decision: Decision;
  contract: Contract;
  direction: Direction;
  maturity: Maturity;
}

export interface LoadedRecord<K extends KindName = KindName> {
  kind: K;
  id: string;
  /** Path relative to the data folder. */
  file: string;
  data: KindTypes[K];
  /** Markdown body (decisions). */
  body?: string;
  /** False when the record failed schema validation: rules skip it. */
  valid: boolean;
}

export interface GoalEntry {
  goal: Goal;
  direction: LoadedRecord<'direction'>;
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
    plan: new Map(),
    order: new Map(),
    decision: new Map(),
    contract: new Map(),
    direction: new Map(),
    maturity: new Map(),
  };
}

/** Valid records of one kind, in id order. */
export function validRecords<K extends KindName>(model: RepositoryModel, kind: K): LoadedRecord<K>[] {
  const out: LoadedRecord<K>[] = [];
  for (const rec of model.records[kind].values()) if (rec.valid) out.push(rec as LoadedRecord<K>);
  return out;
}

/** Record title for messages: its name or title field, else its id. */
export function recordTitle(rec: LoadedRecord): string {
  const data = rec.data as unknown as Record<string, unknown>;
  const title = data.name ?? data.title;
  return typeof title === 'string' ? title : rec.id;
}
