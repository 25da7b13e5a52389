// The preparation gate (beredning): what an order must have before it may be
// moved to a status, and what an order already in a status still lacks. The
// council can only decide what has been prepared: a handler in the ordering
// function, the estimates the score is computed from, a delivering team and,
// for the order types styr.yaml names, an architecture or security review.
// `planned` needs a team and a quarter. Which fields each status requires is
// configurable (styr.yaml orderFlow.requirements); these are the defaults.
import type { RepositoryModel } from '../model/repository.js';
import { validRecords } from '../model/repository.js';
import type { IsoDate, Order, OrderRequirement, OrderStatus, OrderType } from '../model/types.js';

/** What each status requires by default; a status styr.yaml names replaces its entry. */
export const DEFAULT_REQUIREMENTS: Readonly<Partial<Record<OrderStatus, readonly OrderRequirement[]>>> = {
  prepared: ['handler', 'benefit', 'strategicFit', 'riskIfNotDone', 'cost', 'effort', 'team', 'review'],
  planned: ['team', 'quarter'],
};

/** Order types that need an architecture or security review by default. */
export const DEFAULT_REVIEW_TYPES: readonly OrderType[] = ['project', 'procurement'];

/**
 * The statuses of the flow in order, for "this status or a later one": an order
 * in a status must still meet what the earlier statuses required, while its
 * work lies ahead. Deferred sits with prepared (it was prepared and waits for
 * the council again). Delivered, closed, rejected and withdrawn orders are
 * history: what their preparation lacked can no longer be acted on.
 */
const FLOW: readonly OrderStatus[] = ['in-preparation', 'prepared', 'approved', 'planned', 'in-progress'];
const FLOW_POSITION: Readonly<Partial<Record<OrderStatus, number>>> = { ...Object.fromEntries(FLOW.map((s, i) => [s, i])), deferred: 1 };

/**
 * Requirements that only hold in the status that asks for them: the planned
 * quarter says when the work is to start, so once it has started it is history.
 */
const ONLY_IN_OWN_STATUS: ReadonlySet<OrderRequirement> = new Set(['quarter']);

export interface GateSettings {
  requirements: Readonly<Partial<Record<OrderStatus, readonly OrderRequirement[]>>>;
  reviewTypes: ReadonlySet<OrderType>;
  /**
   * The people who may handle an order: members of the ordering function (their
   * unit is an ordering function, or they hold or deputise a role on the
   * ordering function's side). Undefined when the repository has no ordering
   * function at all: then any handler is accepted.
   */
  orderingFunction?: ReadonlySet<string>;
}

/** One thing an order lacks; for 'handler', the handler it names when that person is outside the ordering function. */
export interface MissingRequirement {
  requirement: OrderRequirement;
  outside?: string;
  /** For 'review': the order's type, the reason a review is needed. */
  type?: OrderType;
}

export function gateSettings(model: RepositoryModel): GateSettings {
  const flow = model.config.orderFlow ?? {};
  const settings: GateSettings = {
    requirements: { ...DEFAULT_REQUIREMENTS, ...(flow.requirements ?? {}) },
    reviewTypes: new Set(flow.reviewTypes ?? DEFAULT_REVIEW_TYPES),
  };
  const members = orderingFunctionMembers(model);
  if (members) settings.orderingFunction = members;
  return settings;
}

/** People in the ordering function, or undefined when the repository declares none. */
export function orderingFunctionMembers(model: RepositoryModel): ReadonlySet<string> | undefined {
  const units = new Set(
    validRecords(model, 'unit')
      .filter((u) => u.data.kind === 'ordering-function')
      .map((u) => u.id),
  );
  const roles = validRecords(model, 'role').filter((r) => r.data.side === 'ordering-function' || (r.data.unit !== undefined && units.has(r.data.unit)));
  if (units.size === 0 && roles.length === 0) return undefined;
  const members = new Set<string>();
  for (const p of validRecords(model, 'person')) if (p.data.unit !== undefined && units.has(p.data.unit)) members.add(p.id);
  for (const r of roles) {
    for (const holder of r.data.holders ?? []) members.add(holder);
    if (r.data.deputy !== undefined) members.add(r.data.deputy);
  }
  return members;
}

/** What one requirement asks of an order; undefined when it is met. */
function check(order: Order, requirement: OrderRequirement, settings: GateSettings): MissingRequirement | undefined {
  const e = order.estimates ?? {};
  const missing = (present: boolean): MissingRequirement | undefined => (present ? undefined : { requirement });
  switch (requirement) {
    case 'handler':
      if (order.handler === undefined) return { requirement };
      return settings.orderingFunction && !settings.orderingFunction.has(order.handler) ? { requirement, outside: order.handler } : undefined;
    case 'benefit':
    case 'strategicFit':
    case 'riskIfNotDone':
    case 'riskIfDone':
      return missing(e[requirement] !== undefined);
    case 'cost':
      return missing(e.costOneOff !== undefined || e.costYearly !== undefined);
    case 'effort':
      return missing(e.effortDays !== undefined || e.size !== undefined);
    case 'review':
      return !settings.reviewTypes.has(order.type) || (order.reviews ?? []).length > 0 ? undefined : { requirement, type: order.type };
    case 'systems':
      return missing((order.systems ?? []).length > 0);
    case 'team':
    case 'quarter':
    case 'goal':
    case 'wantedBy':
    case 'category':
    case 'financing':
      return missing(order[requirement] !== undefined);
  }
}

function missingOf(order: Order, requirements: readonly OrderRequirement[], settings: GateSettings): MissingRequirement[] {
  const out: MissingRequirement[] = [];
  for (const requirement of new Set(requirements)) {
    const m = check(order, requirement, settings);
    if (m) out.push(m);
  }
  return out;
}

/** What the order lacks to be moved to `to` (that status's own requirements), in the configured order. */
export function missingForMove(order: Order, to: OrderStatus, settings: GateSettings): MissingRequirement[] {
  return missingOf(order, settings.requirements[to] ?? [], settings);
}

/**
 * What an order lacks for the status it is in: the requirements of that status
 * and of every earlier status of the flow; empty for an order outside the flow
 * (received, delivered, closed, rejected, withdrawn).
 */
export function missingInStatus(order: Order, settings: GateSettings): MissingRequirement[] {
  const position = FLOW_POSITION[order.status];
  if (position === undefined) return [];
  const wanted: OrderRequirement[] = [];
  for (const status of FLOW.slice(0, position + 1)) {
    for (const r of settings.requirements[status] ?? []) if (status === order.status || !ONLY_IN_OWN_STATUS.has(r)) wanted.push(r);
  }
  return missingOf(order, wanted, settings);
}

/** Dates of the decisions, for checking that a move does not cite a later one. */
export function decisionDates(model: RepositoryModel): ReadonlyMap<string, IsoDate> {
  return new Map(validRecords(model, 'decision').map((d) => [d.id, d.data.date]));
}

/** What `styr order move` and `styr council apply` check a move against besides the lifecycle (planMove's MoveChecks). */
export function moveChecks(model: RepositoryModel, today: IsoDate) {
  const settings = gateSettings(model);
  return { missing: (order: Order, to: OrderStatus) => missingForMove(order, to, settings), decisionDates: decisionDates(model), today };
}
