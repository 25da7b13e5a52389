// Typed records: one interface per record kind, mirroring schemas/<kind>.schema.json
// field for field (the schemas are the source of truth; keep both in step).
// Values are exactly what the YAML holds after schema validation: dates stay
// ISO strings, references stay ids. Derived values (order score, contract end
// dates, inverse relations) live in the repository model, not here.

// ---------------------------------------------------------------- ids

/** Calendar date as written in YAML, `YYYY-MM-DD` (JSON Schema `format: date`). */
export type IsoDate = string;
/** Id of a unit (`^[a-z0-9][a-z0-9-]*$`). */
export type UnitId = string;
/** Id of a person (`^[a-z0-9][a-z0-9-]*$`). */
export type PersonId = string;
/** Id of a role (`^[a-z0-9][a-z0-9-]*$`). */
export type RoleId = string;
/** Id of a RACI matrix (`^[a-z0-9][a-z0-9-]*$`). */
export type RaciId = string;
/** Id of a system (`^[a-z0-9][a-z0-9-]*$`). */
export type SystemId = string;
/** Id of a service (`^[a-z0-9][a-z0-9-]*$`). */
export type ServiceId = string;
/** Id of a contract (`^[a-z0-9][a-z0-9-]*$`). */
export type ContractId = string;
/** Id of an IT direction or tactical plan (`^[a-z0-9][a-z0-9-]*$`). */
export type DirectionId = string;
/** Id of a maturity assessment (`^[a-z0-9][a-z0-9-]*$`). */
export type MaturityId = string;
/** Id of a managed object (förvaltningsobjekt) (`^[a-z0-9][a-z0-9-]*$`). */
export type ManagedObjectId = string;
/** Id of a team in styr.yaml (`^[a-z0-9][a-z0-9-]*$`). */
export type TeamId = string;
/** Id of a management plan: managed object + year, e.g. `ekonomi-2025`. */
export type PlanId = string;
/** Id of an order: `ORD-YYMMDD-XXXX` (creation date + 4 Crockford base32 characters). */
export type OrderId = string;
/** Id of a decision: `YYYY-MM-DD-slug`. */
export type DecisionId = string;
/** Id of a goal inside an IT direction, e.g. `M1`. */
export type GoalId = string;

// ---------------------------------------------------------------- closed vocabularies

export const UNIT_KINDS = ['department', 'it-unit', 'ordering-function', 'staff'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const LEVELS = ['strategic', 'tactical', 'operational'] as const;
export type Level = (typeof LEVELS)[number];

export const SIDES = ['orderer', 'ordering-function', 'provider'] as const;
export type Side = (typeof SIDES)[number];

export const STAFFING_STATES = ['filled', 'vacant', 'interim-consultant', 'partly-filled'] as const;
export type Staffing = (typeof STAFFING_STATES)[number];

export const RECRUITMENT_FORMS = ['external', 'internal'] as const;
export type RecruitmentForm = (typeof RECRUITMENT_FORMS)[number];

export const RECRUITMENT_STATUSES = ['not-started', 'planned', 'ongoing', 'done'] as const;
export type RecruitmentStatus = (typeof RECRUITMENT_STATUSES)[number];

export const RACI_PROCESSES = ['ordering', 'change', 'incident', 'problem', 'service-desk', 'contract', 'release', 'security', 'continuity', 'other'] as const;
export type RaciProcess = (typeof RACI_PROCESSES)[number];

export const RACI_LETTERS = ['H', 'U', 'K', 'I'] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number];

export const HOSTINGS = ['on-premises', 'municipal-platform', 'saas', 'supplier-hosted'] as const;
export type Hosting = (typeof HOSTINGS)[number];

export const LIFECYCLES = ['planned', 'introduction', 'production', 'phase-out', 'retired'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export const CLASS_LEVELS = ['none', 'moderate', 'significant', 'serious', 'very-serious'] as const;
export type ClassLevel = (typeof CLASS_LEVELS)[number];

export const INTEGRATION_DIRECTIONS = ['outbound', 'inbound', 'bidirectional'] as const;
export type IntegrationDirection = (typeof INTEGRATION_DIRECTIONS)[number];

export const INTEGRATION_FREQUENCIES = ['realtime', 'hourly', 'daily', 'weekly', 'monthly', 'on-demand'] as const;
export type IntegrationFrequency = (typeof INTEGRATION_FREQUENCIES)[number];

export const INTEGRATION_STATUSES = ['active', 'planned', 'retired'] as const;
export type IntegrationStatus = (typeof INTEGRATION_STATUSES)[number];

export const SERVICE_STATUSES = ['planned', 'active', 'retired'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const SLA_TARGET_KINDS = ['response', 'resolution', 'availability'] as const;
export type SlaTargetKind = (typeof SLA_TARGET_KINDS)[number];

export const SLA_UNITS = ['minutes', 'hours', 'business-days', 'percent'] as const;
export type SlaUnit = (typeof SLA_UNITS)[number];

export const KPI_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export const KPI_FREQUENCIES = ['monthly', 'quarterly', 'yearly'] as const;
export type KpiFrequency = (typeof KPI_FREQUENCIES)[number];

export const PLAN_STATUSES = ['draft', 'approved'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const SCENARIO_TYPES = ['it-outage', 'power', 'staff', 'premises', 'supplier', 'cyber-attack', 'other'] as const;
export type ScenarioType = (typeof SCENARIO_TYPES)[number];

export const ORDER_TYPES = ['project', 'change', 'procurement', 'service-request', 'management'] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const ORDER_CATEGORIES = ['strategic', 'operational'] as const;
export type OrderCategory = (typeof ORDER_CATEGORIES)[number];

export const ORDER_SIZES = ['S', 'M', 'L', 'XL', 'XXL'] as const;
export type OrderSize = (typeof ORDER_SIZES)[number];

export const ORDER_STATUSES = ['received', 'in-preparation', 'prepared', 'approved', 'deferred', 'rejected', 'planned', 'in-progress', 'delivered', 'closed', 'withdrawn'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const DECISION_FORUMS = ['decision-council', 'management-group', 'it-management'] as const;
export type DecisionForum = (typeof DECISION_FORUMS)[number];

export const DECISION_STATUSES = ['proposed', 'accepted', 'rejected', 'superseded'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const DECISION_OUTCOMES = ['approved', 'deferred', 'rejected', 'noted', 'tabled', 'referred-back'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const RENEWAL_TYPES = ['none', 'automatic', 'option'] as const;
export type RenewalType = (typeof RENEWAL_TYPES)[number];

export const NOTICE_OUTCOMES = ['renew', 'terminate', 'renegotiate'] as const;
export type NoticeOutcome = (typeof NOTICE_OUTCOMES)[number];

export const LICENCE_METRICS = ['user', 'device', 'site', 'server', 'concurrent'] as const;
export type LicenceMetric = (typeof LICENCE_METRICS)[number];

export const DIRECTION_TYPES = ['direction', 'tactical-plan'] as const;
export type DirectionType = (typeof DIRECTION_TYPES)[number];

export const INITIATIVE_AREAS = ['raci', 'decision-council', 'ordering', 'portfolio', 'service-catalog', 'systems-map', 'security-continuity', 'management-plans', 'processes', 'contracts', 'sla-kpi', 'licences-costs', 'recruitment', 'other'] as const;
export type InitiativeArea = (typeof INITIATIVE_AREAS)[number];

export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
export type Quarter = (typeof QUARTERS)[number];

export const INITIATIVE_STATUSES = ['planned', 'in-progress', 'done', 'postponed', 'cancelled'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

import type { Language } from '../i18n/language.js';
export { LANGUAGES } from '../i18n/language.js';
export type { Language } from '../i18n/language.js';

export const RULE_SEVERITIES = ['error', 'warning', 'off'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

// ---------------------------------------------------------------- unit

/** Unit (Enhet). An organisational unit: a department, the IT unit, the ordering function or a staff unit. */
export interface Unit {
  /** The unit's unique id, e.g. barn-och-utbildning. Must equal the file name without extension. */
  id: UnitId;
  /** The unit's full name, e.g. the children and education department. */
  name: string;
  /** What kind of unit it is: a department, the IT unit, the ordering function or a staff unit. */
  kind: UnitKind;
  /** Abbreviation used in tables and charts, e.g. BUF. */
  shortName?: string;
  /** Short description of the unit's mission. */
  description?: string;
  /** Person id of the unit's manager. */
  manager?: PersonId;
  /** Id of the unit this unit is part of. */
  parent?: UnitId;
  /** Person ids of those authorised to place orders with IT on the unit's behalf (report section 3). Every department needs at least one. */
  orderers?: PersonId[];
  /** Person id of the unit's coordinating IT contact towards the IT unit (report section 3). Every department needs one. */
  itContact?: PersonId;
  /** The unit's shared mailbox. */
  email?: string;
}

// ---------------------------------------------------------------- person

/** Person. A person who appears in the governance records: orderers, role holders, system owners and others. */
export interface Person {
  /** The person's unique id, e.g. anna-lindqvist. Must equal the file name without extension. */
  id: PersonId;
  /** The person's first and last name. */
  name: string;
  /** The person's e-mail address. */
  email: string;
  /** Phone number, e.g. 08-578 291 00. */
  phone?: string;
  /** Id of the unit the person belongs to. */
  unit?: UnitId;
  /** The person's job title, e.g. IT strategist. */
  title?: string;
  /** The person is a consultant or otherwise external, not employed by the municipality. */
  external?: boolean;
}

// ---------------------------------------------------------------- role

/** Role (Roll). A role in the IT organisation with level, side, responsibilities, competencies and staffing (report sections 5.2 and 6.6). */
export interface Role {
  /** The role's unique id, e.g. forandringsledare. Must equal the file name without extension. */
  id: RoleId;
  /** The role's name, e.g. change manager. */
  name: string;
  /** The level the role works at: strategic, tactical or operational. */
  level: Level;
  /** The side of the orderer–provider model the role belongs to: orderer, ordering function or provider. */
  side: Side;
  /** Id of the unit the role belongs to. */
  unit?: UnitId;
  /** Why the role exists, in one or two sentences. */
  purpose?: string;
  /** Id of the role this role reports to. */
  reportsTo?: RoleId;
  /** The role is a key role. A vacant key role is reported. */
  key?: boolean;
  /** The role's responsibilities, one per entry (report section 5.2). */
  responsibilities?: string[];
  /** Competencies the role requires, one per entry. */
  competencies?: string[];
  /** Person ids of the people who hold the role. */
  holders?: PersonId[];
  /** Person id of the role's deputy. The deputy must not be one of the holders. */
  deputy?: PersonId;
  /** The role's staffing: filled, vacant, filled by an interim consultant, or partly filled. */
  staffing: Staffing;
  /** The role's size in full-time equivalents. */
  fte?: number;
  /** How and when the role is to be recruited (report section 6.6). */
  recruitment?: Recruitment;
}

/** How and when a role is to be recruited (report section 6.6). */
export interface Recruitment {
  /** Whether the role is recruited externally or internally. */
  form?: RecruitmentForm;
  /** The order in which the role is recruited per report section 6.6; step 1 is recruited first. */
  step?: number;
  /** State of the recruitment: not started, planned, ongoing or done. */
  status?: RecruitmentStatus;
  /** Quarter in which the recruitment is planned, e.g. 2025-Q2. */
  planned?: string;
  /** Free comment about the recruitment. */
  note?: string;
}

// ---------------------------------------------------------------- raci

/** RACI matrix (HUKI-matris). Responsibility matrix (RACI) for one process: which roles are accountable, responsible, consulted or informed in each activity (report section 6.5.1). */
export interface Raci {
  /** The matrix's unique id, e.g. bestallning. Must equal the file name without extension. */
  id: RaciId;
  /** The matrix name, e.g. the ordering process. */
  name: string;
  /** The process the matrix covers: ordering, change, incident, problem, service desk, contract, release, security, continuity or other. */
  process?: RaciProcess;
  /** What the process covers and where the interfaces are. */
  description?: string;
  /** The process's activities with each role's RACI letter. */
  activities: RaciActivity[];
}

/** One activity of a process, with the RACI letter of each role taking part. */
export interface RaciActivity {
  /** The activity id, unique within the matrix, e.g. prepare. */
  id: string;
  /** The activity name, e.g. prepare order. */
  name: string;
  /** What the activity involves. */
  description?: string;
  /** Role id mapped to a RACI letter, e.g. forandringsledare: H. Exactly one role must be H and at least one U. */
  roles: Record<RoleId, RaciLetter>;
}

// ---------------------------------------------------------------- system

/** System. A business system on the systems map with owners, information classification, integrations and documentation (report section 6.5.6). */
export interface System {
  /** The system's unique id, e.g. ekonomisystem. Must equal the file name without extension. */
  id: SystemId;
  /** The system's name as known in the business. */
  name: string;
  /** What the system is used for. */
  description?: string;
  /** The business area the system supports, e.g. school or finance. */
  businessArea: string;
  /** Id of the department that owns the system. */
  unit?: UnitId;
  /** Id of the managed object the system belongs to. The management plan covers the object. */
  managedObject?: ManagedObjectId;
  /** Person id of the system owner: the person in the business accountable for the system. */
  owner?: PersonId;
  /** Person id of the system administrator who manages the system day to day and documents its continuity. */
  administrator?: PersonId;
  /** Person id of the technical contact, e.g. in the IT unit. */
  technicalContact?: PersonId;
  /** The system's supplier. */
  supplier?: string;
  /** The supplier's product name, preferably with version. */
  product?: string;
  /** Ids of the contracts that cover the system. */
  contracts?: ContractId[];
  /** Where the system runs: on premises, on the shared municipal platform, as SaaS, or hosted by the supplier. */
  hosting?: Hosting;
  /** The system's phase: planned, introduction, production, phase-out or retired. */
  lifecycle: Lifecycle;
  /** Approximate number of users. */
  users?: number;
  /** The system processes personal data. */
  personalData?: boolean;
  /** The system has been moved to the new platform (report section 6.5.6). */
  migrated?: boolean;
  /** Classification per KLASSA of confidentiality, integrity, availability and traceability, with the date of the assessment. */
  classification?: Classification;
  /** Links to the system's documentation. */
  documentation?: DocumentLink[];
  /** The system's information exchanges with other systems; the basis of the systems map. */
  integrations?: Integration[];
  /** The system is internal and is not published in the service catalog. */
  internal?: boolean;
  /** Note for the IT unit. Never published. */
  internalNote?: string;
}

/** Information classification per KLASSA; traceability mainly where personal data is processed. */
export interface Classification {
  /** Consequence level if the information is disclosed to unauthorised parties. */
  confidentiality: ClassLevel;
  /** Consequence level if the information is wrongly altered or destroyed. */
  integrity: ClassLevel;
  /** Consequence level if the information is unavailable when needed. Significant or higher requires a continuity plan. */
  availability: ClassLevel;
  /** Consequence level if it cannot be traced who did what. Given mainly where personal data is processed. */
  traceability?: ClassLevel;
  /** Date the classification was made. */
  assessed?: IsoDate;
}

/** A link to a piece of system documentation. */
export interface DocumentLink {
  /** The document's name, e.g. operations manual. */
  title: string;
  /** Address of the document. */
  url: string;
}

/** An information exchange between this system and another one, seen from this system. */
export interface Integration {
  /** Id of the system at the other end of the integration. */
  target: SystemId;
  /** Direction of the information seen from this system: outbound, inbound or bidirectional. */
  direction: IntegrationDirection;
  /** Technical protocol, e.g. REST, SFTP or SOAP. */
  protocol?: string;
  /** Data format, e.g. JSON, XML or CSV. */
  format?: string;
  /** What information is exchanged, e.g. pupil records. */
  data: string;
  /** How often the exchange happens: realtime, hourly, daily, weekly, monthly or on demand. */
  frequency?: IntegrationFrequency;
  /** Status of the integration: active, planned or retired. A retired system must not have active integrations. */
  status?: IntegrationStatus;
}

// ---------------------------------------------------------------- service

/** Service (Tjänst). A service in the service catalog with contacts, systems, service level agreement and KPIs (report sections 6.5.5 and 6.5.11). */
export interface Service {
  /** The service's unique id, e.g. e-post. Must equal the file name without extension. */
  id: ServiceId;
  /** The service's name as shown in the service catalog. */
  name: string;
  /** The area the service belongs to in the catalog, e.g. workplace or communication. */
  area: string;
  /** What the service gives the user, written for the intranet. */
  description: string;
  /** Who the service is for, e.g. all staff. */
  audience?: string;
  /** Ids of the departments that use the service. */
  departments?: UnitId[];
  /** Person id of the service owner. */
  owner?: PersonId;
  /** Contact people shown in the service catalog. */
  contacts?: ServiceContact[];
  /** How to order or get access to the service. */
  howToOrder?: string;
  /** Ids of the systems the service is built on. */
  systems?: SystemId[];
  /** The service's status: planned, active or retired. */
  status: ServiceStatus;
  /** Id of the management plan governing the service; linked from the service catalog. */
  plan?: PlanId;
  /** The agreed service level: service hours, targets per priority and validity (report section 6.5.11). */
  sla?: Sla;
  /** KPIs followed up for the service (report section 6.5.11). */
  kpis?: Kpi[];
  /** The service is internal and is not published in the service catalog. */
  internal?: boolean;
  /** Note for the IT unit. Never published. */
  internalNote?: string;
}

/** A contact person shown for a service in the catalog. */
export interface ServiceContact {
  /** The contact's person id. */
  person: PersonId;
  /** What the person can be contacted about, e.g. access questions. */
  role?: string;
}

/** A simple service level agreement: service hours, targets per priority and kind, validity. */
export interface Sla {
  /** When the service is supported, e.g. weekdays 07:30–16:30. */
  serviceHours?: string;
  /** Date the agreement takes effect. */
  validFrom?: IsoDate;
  /** Date the agreement ends. */
  validTo?: IsoDate;
  /** Date by which the agreement is to be reviewed. */
  reviewDate?: IsoDate;
  /** Targets per priority and kind. At most one target per priority and kind, and resolution must not be faster than response. */
  targets?: SlaTarget[];
}

/** A KPI followed up for a service, with its measurements. */
export interface Kpi {
  /** The KPI id, unique within the service, e.g. resolved-in-time. */
  id: string;
  /** The KPI name, e.g. share of tickets resolved within the agreed time. */
  name: string;
  /** How the KPI is calculated and where the data comes from. */
  definition?: string;
  /** The KPI's unit, e.g. % or tickets. */
  unit?: string;
  /** Whether a higher or a lower value is better. */
  direction: KpiDirection;
  /** The value to reach. */
  target?: number;
  /** Person id of whoever is responsible for the KPI. */
  owner?: PersonId;
  /** How often the KPI is measured: monthly, quarterly or yearly. */
  frequency?: KpiFrequency;
  /** Measured values per period. */
  measurements?: KpiMeasurement[];
}

/** One SLA target; at most one per (priority, kind). */
export interface SlaTarget {
  /** Ticket priority, from 1 (highest) to 4 (lowest). */
  priority: number;
  /** What the target measures: response time, resolution time or availability. */
  kind: SlaTargetKind;
  /** The target value in the given unit. */
  value: number;
  /** The target value's unit: minutes, hours, business days or percent. */
  unit: SlaUnit;
}

/** A measured KPI value for one period (year, quarter or month). */
export interface KpiMeasurement {
  /** Measurement period: year (2025), quarter (2025-Q1) or month (2025-03). Each period may occur once. */
  period: string;
  /** Measured value for the period. */
  value: number;
}

// ---------------------------------------------------------------- plan

/** Management plan (Förvaltningsplan). Yearly management plan for a managed object: goals, budget, activities, risks and continuity plan (report sections 6.5.7 and 6.5.8). */
export interface Plan {
  /** The plan's unique id, e.g. ekonomi-2025. The managed object's id followed by the year. Must equal the file name without extension. */
  id: PlanId;
  /** The plan's name, e.g. management plan finance 2025. */
  name: string;
  /** Id of the managed object the plan covers; the same value as the systems' managedObject. */
  managedObject: ManagedObjectId;
  /** The year the plan covers. */
  year: number;
  /** The plan's status: draft or approved. */
  status: PlanStatus;
  /** Ids of the systems that make up the managed object. */
  systems: SystemId[];
  /** Person id of the object owner, accountable for the managed object in the business. */
  objectOwner?: PersonId;
  /** Person ids of the management leads, e.g. one from the business and one from IT. */
  managementLeads?: PersonId[];
  /** Ids of the units affected by the managed object. */
  stakeholders?: UnitId[];
  /** The year's management goals, preferably linked to the IT direction's goals. */
  goals?: PlanGoal[];
  /** The year's budget for the managed object, in SEK. */
  budget?: PlanBudget;
  /** Activities planned for the year. */
  activities?: PlanActivity[];
  /** Forums where management is coordinated, e.g. management group and user forum. */
  forums?: string[];
  /** How changes and new versions are planned and introduced during the year. */
  releasePlan?: string;
  /** Risks to the managed object, with controls. */
  risks?: Risk[];
  /** Who approved the plan and when. */
  approved?: Approval;
  /** What is done when the systems are down: scenarios, times and routines (report section 6.5.7). */
  continuity?: Continuity;
}

/** A management goal for the year, optionally linked to a goal of the IT direction. */
export interface PlanGoal {
  /** The goal in plain text. */
  text: string;
  /** Id of the IT direction goal this goal contributes to, e.g. M1. */
  goal?: GoalId;
}

/** The year's budget for a managed object, in SEK. */
export interface PlanBudget {
  /** Budget in SEK for maintaining and running the object. */
  maintain?: number;
  /** Budget in SEK for developing the object further. */
  develop?: number;
}

/** An activity planned in a management plan, optionally carried out by an order. */
export interface PlanActivity {
  /** The activity name. */
  name: string;
  /** What the activity involves. */
  description?: string;
  /** Quarter in which the activity is planned, Q1–Q4. */
  quarter?: string;
  /** Id of the order the activity carries out. */
  order?: OrderId;
  /** Estimated cost in SEK. */
  cost?: number;
}

/** A risk with likelihood, impact, control and owner (report section 6.8); used by plans and tactical plans. */
export interface Risk {
  /** What may happen and what it leads to. */
  description: string;
  /** How likely the risk is: low, medium or high. */
  likelihood?: RiskLevel;
  /** How severe the outcome is if the risk occurs: low, medium or high. */
  impact?: RiskLevel;
  /** How the risk is prevented or mitigated. */
  control?: string;
  /** Person id of whoever is responsible for handling the risk. */
  owner?: PersonId;
}

/** Who approved a management plan, and when. */
export interface Approval {
  /** Person id of whoever approved the plan, usually the object owner. */
  by: PersonId;
  /** Date the plan was approved. */
  date: IsoDate;
}

/** The continuity plan of a managed object (report section 6.5.7). */
export interface Continuity {
  /** Disruptions the plan prepares for. */
  scenarios?: ContinuityScenario[];
  /** The longest outage in hours the business can tolerate. */
  maxTolerableOutageHours?: number;
  /** Target in hours for how quickly the systems are to be restored (RTO). Must not exceed the maximum tolerable outage. */
  recoveryTimeHours?: number;
  /** The most data, in hours, that may be lost (RPO). */
  recoveryPointHours?: number;
  /** What the systems depend on, e.g. network, e-identification or other systems. */
  dependencies?: string[];
  /** How the business works while the systems are down. */
  fallbackRoutine?: string;
  /** How the systems are restored. */
  recoveryRoutine?: string;
  /** How the business returns to normal, e.g. entering data recorded on paper. */
  returnToNormalRoutine?: string;
  /** Date the plan was last reviewed. Older than the configured limit (12 months by default) gives a warning. */
  lastReviewed?: IsoDate;
  /** Date the plan was last exercised. Older than the configured limit (24 months by default) gives a warning. */
  lastExercised?: IsoDate;
}

/** A disruption scenario in a continuity plan. */
export interface ContinuityScenario {
  /** Kind of disruption: IT outage, power cut, loss of staff, loss of premises, supplier failure, cyber attack or other. */
  type: ScenarioType;
  /** What happens in the scenario. */
  description: string;
  /** What the disruption means for the business. */
  consequence?: string;
  /** How the business copes in this particular scenario. */
  fallback?: string;
}

// ---------------------------------------------------------------- order

/** Order (Beställning). An order from a department to IT: need, estimates, lifecycle and history (report sections 1.2.1 and 6.5.3). The priority score is computed and never entered here. */
export interface Order {
  /** The order's unique id, e.g. ORD-250312-7KQ2. Made of ORD-, the creation date (YYMMDD) and four random characters (Crockford base32), so that two branches never produce the same id. Must equal the file name without extension. */
  id: OrderId;
  /** Short title of the order. */
  title: string;
  /** Description of the need: what is needed and why. */
  description: string;
  /** Person id of the authorised orderer who placed the order and owns the need. */
  orderer: PersonId;
  /** Id of the ordering department. */
  unit: UnitId;
  /** The order type: project, change, procurement, service request or management. */
  type: OrderType;
  /** Strategic or operational order. */
  category?: OrderCategory;
  /** Ids of the systems the order affects. */
  systems?: SystemId[];
  /** Id of the team in styr.yaml that will deliver. */
  team?: TeamId;
  /** Person id of the handler in the ordering function. */
  handler?: PersonId;
  /** Date by which the orderer wants delivery. */
  wantedBy?: IsoDate;
  /** Id of the IT direction goal the order contributes to, e.g. M1. */
  goal?: GoalId;
  /** The order follows from law or another binding requirement. Such orders rank first regardless of score. */
  legalRequirement?: boolean;
  /** Assessments made during preparation. The priority score is computed from them and the configured weights. */
  estimates?: OrderEstimates;
  /** Ids of orders that must be delivered before this one. */
  dependsOn?: OrderId[];
  /** Where the order is in its lifecycle. Changed with styr so that the history is kept. */
  status: OrderStatus;
  /** Id of the decision that approved, deferred or rejected the order. */
  decision?: DecisionId;
  /** The reason for the decision. Required when the order is deferred or rejected. */
  rationale?: string;
  /** Date the order was received. */
  created: IsoDate;
  /** The order's status changes, oldest first. */
  history?: HistoryEntry[];
}

/** The preparation's estimates for an order; the priority score is computed from them. */
export interface OrderEstimates {
  /** Assessed benefit for the business, from 1 (small) to 5 (very large). */
  benefit?: number;
  /** How well the order fits the IT direction, from 1 (poorly) to 5 (very well). */
  strategicFit?: number;
  /** The risk of not doing it, from 1 (low) to 5 (high). */
  riskIfNotDone?: number;
  /** The risk of carrying out the order, from 1 (low) to 5 (high). */
  riskIfDone?: number;
  /** Estimated one-off cost in SEK. */
  costOneOff?: number;
  /** Estimated running cost per year in SEK. */
  costYearly?: number;
  /** Estimated effort in person-days. */
  effortDays?: number;
  /** Rough size S, M, L, XL or XXL when the effort has not been estimated in days. */
  size?: OrderSize;
}

/** One status change of an order. */
export interface HistoryEntry {
  /** Date of the status change. */
  date: IsoDate;
  /** Status before the change. Absent for the first entry. */
  from?: OrderStatus;
  /** Status after the change. */
  to: OrderStatus;
  /** Who made the change: person id or name. */
  actor: string;
  /** Id of the decision behind the change, if any. */
  decision?: DecisionId;
  /** Free comment about the change. */
  note?: string;
}

// ---------------------------------------------------------------- decision

/** Decision (Beslut). The front matter of a decision file in Markdown, MADR-like. The rationale is written in the file's body. */
export interface Decision {
  /** The decision's unique id, e.g. 2025-03-12-bit-mars. The date followed by a short name. Must equal the file name without extension. */
  id: DecisionId;
  /** The decision title. */
  title: string;
  /** Date the decision was or is to be made. */
  date: IsoDate;
  /** Where the decision is made: the IT decision council, the management group or IT management. */
  forum: DecisionForum;
  /** The decision status: proposed, accepted, rejected or superseded. */
  status: DecisionStatus;
  /** Person ids of those who made the decision. */
  deciders?: PersonId[];
  /** Person ids of those consulted before the decision. */
  consulted?: PersonId[];
  /** Person ids of those informed of the decision. */
  informed?: PersonId[];
  /** Orders the decision settles, with the outcome for each. */
  orders?: DecidedOrder[];
  /** Ids of earlier decisions this decision replaces. They must in turn name this decision in supersededBy. */
  supersedes?: DecisionId[];
  /** Id of the decision that replaces this one. That decision must name this one in supersedes. */
  supersededBy?: DecisionId;
}

/** An order settled by a decision, with its outcome. */
export interface DecidedOrder {
  /** Id of the order the decision concerns. */
  order: OrderId;
  /** The outcome for the order: approved, deferred, rejected or noted. */
  outcome: DecisionOutcome;
  /** Short comment, e.g. conditions of the approval. */
  note?: string;
}

// ---------------------------------------------------------------- contract

/** Contract (Avtal). A supplier contract with term, renewal, notice period, cost and licences (report sections 6.5.10 and 6.5.12). */
export interface Contract {
  /** The contract's unique id, e.g. ekonomisystem-2021. Must equal the file name without extension. */
  id: ContractId;
  /** The contract's number at the municipality or the supplier. */
  number: string;
  /** What the contract covers. */
  title: string;
  /** The supplier's name. */
  supplier: string;
  /** The registry number of the procurement. */
  procurementRef?: string;
  /** Id of the unit responsible for the contract. */
  unit?: UnitId;
  /** Person id of whoever is responsible for the contract. */
  owner?: PersonId;
  /** Date the contract takes effect. */
  start: IsoDate;
  /** The contract's first term in months. */
  initialTermMonths: number;
  /** How the contract is renewed after the initial term. */
  renewal?: Renewal;
  /** The latest possible end date including all renewals. */
  latestEnd?: IsoDate;
  /** Notice period in months before the end date. */
  noticeMonths?: number;
  /** Date the contract ended. Set when it has been terminated or has run out. */
  ended?: IsoDate;
  /** The decision before the notice deadline: renew, terminate or renegotiate. */
  noticeDecision?: NoticeDecision;
  /** Ids of the systems the contract covers. */
  systems?: SystemId[];
  /** The contract's cost per year in SEK. */
  yearlyCost?: number;
  /** How the yearly cost is allocated to units (report section 6.5.12). The shares should add up to 100. */
  costAllocation?: CostShare[];
  /** A data processing agreement is in place. */
  dataProcessingAgreement?: boolean;
  /** The contract is internal and is not published. */
  internal?: boolean;
  /** Licences the contract provides (report section 6.5.12). */
  licences?: Licence[];
}

/** How a contract is renewed after its initial term. */
export interface Renewal {
  /** How the contract is renewed: not at all, automatically unless terminated, or through an option that must be exercised. */
  type: RenewalType;
  /** Length of each renewal in months. */
  periodMonths?: number;
  /** How many times the contract can be renewed. No value means no limit. */
  maxRenewals?: number;
}

/** The decision taken before a contract's notice deadline. */
export interface NoticeDecision {
  /** Id of the decision about the contract. */
  decision?: DecisionId;
  /** What was decided: renew, terminate or renegotiate. */
  outcome: NoticeOutcome;
  /** Date of the decision. */
  date?: IsoDate;
}

/** A unit's share of a contract's yearly cost, in percent. */
export interface CostShare {
  /** Id of the unit that bears part of the cost. */
  unit: UnitId;
  /** The unit's share of the yearly cost in percent, 0–100. */
  share: number;
}

/** A licence provided by a contract, with quantity and use. */
export interface Licence {
  /** The product the licence covers. */
  product: string;
  /** What the licence is counted per: user, device, site, server or concurrent user. */
  metric: LicenceMetric;
  /** Number of licences the contract provides. */
  quantity: number;
  /** Number of licences in use. More used than licensed gives a warning. */
  used?: number;
  /** Date the licence ends. */
  endDate?: IsoDate;
  /** The licence has no end date. */
  perpetual?: boolean;
}

// ---------------------------------------------------------------- direction

/** Fields shared by an IT direction and a tactical plan; use `Direction`, which adds the fields each type requires. */
export interface DirectionBase {
  /** The document's unique id, e.g. it-inriktning-2025-2027. Must equal the file name without extension. */
  id: DirectionId;
  /** IT direction or tactical plan. A direction requires period and goals; a tactical plan requires year, direction and initiatives. */
  type: DirectionType;
  /** The document's title, e.g. IT direction 2025–2027. */
  title: string;
  /** Forum or body that decided the document, e.g. the management group. */
  decidedBy?: string;
  /** Date the document was decided. */
  decided?: IsoDate;
  /** The direction's three-year period. Required for an IT direction. */
  period?: Period;
  /** The direction's strategic goals. Required for an IT direction. */
  goals?: Goal[];
  /** The year the tactical plan covers; must lie within the direction's period. Required for a tactical plan. */
  year?: number;
  /** Id of the IT direction the tactical plan implements. Required for a tactical plan. */
  direction?: DirectionId;
  /** Introductory text in Markdown, shown verbatim in the published plan. */
  introduction?: string;
  /** The year's initiatives. Required for a tactical plan. */
  initiatives?: Initiative[];
  /** KPIs followed up during the year. */
  kpis?: DirectionKpi[];
  /** Risks to delivery, with controls. */
  risks?: Risk[];
}

/** An IT direction's three-year period, in whole years. */
export interface Period {
  /** First year of the period. */
  from: number;
  /** Last year of the period. */
  to: number;
}

/** A strategic goal of an IT direction, referred to by id (e.g. `M1`). */
export interface Goal {
  /** The goal id, e.g. M1. Orders, plans and initiatives refer to it. */
  id: GoalId;
  /** The goal in one sentence. */
  title: string;
  /** What the goal means and how it is followed up. */
  description?: string;
  /** The area the goal belongs to, e.g. governance or digitalisation. */
  area?: string;
}

/** An initiative in a tactical plan. */
export interface Initiative {
  /** The initiative id, unique within the plan, e.g. introduce-raci. */
  id: string;
  /** The initiative name. */
  title: string;
  /** The area the initiative concerns: RACI matrix, decision council, ordering, project portfolio, service catalog, systems map, security and continuity, management plans, processes, contracts, SLA and KPIs, licences and costs, recruitment or other. */
  area: InitiativeArea;
  /** What the initiative is to achieve. */
  description?: string;
  /** Id of the IT direction goal the initiative contributes to, e.g. M1. */
  goal?: GoalId;
  /** Id of the role responsible for the initiative. */
  ownerRole?: RoleId;
  /** Quarters in which the initiative runs. */
  quarters?: Quarter[];
  /** The initiative's status: planned, in progress, done, postponed or cancelled. */
  status: InitiativeStatus;
  /** Ids of the orders that carry out the initiative. */
  orders?: OrderId[];
}

/** A KPI followed up in a tactical plan. */
export interface DirectionKpi {
  /** The KPI name. */
  name: string;
  /** The value to reach during the year, as a number (e.g. 90) or a short text (e.g. at least one per quarter). */
  target: number | string;
  /** The KPI's unit, e.g. %. */
  unit?: string;
  /** Id of the role that follows up the KPI. */
  owner?: RoleId;
}

/** An IT direction: the three-year strategic goals (IT-inriktning). */
export interface StrategicDirection extends DirectionBase {
  type: 'direction';
  period: Period;
  goals: Goal[];
}

/** A tactical plan: the one-year plan implementing a direction (taktisk plan). */
export interface TacticalPlan extends DirectionBase {
  type: 'tactical-plan';
  year: number;
  direction: DirectionId;
  initiatives: Initiative[];
}

/** A direction record, discriminated by `type` as the schema's if/then requires. */
export type Direction = StrategicDirection | TacticalPlan;

// ---------------------------------------------------------------- maturity

/** Maturity assessment (Nuläge och börläge). Assessment of current and target maturity per area, in percent (report sections 6.3 and 6.4). */
export interface Maturity {
  /** The assessment's unique id, e.g. nulage-2025. Must equal the file name without extension. */
  id: MaturityId;
  /** The assessment's title, e.g. current and target state 2025. */
  title: string;
  /** Date the assessment was made. */
  date: IsoDate;
  /** Person id of whoever made the assessment. */
  assessedBy?: PersonId;
  /** Assessed areas with current and target state (report sections 6.3 and 6.4). */
  areas: MaturityArea[];
}

/** Current and target maturity for one area, 0–100 %. */
export interface MaturityArea {
  /** The area id, unique within the assessment, e.g. ordering. */
  id: string;
  /** The area name, e.g. order management. */
  name: string;
  /** Current maturity in percent, 0–100. */
  current: number;
  /** Target maturity in percent, 0–100. */
  target: number;
  /** The year by which the target is to be reached. */
  targetYear?: number;
  /** What the assessment of the current state is based on. */
  evidence?: string;
  /** Actions to reach the target. Every gap needs at least one action. */
  actions?: string[];
}

// ---------------------------------------------------------------- styr.yaml

/** styr configuration (Inställningar för styr). The settings in styr.yaml at the repository root: organisation, language, planning year, teams, weights, limits and rules. */
export interface StyrConfig {
  /** The organisation's name as shown in reports, e.g. Exempelby municipality. */
  organisation: string;
  /** Language of reports and messages: Swedish (sv) or English (en). */
  language: Language;
  /** The year that planning, capacity and the tactical plan refer to. */
  planningYear: number;
  /** ISO 4217 currency code for all amounts. Defaults to SEK. */
  currency?: string;
  /** Delivery teams and their capacity per quarter. */
  teams?: Team[];
  /** Weights for computing orders' priority score. */
  weights?: ScoreWeights;
  /** Maximum number of days an order should stay in a status. Longer gives a warning: orders must not queue up. */
  statusLimits?: Partial<Record<OrderStatus, number>>;
  /** Number of days before a contract's notice deadline at which a warning is given. Defaults to 90. */
  noticeLeadDays?: number;
  /** Number of months after the last review at which a continuity plan counts as stale. Defaults to 12. */
  continuityReviewMonths?: number;
  /** Number of months after the last exercise at which a continuity plan counts as stale. Defaults to 24. */
  continuityExerciseMonths?: number;
  /** Severity per rule id, e.g. raci/single-accountable: warning. off turns the rule off. */
  rules?: Record<string, RuleSeverity>;
  /** Dates of the IT decision council's meetings. */
  councilMeetings?: IsoDate[];
}

/** A delivery team and its capacity. */
export interface Team {
  /** The team id that orders give in team, e.g. operations. */
  id: TeamId;
  /** The team name. */
  name: string;
  /** Available person-days per quarter in the planning year. */
  capacity: TeamCapacity;
}

/** Weights for computing an order's priority score. */
export interface ScoreWeights {
  /** Weight of the order's benefit. */
  benefit?: number;
  /** Weight of how well the order fits the IT direction. */
  strategicFit?: number;
  /** Weight of the risk of not doing the order. */
  riskIfNotDone?: number;
  /** Weight of the order's cost. */
  cost?: number;
  /** Weight of the order's effort. */
  effort?: number;
}

/** Person-days a team can deliver per quarter of the planning year. */
export interface TeamCapacity {
  /** Person-days the team can deliver in quarter 1. */
  Q1: number;
  /** Person-days the team can deliver in quarter 2. */
  Q2: number;
  /** Person-days the team can deliver in quarter 3. */
  Q3: number;
  /** Person-days the team can deliver in quarter 4. */
  Q4: number;
}
