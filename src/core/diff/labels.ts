// Labels of the semantic diff, one table per language. Both tables have the
// same keys (the type says so), so a missing translation is a compile error.
import type { KindName } from '../kinds/registry.js';

export type DiffLanguage = 'sv' | 'en';

export interface DiffLabels {
  /** Singular, capitalised, used at the start of a line ('Role it-chef: …'). */
  kind: Record<KindName, string>;
  /** Section headings. */
  section: Record<KindName, string>;
  added: string;
  removed: string;
  renamedTo: string;
  changed: string;
  decision: string;
  noticeDeadline: string;
  status: string;
  score: string;
  rank: string;
  activity: string;
  was: string;
  none: string;
  workingTree: string;
  title: string;
  noChanges: string;
  records: string;
  problemsIntroduced: string;
  problemsFixed: string;
  problems: string;
  parsed: (parsed: number, total: number) => string;
  summary: (counts: { added: number; removed: number; renamed: number; changed: number }) => string;
  problemSummary: (introduced: number, fixed: number) => string;
  commit: string;
  author: string;
  date: string;
  message: string;
  noHistory: (what: string) => string;
  recordCreated: string;
  recordDeleted: string;
  renamedFrom: string;
}

const sv: DiffLabels = {
  kind: {
    unit: 'Enhet',
    person: 'Person',
    role: 'Roll',
    raci: 'HUKI',
    system: 'System',
    service: 'Tjänst',
    plan: 'Förvaltningsplan',
    order: 'Beställning',
    decision: 'Beslut',
    contract: 'Avtal',
    direction: 'Inriktning/plan',
    maturity: 'Mognadsbedömning',
  },
  section: {
    unit: 'Enheter',
    person: 'Personer',
    role: 'Roller',
    raci: 'HUKI-matriser',
    system: 'System',
    service: 'Tjänster',
    plan: 'Förvaltningsplaner',
    order: 'Beställningar',
    decision: 'Beslut',
    contract: 'Avtal',
    direction: 'Inriktning och taktisk plan',
    maturity: 'Mognadsbedömningar',
  },
  added: 'lades till',
  removed: 'togs bort',
  renamedTo: 'fick nytt id',
  changed: 'ändrad',
  decision: 'beslut',
  noticeDeadline: 'sista uppsägningsdag',
  status: 'status',
  score: 'poäng',
  rank: 'rang',
  activity: 'aktivitet',
  was: 'var',
  none: '–',
  workingTree: 'arbetskatalogen',
  title: 'Vad ändringen betyder',
  noChanges: 'Inga ändringar i posterna.',
  records: 'poster',
  problemsIntroduced: 'Nya problem',
  problemsFixed: 'Åtgärdade problem',
  problems: 'problem',
  parsed: (parsed, total) => `${parsed} av ${total} filer lästa`,
  summary: ({ added, removed, renamed, changed }) =>
    `${added + removed + renamed + changed} poster: ${added} tillagda, ${removed} borttagna, ${renamed} med nytt id, ${changed} ändrade`,
  problemSummary: (introduced, fixed) => `problem: ${introduced} nya, ${fixed} åtgärdade`,
  commit: 'commit',
  author: 'författare',
  date: 'datum',
  message: 'meddelande',
  noHistory: (what) => `ingen historik i git för ${what}`,
  recordCreated: 'skapad',
  recordDeleted: 'borttagen',
  renamedFrom: 'hette tidigare',
};

const en: DiffLabels = {
  kind: {
    unit: 'Unit',
    person: 'Person',
    role: 'Role',
    raci: 'RACI',
    system: 'System',
    service: 'Service',
    plan: 'Plan',
    order: 'Order',
    decision: 'Decision',
    contract: 'Contract',
    direction: 'Direction',
    maturity: 'Maturity',
  },
  section: {
    unit: 'Units',
    person: 'People',
    role: 'Roles',
    raci: 'RACI matrices',
    system: 'Systems',
    service: 'Services',
    plan: 'Management plans',
    order: 'Orders',
    decision: 'Decisions',
    contract: 'Contracts',
    direction: 'Direction and tactical plan',
    maturity: 'Maturity assessments',
  },
  added: 'added',
  removed: 'removed',
  renamedTo: 'renamed to',
  changed: 'changed',
  decision: 'decision',
  noticeDeadline: 'notice deadline',
  status: 'status',
  score: 'score',
  rank: 'rank',
  activity: 'activity',
  was: 'was',
  none: '–',
  workingTree: 'working tree',
  title: 'What this change means',
  noChanges: 'No changes to records.',
  records: 'records',
  problemsIntroduced: 'Problems introduced',
  problemsFixed: 'Problems fixed',
  problems: 'problems',
  parsed: (parsed, total) => `${parsed} of ${total} files parsed`,
  summary: ({ added, removed, renamed, changed }) =>
    `${added + removed + renamed + changed} records: ${added} added, ${removed} removed, ${renamed} renamed, ${changed} changed`,
  problemSummary: (introduced, fixed) => `problems: ${introduced} introduced, ${fixed} fixed`,
  commit: 'commit',
  author: 'author',
  date: 'date',
  message: 'message',
  noHistory: (what) => `no git history for ${what}`,
  recordCreated: 'created',
  recordDeleted: 'deleted',
  renamedFrom: 'renamed from',
};

export const DIFF_LABELS: Record<DiffLanguage, DiffLabels> = { sv, en };
