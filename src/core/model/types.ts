// Typed records under the names the code uses. The types themselves are
// generated from schemas/ (generated/records.ts, `npm run generate`); this module
// names the nested enums and ids, and keeps the runtime lists of enum values,
// each checked at compile time against the schema's values in both directions.
// Values are exactly what the YAML holds after schema validation: dates stay
// ISO strings, references stay ids. Derived values (order score, contract end
// dates, inverse relations) live in the repository model, not here.
import type { Language } from '../i18n/language.js';
import type {
  ClassLevel,
  Config,
  ContinuityScenario,
  Contract,
  CostCategory,
  Financing,
  ContractRef,
  DecidedOrder,
  Decision,
  DecisionRef,
  Direction,
  DirectionBase,
  DirectionRef,
  GoalRef,
  Initiative,
  Integration,
  Kpi,
  Licence,
  Maturity,
  NoticeDecision,
  Order,
  OrderEstimates,
  OrderRef,
  OrderReview,
  OrderStatus,
  PersonRef,
  Plan,
  PlanRef,
  Raci,
  RaciActivity,
  Recruitment,
  Renewal,
  RiskLevel,
  Role,
  RoleRef,
  Service,
  SlaTarget,
  System,
  SystemRef,
  Team,
  Unit,
  UnitRef,
} from './generated/records.js';

export type {
  Approval,
  BenefitFollowUp,
  ClassLevel,
  Classification,
  Continuity,
  ContinuityScenario,
  Contract,
  CostCategory,
  CostShare,
  DecidedOrder,
  Decision,
  Direction,
  DirectionBase,
  DirectionKpi,
  DocumentLink,
  Financing,
  Goal,
  HistoryEntry,
  Initiative,
  Integration,
  IsoDate,
  Kpi,
  KpiMeasurement,
  Licence,
  Maturity,
  MaturityArea,
  NoticeDecision,
  Order,
  OrderEstimates,
  OrderRequirement,
  OrderReview,
  OrderStatus,
  Overhead,
  Period,
  Person,
  Plan,
  PlanActivity,
  PlanBudget,
  PlanGoal,
  PlanOutcome,
  Raci,
  RaciActivity,
  Recruitment,
  Renewal,
  Risk,
  RiskLevel,
  Role,
  ScoreWeights,
  Service,
  ServiceContact,
  Sla,
  SlaTarget,
  System,
  Team,
  TeamCapacity,
  Unit,
} from './generated/records.js';

export { LANGUAGES } from '../i18n/language.js';
export type { Language } from '../i18n/language.js';

/** The settings in styr.yaml (config.schema.json). */
export type StyrConfig = Config;

/** An IT direction: the three-year strategic goals (IT-inriktning). */
export type StrategicDirection = Extract<Direction, { type: 'direction' }>;
/** A tactical plan: the one-year plan implementing a direction (taktisk plan). */
export type TacticalPlan = Extract<Direction, { type: 'tactical-plan' }>;

// ---------------------------------------------------------------- ids

export type UnitId = UnitRef;
export type PersonId = PersonRef;
export type RoleId = RoleRef;
export type RaciId = Raci['id'];
export type SystemId = SystemRef;
export type ServiceId = Service['id'];
export type ContractId = ContractRef;
/** Id of an IT direction or tactical plan. */
export type DirectionId = DirectionRef;
export type MaturityId = Maturity['id'];
/** Id of a managed object (förvaltningsobjekt). */
export type ManagedObjectId = Plan['managedObject'];
/** Id of a team in styr.yaml. */
export type TeamId = Team['id'];
/** Id of a management plan: managed object + year, e.g. `ekonomi-2025`. */
export type PlanId = PlanRef;
/** Id of an order: `ORD-YYMMDD-XXXX` (creation date + 4 Crockford base32 characters). */
export type OrderId = OrderRef;
/** Id of a decision: `YYYY-MM-DD-slug`. */
export type DecisionId = DecisionRef;
/** Id of a goal inside an IT direction, e.g. `M1`. */
export type GoalId = GoalRef;

// ---------------------------------------------------------------- closed vocabularies

export type UnitKind = Unit['kind'];
export type Level = Role['level'];
export type Side = Role['side'];
export type Staffing = Role['staffing'];
export type RecruitmentForm = NonNullable<Recruitment['form']>;
export type RecruitmentStatus = NonNullable<Recruitment['status']>;
export type RaciProcess = NonNullable<Raci['process']>;
export type RaciLetter = RaciActivity['roles'][string];
export type Hosting = NonNullable<System['hosting']>;
export type Lifecycle = System['lifecycle'];
export type IntegrationDirection = Integration['direction'];
export type IntegrationFrequency = NonNullable<Integration['frequency']>;
export type IntegrationStatus = NonNullable<Integration['status']>;
export type ServiceStatus = Service['status'];
export type SlaTargetKind = SlaTarget['kind'];
export type SlaUnit = SlaTarget['unit'];
export type KpiDirection = Kpi['direction'];
export type KpiFrequency = NonNullable<Kpi['frequency']>;
export type PlanStatus = Plan['status'];
export type ScenarioType = ContinuityScenario['type'];
export type OrderType = Order['type'];
export type OrderCategory = NonNullable<Order['category']>;
export type OrderSize = NonNullable<OrderEstimates['size']>;
export type ReviewKind = OrderReview['kind'];
export type ReviewOutcome = OrderReview['outcome'];
export type DecisionForum = Decision['forum'];
export type DecisionStatus = Decision['status'];
export type DecisionOutcome = DecidedOrder['outcome'];
export type RenewalType = Renewal['type'];
export type NoticeOutcome = NoticeDecision['outcome'];
export type LicenceMetric = Licence['metric'];
export type DirectionType = DirectionBase['type'];
export type InitiativeArea = Initiative['area'];
export type Quarter = NonNullable<Initiative['quarters']>[number];
export type InitiativeStatus = Initiative['status'];
export type RuleSeverity = NonNullable<Config['rules']>[string];
export type AllocationKey = NonNullable<Contract['allocationKey']>;
export type FinancingBudget = Financing['budget'];

// The values in schema order, for code that lists or orders them at run time.
export const UNIT_KINDS = ['department', 'it-unit', 'ordering-function', 'staff'] as const;
export const LEVELS = ['strategic', 'tactical', 'operational'] as const;
export const SIDES = ['orderer', 'ordering-function', 'provider'] as const;
export const STAFFING_STATES = ['filled', 'vacant', 'interim-consultant', 'partly-filled'] as const;
export const RECRUITMENT_FORMS = ['external', 'internal'] as const;
export const RECRUITMENT_STATUSES = ['not-started', 'planned', 'ongoing', 'done'] as const;
export const RACI_PROCESSES = ['ordering', 'change', 'incident', 'problem', 'service-desk', 'contract', 'release', 'security', 'continuity', 'other'] as const;
export const RACI_LETTERS = ['H', 'U', 'K', 'I'] as const;
export const HOSTINGS = ['on-premises', 'municipal-platform', 'saas', 'supplier-hosted'] as const;
export const LIFECYCLES = ['planned', 'introduction', 'production', 'phase-out', 'retired'] as const;
export const CLASS_LEVELS = ['none', 'moderate', 'significant', 'serious', 'exceptionally-serious'] as const;
export const INTEGRATION_DIRECTIONS = ['outbound', 'inbound', 'bidirectional'] as const;
export const INTEGRATION_FREQUENCIES = ['realtime', 'hourly', 'daily', 'weekly', 'monthly', 'on-demand'] as const;
export const INTEGRATION_STATUSES = ['active', 'planned', 'retired'] as const;
export const SERVICE_STATUSES = ['planned', 'active', 'retired'] as const;
export const SLA_TARGET_KINDS = ['response', 'resolution', 'availability'] as const;
export const SLA_UNITS = ['minutes', 'hours', 'business-days', 'percent'] as const;
export const KPI_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export const KPI_FREQUENCIES = ['monthly', 'quarterly', 'yearly'] as const;
export const PLAN_STATUSES = ['draft', 'approved'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const SCENARIO_TYPES = ['it-outage', 'power', 'staff', 'premises', 'supplier', 'cyber-attack', 'other'] as const;
export const ORDER_TYPES = ['project', 'change', 'procurement', 'service-request', 'management'] as const;
export const ORDER_CATEGORIES = ['strategic', 'operational'] as const;
export const ORDER_SIZES = ['S', 'M', 'L', 'XL', 'XXL'] as const;
export const REVIEW_KINDS = ['architecture', 'security'] as const;
export const REVIEW_OUTCOMES = ['approved', 'approved-with-conditions', 'not-approved'] as const;
export const ORDER_REQUIREMENTS = [
  'handler',
  'benefit',
  'strategicFit',
  'riskIfNotDone',
  'riskIfDone',
  'cost',
  'effort',
  'team',
  'review',
  'quarter',
  'goal',
  'systems',
  'wantedBy',
  'category',
  'financing',
] as const;
export const ORDER_STATUSES = [
  'received',
  'in-preparation',
  'prepared',
  'approved',
  'deferred',
  'rejected',
  'planned',
  'in-progress',
  'delivered',
  'closed',
  'withdrawn',
] as const;
export const DECISION_FORUMS = ['decision-council', 'management-group', 'it-management'] as const;
export const DECISION_STATUSES = ['proposed', 'accepted', 'rejected', 'superseded'] as const;
export const DECISION_OUTCOMES = ['approved', 'deferred', 'rejected', 'noted', 'tabled', 'referred-back'] as const;
export const RENEWAL_TYPES = ['none', 'automatic', 'option'] as const;
export const NOTICE_OUTCOMES = ['renew', 'terminate', 'renegotiate'] as const;
export const LICENCE_METRICS = ['user', 'device', 'site', 'server', 'concurrent'] as const;
export const DIRECTION_TYPES = ['direction', 'tactical-plan'] as const;
export const KPI_MEASURES = [
  'lead-time-to-decision',
  'lead-time-to-delivery',
  'delivered-on-time',
  'stuck-orders',
  'systems-with-plan-and-continuity',
  'licence-utilisation',
] as const;
export const INITIATIVE_AREAS = [
  'raci',
  'decision-council',
  'ordering',
  'portfolio',
  'service-catalog',
  'systems-map',
  'security-continuity',
  'management-plans',
  'processes',
  'contracts',
  'sla-kpi',
  'licences-costs',
  'recruitment',
  'other',
] as const;
export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
export const INITIATIVE_STATUSES = ['planned', 'in-progress', 'done', 'postponed', 'cancelled'] as const;
export const RULE_SEVERITIES = ['error', 'warning', 'off'] as const;
export const COST_CATEGORIES = ['staff', 'licences', 'operations', 'development', 'other'] as const;
export const ALLOCATION_KEYS = ['shares', 'licences', 'users', 'measure'] as const;
export const FINANCING_BUDGETS = ['object', 'unit', 'project', 'central'] as const;
/** Who may read a field (the schemas' `x-audience`, styr.yaml's `audience.fields`). */
export const FIELD_AUDIENCES = ['public', 'internal'] as const;
export type FieldAudience = (typeof FIELD_AUDIENCES)[number];

/** True when A and B are the same set of values. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

/**
 * Compile-time check: each runtime array holds exactly the schema's values, no more
 * and no fewer (test/schemas.test.ts checks the order). A value added to a schema
 * and not here, or the reverse, fails `tsc`.
 */
export type EnumArraysMatchSchemas = [
  Holds<Same<(typeof UNIT_KINDS)[number], UnitKind>>,
  Holds<Same<(typeof LEVELS)[number], Level>>,
  Holds<Same<(typeof SIDES)[number], Side>>,
  Holds<Same<(typeof STAFFING_STATES)[number], Staffing>>,
  Holds<Same<(typeof RECRUITMENT_FORMS)[number], RecruitmentForm>>,
  Holds<Same<(typeof RECRUITMENT_STATUSES)[number], RecruitmentStatus>>,
  Holds<Same<(typeof RACI_PROCESSES)[number], RaciProcess>>,
  Holds<Same<(typeof RACI_LETTERS)[number], RaciLetter>>,
  Holds<Same<(typeof HOSTINGS)[number], Hosting>>,
  Holds<Same<(typeof LIFECYCLES)[number], Lifecycle>>,
  Holds<Same<(typeof CLASS_LEVELS)[number], ClassLevel>>,
  Holds<Same<(typeof INTEGRATION_DIRECTIONS)[number], IntegrationDirection>>,
  Holds<Same<(typeof INTEGRATION_FREQUENCIES)[number], IntegrationFrequency>>,
  Holds<Same<(typeof INTEGRATION_STATUSES)[number], IntegrationStatus>>,
  Holds<Same<(typeof SERVICE_STATUSES)[number], ServiceStatus>>,
  Holds<Same<(typeof SLA_TARGET_KINDS)[number], SlaTargetKind>>,
  Holds<Same<(typeof SLA_UNITS)[number], SlaUnit>>,
  Holds<Same<(typeof KPI_DIRECTIONS)[number], KpiDirection>>,
  Holds<Same<(typeof KPI_FREQUENCIES)[number], KpiFrequency>>,
  Holds<Same<(typeof PLAN_STATUSES)[number], PlanStatus>>,
  Holds<Same<(typeof RISK_LEVELS)[number], RiskLevel>>,
  Holds<Same<(typeof SCENARIO_TYPES)[number], ScenarioType>>,
  Holds<Same<(typeof ORDER_TYPES)[number], OrderType>>,
  Holds<Same<(typeof ORDER_CATEGORIES)[number], OrderCategory>>,
  Holds<Same<(typeof ORDER_SIZES)[number], OrderSize>>,
  Holds<Same<(typeof ORDER_STATUSES)[number], OrderStatus>>,
  Holds<Same<(typeof DECISION_FORUMS)[number], DecisionForum>>,
  Holds<Same<(typeof DECISION_STATUSES)[number], DecisionStatus>>,
  Holds<Same<(typeof DECISION_OUTCOMES)[number], DecisionOutcome>>,
  Holds<Same<(typeof RENEWAL_TYPES)[number], RenewalType>>,
  Holds<Same<(typeof NOTICE_OUTCOMES)[number], NoticeOutcome>>,
  Holds<Same<(typeof LICENCE_METRICS)[number], LicenceMetric>>,
  Holds<Same<(typeof DIRECTION_TYPES)[number], DirectionType>>,
  Holds<Same<(typeof INITIATIVE_AREAS)[number], InitiativeArea>>,
  Holds<Same<(typeof QUARTERS)[number], Quarter>>,
  Holds<Same<(typeof INITIATIVE_STATUSES)[number], InitiativeStatus>>,
  Holds<Same<(typeof RULE_SEVERITIES)[number], RuleSeverity>>,
  Holds<Same<(typeof COST_CATEGORIES)[number], CostCategory>>,
  Holds<Same<(typeof ALLOCATION_KEYS)[number], AllocationKey>>,
  Holds<Same<(typeof FINANCING_BUDGETS)[number], FinancingBudget>>,
  Holds<Same<Language, Config['language']>>,
];
