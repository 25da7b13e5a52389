// Labels shown to people, one table per language (sv.ts, en.ts). Both tables
// have the type below, so a missing translation is a compile error. Command
// output and the renderers share these; messages about problems stay English.
import type {
  Level,
  Lifecycle,
  NoticeOutcome,
  OrderCategory,
  OrderSize,
  OrderStatus,
  OrderType,
  RaciLetter,
  RecruitmentStatus,
  RenewalType,
  Staffing,
} from '../model/types.js';
import type { StepOwnerKind } from '../orders/next-step.js';
import type { ScoreFactor } from '../orders/scoring.js';
import { en } from './en.js';
import { sv } from './sv.js';

export type LabelLanguage = 'sv' | 'en';

export interface Labels {
  language: LabelLanguage;
  status: Record<OrderStatus, string>;
  orderType: Record<OrderType, string>;
  orderCategory: Record<OrderCategory, string>;
  size: Record<OrderSize, string>;
  factor: Record<ScoreFactor, string>;
  /** Column headings and field names of order tables and `order show`. */
  field: {
    rank: string;
    id: string;
    title: string;
    description: string;
    status: string;
    score: string;
    legal: string;
    unit: string;
    orderer: string;
    type: string;
    category: string;
    systems: string;
    team: string;
    handler: string;
    goal: string;
    wantedBy: string;
    created: string;
    daysInStatus: string;
    decision: string;
    rationale: string;
    estimates: string;
    effort: string;
    costOneOff: string;
    costYearly: string;
    riskIfDone: string;
    dependsOn: string;
    dependents: string;
    history: string;
    date: string;
    from: string;
    to: string;
    actor: string;
    note: string;
    start: string;
    end: string;
    quarter: string;
    capacity: string;
    committed: string;
    approvedWork: string;
    free: string;
    overAllocated: string;
    reason: string;
    nextStep: string;
    weight: string;
    value: string;
    contribution: string;
  };
  text: {
    yes: string;
    no: string;
    none: string;
    notEstimated: string;
    personDays: (days: number) => string;
    days: (days: number) => string;
    noOrders: string;
    ordersShown: (shown: number, total: number) => string;
    rankTitle: string;
    rankEmpty: string;
    legalFirst: string;
    scoreOutOf: string;
    since: (date: string, days: number) => string;
    rankOf: (rank: number, total: number) => string;
    notRanked: string;
    file: string;
    weightsFrom: (source: 'config' | 'default') => string;
    planTitle: (from: string, to: string) => string;
    planPlaced: string;
    planUnplaced: string;
    planCapacity: string;
    planLate: string;
    planOverAllocated: string;
    planNothing: string;
    committedMark: string;
    wantedByMissed: (wanted: string, end: string) => string;
  };
  /** Who owns an order's next step, and what it is. */
  nextStep: {
    owner: (kind: StepOwnerKind, name: string | undefined) => string;
    action: Record<OrderStatus, string>;
    nextMeeting: (date: string) => string;
  };
  /** `styr new` on a terminal. */
  prompt: {
    none: string;
    done: string;
    create: (path: string) => string;
    cancelled: string;
    required: string;
    dateFormat: string;
    number: (min?: number, max?: number) => string;
    yamlValue: string;
    commaList: string;
    searchHint: string;
    idTaken: string;
    idFormat: (example: string) => string;
    created: (path: string) => string;
  };
  /** Closed vocabularies the query commands print, in the rendered documents' words. */
  lifecycle: Record<Lifecycle, string>;
  level: Record<Level, string>;
  staffing: Record<Staffing, string>;
  recruitmentStatus: Record<RecruitmentStatus, string>;
  renewal: Record<RenewalType, string>;
  noticeOutcome: Record<NoticeOutcome, string>;
  /** What each HUKI letter means; the letters themselves are the same in every language. */
  raciLetter: Record<RaciLetter, string>;
  /** Column headings and texts of `styr systems`, `contracts`, `roles` and `raci`. */
  query: {
    name: string;
    businessArea: string;
    lifecycle: string;
    owner: string;
    administrator: string;
    plan: (year: number) => string;
    integrations: string;
    supplier: string;
    currentEnd: string;
    noticeDeadline: string;
    daysLeft: string;
    renewal: string;
    yearlyCost: (currency: string) => string;
    /** The decision cell of a contract that has ended. */
    contractEnded: string;
    noticeDecision: string;
    level: string;
    unit: string;
    holders: string;
    staffing: string;
    recruitment: string;
    process: string;
    activities: string;
    roles: string;
    activity: string;
    letter: string;
    noPlan: string;
    nothingMatches: string;
    renewalText: (type: RenewalType, months: number | undefined) => string;
    recruitmentText: (step: number | undefined, status: RecruitmentStatus | undefined) => string;
    moreHolders: (count: number) => string;
    amount: (value: number) => string;
    systemsShown: (shown: number, total: number) => string;
    contractsShown: (shown: number, total: number) => string;
    rolesShown: (shown: number, total: number) => string;
    processesShown: (count: number) => string;
    assignmentsShown: (count: number, role: string) => string;
  };
  /** Why `styr plan` could not place an order. */
  unplaced: {
    unassigned: string;
    unknownTeam: (team: string) => string;
    notEstimated: string;
    dependency: (id: string, status: string) => string;
    dependencyUnplaced: (id: string) => string;
    dependencyUnknown: (id: string) => string;
    cycle: (ids: readonly string[]) => string;
    doesNotFit: (needed: number, free: number, last: string) => string;
  };
}

export function labelsFor(language: string | undefined): Labels {
  return language === 'en' ? en : sv;
}
