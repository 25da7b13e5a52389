// styr plan: fit orders into the quarters of the planning year and the year
// after, given each team's capacity, in rank order and after what they depend
// on. Pure and deterministic; the table, --json and the timeline renderer all
// print the same PlanResult.
//
// Committed work (planned and in progress) is placed first: it is already
// running or promised. It goes earliest wanted-by date first (undated
// commitments last, in rank order), because doing the earliest promise first
// keeps every promise that can be kept; rank decided what was committed, the
// dates decide when. Approved orders follow in rank order and use what is
// left. Each order starts in the earliest quarter with free capacity after
// every dependency has ended, and spills over consecutive quarters until its
// effort is covered. An approved order that cannot be covered within the
// horizon does not fit and takes nothing.
// Over-allocation asks whether a team's promises can be kept at all: for each
// quarter, the committed work whose wanted-by date falls in or before it
// (overdue work counts as due now) against the team's capacity from now to the
// end of that quarter. If what is due by a quarter exceeds what the team can do
// by then, no order of work meets every date: the team has promised too much.
// What committed work depends on is due a quarter before it (a dependent
// starts after its dependencies end), whatever its own status and date.
// (That is the deadline test of scheduling theory; an order ending late in this
// plan only because of the rank order is reported as late, not over-allocated.)
import { quarterOf } from '../dates.js';
import type { IsoDate, Order, OrderStatus, ScoreWeights, Team } from '../model/types.js';
import type { RepositoryModel } from '../model/repository.js';
import { validRecords } from '../model/repository.js';
import { effortOf } from './effort.js';
import { rankScored } from './ranking.js';
import type { RankedOrder } from './ranking.js';
import { effectiveWeights, scoreOrder } from './scoring.js';

/** Two years of quarters: the planning year and the one after. */
export const HORIZON_QUARTERS = 8;

export const COMMITTED_STATUSES: ReadonlySet<OrderStatus> = new Set(['planned', 'in-progress']);
const PLANNED_STATUSES: ReadonlySet<OrderStatus> = new Set(['planned', 'in-progress', 'approved']);
/** Dependencies in these statuses are done: they constrain nothing. */
const DONE_STATUSES: ReadonlySet<OrderStatus> = new Set(['delivered', 'closed']);

const EPSILON = 1e-9;

export interface PlanInput {
  orders: readonly Order[];
  teams: readonly Team[];
  planningYear: number;
  weights?: ScoreWeights;
  /** Quarters that ended before today's quarter take no work. */
  today?: IsoDate;
}

export interface PlanQuarter {
  index: number;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** '2027-Q1' */
  label: string;
  /** Ended before today: takes no work. */
  past: boolean;
}

export interface PlanAllocation {
  quarter: string;
  days: number;
}

export interface PlanOrderBase {
  id: string;
  title: string;
  status: OrderStatus;
  team?: string;
  /** Planned or in progress. */
  committed: boolean;
  /** Position in the planning sequence (committed work first by wanted-by date, then approved work in rank order). */
  rank: number;
  score: number;
  legal: boolean;
  effortDays?: number;
  wantedBy?: IsoDate;
  dependsOn: string[];
}

export interface PlacedOrder extends PlanOrderBase {
  effortDays: number;
  team: string;
  start: string;
  end: string;
  allocations: PlanAllocation[];
  /** Ends in a later quarter than the one its wanted-by date falls in. */
  late: boolean;
}

export type UnplacedReason = 'unassigned' | 'unknown-team' | 'not-estimated' | 'dependency' | 'cycle' | 'does-not-fit';

export interface UnplacedOrder extends PlanOrderBase {
  reason: UnplacedReason;
  /** For 'dependency': the dependency that blocks, and its status when it exists and is not in the plan. */
  dependency?: { id: string; status?: OrderStatus; unplaced?: boolean };
  /** For 'cycle': the orders of the cycle, starting and ending with this one. */
  cycle?: string[];
  /** For 'does-not-fit': person-days still needed, and the free person-days from the earliest start to the end of the horizon. */
  needed?: number;
  free?: number;
  /** Committed work that runs past the horizon still takes its share of the quarters it has. */
  allocations?: PlanAllocation[];
}

export interface TeamQuarterLoad {
  quarter: string;
  capacity: number;
  /** Person-days of committed work (and what it depends on) due in this quarter (overdue work: in the first open quarter). */
  demand: number;
  /** Person-days of committed work scheduled in the quarter. */
  committed: number;
  approved: number;
  /** capacity − committed − approved, never below 0. */
  free: number;
  /** Committed work due by the end of this quarter minus the capacity until then, when positive; else 0. */
  over: number;
}

export interface TeamLoad {
  id: string;
  name: string;
  quarters: TeamQuarterLoad[];
}

export interface OverAllocation {
  team: string;
  /** The quarter by whose end the committed work is due. */
  quarter: string;
  /** Person-days the team has from the first open quarter to the end of this one. */
  capacity: number;
  /** Person-days of committed work due by the end of this quarter. */
  demand: number;
  /** demand − capacity. */
  over: number;
  /** The orders due by then (committed work and what it depends on), by the quarter they are due in, then wanted-by date, then id. */
  orders: string[];
}

export interface LateOrder {
  id: string;
  wantedBy: IsoDate;
  wantedQuarter: string;
  end: string;
}

export interface PlanResult {
  planningYear: number;
  quarters: PlanQuarter[];
  /** Placed orders in planning sequence. */
  placed: PlacedOrder[];
  /** Orders that could not be placed, in planning sequence. */
  unplaced: UnplacedOrder[];
  teams: TeamLoad[];
  overAllocated: OverAllocation[];
  late: LateOrder[];
}

function quarterLabel(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

function quarterIndex(planningYear: number, date: IsoDate): number {
  return (Number(date.slice(0, 4)) - planningYear) * 4 + quarterOf(date) - 1;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

type Result = { placed: PlacedOrder } | { unplaced: UnplacedOrder };

/** What every phase reads and none changes: the horizon, the orders and teams by id, and the planning sequence. */
interface PlanContext {
  planningYear: number;
  /** Index of the first quarter that takes work (today's). */
  firstOpen: number;
  quarters: readonly PlanQuarter[];
  byId: ReadonlyMap<string, Order>;
  teams: ReadonlyMap<string, Team>;
  /** The orders in the plan (committed and approved), by id, with their sequence position. */
  inSequence: ReadonlyMap<string, RankedOrder>;
}

/** Person-days a team has booked per quarter, by kind of work. */
interface Booked {
  committed: number[];
  approved: number[];
}

/**
 * The one mutable state of a plan: the days booked per team and the outcome per order. The
 * placement phases write it in sequence (each order sees what the ones before it booked);
 * the later phases only read it.
 */
interface Placement {
  booked: Map<string, Booked>;
  results: Map<string, Result>;
}

/** Person-days of committed work due per quarter, and the orders due there, for one team. */
interface Due {
  demand: number[];
  orders: string[][];
}

const zeros = () => new Array<number>(HORIZON_QUARTERS).fill(0);

/**
 * The plan, in phases: order the work; place committed work, then approved work; find when
 * committed work (and what it depends on) is due, and where a team has promised more than it
 * can do by then; list the orders that end after their wanted-by quarter.
 */
export function planOrders(input: PlanInput): PlanResult {
  const { planningYear } = input;
  const firstOpen = input.today === undefined ? 0 : Math.max(0, quarterIndex(planningYear, input.today));
  const quarters = horizon(planningYear, firstOpen);
  const { committed, approved } = sequenceWork(input.orders, input.weights);
  const plan: PlanContext = {
    planningYear,
    firstOpen,
    quarters,
    byId: new Map<string, Order>(input.orders.map((o) => [o.id, o])),
    teams: new Map<string, Team>(input.teams.map((t) => [t.id, t])),
    inSequence: new Map([...committed, ...approved].map((r) => [r.order.id, r])),
  };
  const placement: Placement = { booked: new Map(), results: new Map() };
  for (const t of input.teams) placement.booked.set(t.id, { committed: zeros(), approved: zeros() });

  placeWork(plan, placement, committed);
  placeWork(plan, placement, approved);

  const sequence = [...committed, ...approved];
  const { placed, unplaced: notPlaced } = outcomes(sequence, placement.results);

  const dueIndex = dueQuarters(plan, sequence);
  const due = dueByTeam(plan, input.teams, sequence, dueIndex);
  const { teams, overAllocated } = teamLoads(plan, input.teams, placement.booked, due, dueIndex);
  return { planningYear, quarters, placed, unplaced: notPlaced, teams, overAllocated, late: lateOrders(placed) };
}

/** The placed and the unplaced orders, each in planning sequence. */
function outcomes(sequence: readonly RankedOrder[], results: ReadonlyMap<string, Result>): { placed: PlacedOrder[]; unplaced: UnplacedOrder[] } {
  const placed: PlacedOrder[] = [];
  const notPlaced: UnplacedOrder[] = [];
  for (const r of sequence) {
    const result = results.get(r.order.id)!;
    if ('placed' in result) placed.push(result.placed);
    else notPlaced.push(result.unplaced);
  }
  return { placed, unplaced: notPlaced };
}

/** The quarters of the planning year and the year after; those before `firstOpen` are past. */
function horizon(planningYear: number, firstOpen: number): PlanQuarter[] {
  const quarters: PlanQuarter[] = [];
  for (let i = 0; i < HORIZON_QUARTERS; i++) {
    const year = planningYear + Math.floor(i / 4);
    const quarter = ((i % 4) + 1) as 1 | 2 | 3 | 4;
    quarters.push({ index: i, year, quarter, label: quarterLabel(year, quarter), past: i < firstOpen });
  }
  return quarters;
}

/** A team's person-days in quarter `i` of the horizon; none in a past quarter. */
function capacityIn(plan: PlanContext, team: Team, i: number): number {
  return i < plan.firstOpen ? 0 : team.capacity[`Q${(i % 4) + 1}` as 'Q1'];
}

/**
 * Order the work: committed work first, earliest wanted-by date first (undated last, in rank
 * order); then approved work in rank order. `rank` is the position in that whole sequence.
 */
function sequenceWork(orders: readonly Order[], weights: ScoreWeights | undefined): { committed: RankedOrder[]; approved: RankedOrder[] } {
  const w = effectiveWeights(weights);
  const candidates = orders
    .filter((o) => PLANNED_STATUSES.has(o.status))
    .map((order) => ({ order, file: '', legal: order.legalRequirement === true, score: scoreOrder(order, w) }));
  const ranked = rankScored(candidates);
  const committedByDate = ranked
    .map((r, position) => ({ r, position }))
    .filter(({ r }) => COMMITTED_STATUSES.has(r.order.status))
    .sort((a, b) => compareDue(a.r.order.wantedBy, b.r.order.wantedBy) || a.position - b.position)
    .map(({ r }) => r);
  const approvedByRank = ranked.filter((r) => !COMMITTED_STATUSES.has(r.order.status));
  const committed = committedByDate.map((r, i) => ({ ...r, rank: i + 1 }));
  const approved = approvedByRank.map((r, i) => ({ ...r, rank: committed.length + i + 1 }));
  return { committed, approved };
}

function orderBase(r: RankedOrder): PlanOrderBase {
  const o = r.order;
  const b: PlanOrderBase = {
    id: o.id,
    title: o.title,
    status: o.status,
    committed: COMMITTED_STATUSES.has(o.status),
    rank: r.rank,
    score: r.score.score,
    legal: r.legal,
    dependsOn: [...(o.dependsOn ?? [])],
  };
  if (o.team !== undefined) b.team = o.team;
  const effort = effortOf(o);
  if (effort) b.effortDays = effort.days;
  if (o.wantedBy !== undefined) b.wantedBy = o.wantedBy;
  return b;
}

function unplaced(r: RankedOrder, reason: UnplacedReason, extra: Partial<UnplacedOrder> = {}): Result {
  return { unplaced: { ...orderBase(r), ...extra, reason } };
}

/**
 * Place work in sequence (committed work, then approved work): each order after what it
 * depends on, in the earliest quarters its team has free.
 */
function placeWork(plan: PlanContext, placement: Placement, sequence: readonly RankedOrder[]): void {
  for (const r of sequence) if (!placement.results.has(r.order.id)) placeWithDependencies(plan, placement, r);
}

/** An order on the depth-first stack: the next dependency to look at, and the earliest quarter it may start. */
interface Visit {
  r: RankedOrder;
  next: number;
  earliest: number;
}

/**
 * Depth-first over dependencies with an explicit stack: a dependency ranked lower than its
 * dependent is pulled forward and placed first.
 */
function placeWithDependencies(plan: PlanContext, placement: Placement, root: RankedOrder): void {
  const { results } = placement;
  const stack: Visit[] = [{ r: root, next: 0, earliest: startFloor(plan, root) }];
  const onStack = new Set<string>([root.order.id]);
  const finish = (result: Result) => {
    const done = stack.pop()!;
    onStack.delete(done.r.order.id);
    results.set(done.r.order.id, result);
  };
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const { r } = top;
    const cannot = top.next === 0 ? unplaceable(plan, r) : undefined;
    if (cannot) {
      finish(cannot);
      continue;
    }
    const step = nextDependency(plan, results, stack, onStack, top);
    if ('visit' in step) {
      // Visit the dependency first; come back to this one afterwards.
      stack.push({ r: step.visit, next: 0, earliest: startFloor(plan, step.visit) });
      onStack.add(step.visit.order.id);
      continue;
    }
    if ('blocked' in step) {
      finish(step.blocked);
      continue;
    }
    const team = plan.teams.get(r.order.team!)!;
    finish(allocate(plan, placement.booked.get(team.id)!, r, team, effortOf(r.order)!.days, top.earliest));
  }
}

/**
 * The earliest quarter an order may start in: the first open one, or, for a planned order,
 * the quarter it is planned to start in (`quarter`) when that is later and within the horizon.
 */
function startFloor(plan: PlanContext, r: RankedOrder): number {
  const quarter = r.order.status === 'planned' ? r.order.quarter : undefined;
  const m = quarter === undefined ? null : /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return plan.firstOpen;
  const index = (Number(m[1]) - plan.planningYear) * 4 + Number(m[2]) - 1;
  return Math.min(Math.max(plan.firstOpen, index), plan.quarters.length - 1);
}

/** Why an order cannot be placed whatever its dependencies: no team, a team not in the configuration, no estimate. */
function unplaceable(plan: PlanContext, r: RankedOrder): Result | undefined {
  const teamId = r.order.team;
  if (teamId === undefined) return unplaced(r, 'unassigned');
  if (!plan.teams.has(teamId)) return unplaced(r, 'unknown-team');
  if (effortOf(r.order) === undefined) return unplaced(r, 'not-estimated');
  return undefined;
}

type DependencyStep = { ready: true } | { visit: RankedOrder } | { blocked: Result };

/**
 * Go on through the dependencies of the order on top of the stack, from where it stopped:
 * past those that are done or placed (moving its earliest start after their end), up to one
 * that must be placed first (`visit`) or that keeps it from being placed (`blocked`). Advances
 * `top`, the order's own stack entry.
 */
function nextDependency(plan: PlanContext, results: ReadonlyMap<string, Result>, stack: readonly Visit[], onStack: ReadonlySet<string>, top: Visit): DependencyStep {
  const { r } = top;
  const deps = r.order.dependsOn ?? [];
  while (top.next < deps.length) {
    const depId = deps[top.next]!;
    const dep = plan.byId.get(depId);
    if (!dep) return { blocked: unplaced(r, 'dependency', { dependency: { id: depId } }) };
    if (DONE_STATUSES.has(dep.status)) {
      top.next++;
      continue;
    }
    const depRanked = plan.inSequence.get(depId);
    if (!depRanked) return { blocked: unplaced(r, 'dependency', { dependency: { id: depId, status: dep.status } }) };
    const done = results.get(depId);
    if (done) {
      if ('unplaced' in done) return { blocked: unplaced(r, 'dependency', { dependency: { id: depId, status: dep.status, unplaced: true } }) };
      const endIndex = plan.quarters.findIndex((q) => q.label === done.placed.end);
      top.earliest = Math.max(top.earliest, endIndex + 1);
      top.next++;
      continue;
    }
    if (onStack.has(depId)) {
      const ids = stack.map((f) => f.r.order.id);
      return { blocked: unplaced(r, 'cycle', { cycle: [...ids.slice(ids.indexOf(depId)), depId] }) };
    }
    return { visit: depRanked };
  }
  return { ready: true };
}

/**
 * Book an order's effort from quarter `earliest` on, spilling over consecutive quarters.
 * Approved work that cannot be covered within the horizon takes nothing; committed work
 * keeps what it took even when it runs past the horizon.
 */
function allocate(plan: PlanContext, booked: Booked, r: RankedOrder, team: Team, effort: number, earliest: number): Result {
  const { quarters } = plan;
  const committed = COMMITTED_STATUSES.has(r.order.status);
  const free = (i: number) => Math.max(0, capacityIn(plan, team, i) - booked.committed[i]! - booked.approved[i]!);
  const allocations: PlanAllocation[] = [];
  let remaining = effort;
  let start = -1;
  let end = -1;
  if (!committed) {
    let freeUntilHorizon = 0;
    for (let i = earliest; i < HORIZON_QUARTERS; i++) freeUntilHorizon += free(i);
    if (earliest >= HORIZON_QUARTERS || freeUntilHorizon + EPSILON < effort) {
      return unplaced(r, 'does-not-fit', { needed: round2(effort), free: round2(freeUntilHorizon) });
    }
  }
  const open = Math.max(earliest, plan.firstOpen);
  if (effort <= EPSILON && open < HORIZON_QUARTERS) {
    start = end = open;
  }
  for (let i = open; i < HORIZON_QUARTERS && remaining > EPSILON; i++) {
    const take = Math.min(remaining, free(i));
    if (take <= EPSILON) continue;
    (committed ? booked.committed : booked.approved)[i]! += take;
    allocations.push({ quarter: quarters[i]!.label, days: round2(take) });
    remaining -= take;
    if (start < 0) start = i;
    end = i;
  }
  if (remaining > EPSILON || start < 0) {
    // Only committed work gets here: it keeps what it took, but does not end within the horizon.
    return unplaced(r, 'does-not-fit', { needed: round2(effort), free: round2(effort - remaining), allocations });
  }
  const placed: PlacedOrder = {
    ...orderBase(r),
    team: team.id,
    effortDays: effort,
    start: quarters[start]!.label,
    end: quarters[end]!.label,
    allocations,
    late: r.order.wantedBy !== undefined && end > quarterIndex(plan.planningYear, r.order.wantedBy),
  };
  return { placed };
}

/**
 * The quarter each order is due in: committed work with a wanted-by date in that date's
 * quarter (now, if overdue); what it depends on (and is not done) a quarter earlier, since a
 * dependent starts after its dependencies end.
 */
function dueQuarters(plan: PlanContext, sequence: readonly RankedOrder[]): Map<string, number> {
  const dueIndex = new Map<string, number>();
  const pending: { id: string; due: number }[] = [];
  for (const r of sequence) {
    const o = r.order;
    if (COMMITTED_STATUSES.has(o.status) && o.wantedBy !== undefined) pending.push({ id: o.id, due: quarterIndex(plan.planningYear, o.wantedBy) });
  }
  while (pending.length > 0) {
    const popped = pending.pop()!;
    const id = popped.id;
    // Nothing can be due before the first open quarter; capping there also ends a dependency cycle.
    const due = Math.max(plan.firstOpen, popped.due);
    const known = dueIndex.get(id);
    if (known !== undefined && known <= due) continue;
    dueIndex.set(id, due);
    for (const depId of plan.byId.get(id)?.dependsOn ?? []) {
      if (plan.inSequence.has(depId)) pending.push({ id: depId, due: due - 1 });
    }
  }
  return dueIndex;
}

/** Per team, the person-days of work due in each quarter of the horizon and which orders they are. */
function dueByTeam(plan: PlanContext, teams: readonly Team[], sequence: readonly RankedOrder[], dueIndex: ReadonlyMap<string, number>): Map<string, Due> {
  const due = new Map<string, Due>();
  for (const t of teams) due.set(t.id, { demand: zeros(), orders: plan.quarters.map(() => []) });
  for (const r of sequence) {
    const o = r.order;
    const quarter = dueIndex.get(o.id);
    const teamDue = o.team === undefined ? undefined : due.get(o.team);
    const effort = effortOf(o);
    if (quarter === undefined || !teamDue || !effort) continue;
    const at = Math.max(plan.firstOpen, quarter);
    if (at >= HORIZON_QUARTERS) continue;
    teamDue.demand[at]! += effort.days;
    teamDue.orders[at]!.push(o.id);
  }
  return due;
}

/**
 * Each team's load per quarter, and over-allocation: a quarter by whose end the committed
 * work due exceeds what the team can do from now until then.
 */
function teamLoads(
  plan: PlanContext,
  teams: readonly Team[],
  booked: ReadonlyMap<string, Booked>,
  due: ReadonlyMap<string, Due>,
  dueIndex: ReadonlyMap<string, number>,
): { teams: TeamLoad[]; overAllocated: OverAllocation[] } {
  const overAllocated: OverAllocation[] = [];
  const loads: TeamLoad[] = teams.map((team) => {
    const b = booked.get(team.id)!;
    const d = due.get(team.id)!;
    let dueSoFar = 0;
    let capacitySoFar = 0;
    const dueOrders: string[] = [];
    return {
      id: team.id,
      name: team.name,
      quarters: plan.quarters.map((q) => {
        const cap = capacityIn(plan, team, q.index);
        const demand = round2(d.demand[q.index]!);
        const committed = round2(b.committed[q.index]!);
        const approved = round2(b.approved[q.index]!);
        dueSoFar += d.demand[q.index]!;
        capacitySoFar += cap;
        dueOrders.push(...d.orders[q.index]!);
        const over = round2(Math.max(0, dueSoFar - capacitySoFar));
        if (over > 0) {
          overAllocated.push({
            team: team.id,
            quarter: q.label,
            capacity: round2(capacitySoFar),
            demand: round2(dueSoFar),
            over,
            orders: dueOrderIds(dueOrders, plan.byId, dueIndex),
          });
        }
        return { quarter: q.label, capacity: cap, demand, committed, approved, free: round2(Math.max(0, cap - committed - approved)), over };
      }),
    };
  });
  return { teams: loads, overAllocated };
}

/** Placed orders that end in a later quarter than the one their wanted-by date falls in. */
function lateOrders(placed: readonly PlacedOrder[]): LateOrder[] {
  return placed
    .filter((p) => p.late)
    .map((p) => {
      const wantedBy = p.wantedBy!;
      return { id: p.id, wantedBy, wantedQuarter: quarterLabel(Number(wantedBy.slice(0, 4)), quarterOf(wantedBy)), end: p.end };
    });
}

/** Earlier wanted-by dates first; no date last. */
function compareDue(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** Order ids by the quarter they are due in, then wanted-by date (none last), then id. */
function dueOrderIds(ids: readonly string[], byId: ReadonlyMap<string, Order>, dueIndex: ReadonlyMap<string, number>): string[] {
  const key = (id: string) => [dueIndex.get(id) ?? 0, byId.get(id)?.wantedBy ?? '~', id] as const;
  return [...ids].sort((a, b) => {
    const [qa, da, ia] = key(a);
    const [qb, db, ib] = key(b);
    return qa - qb || (da < db ? -1 : da > db ? 1 : 0) || (ia < ib ? -1 : ia > ib ? 1 : 0);
  });
}

/** The plan of a loaded repository: its valid orders, teams and planning year. */
export function planRepository(model: RepositoryModel, today?: IsoDate): PlanResult {
  const input: PlanInput = {
    orders: validRecords(model, 'order').map((r) => r.data),
    teams: model.config.teams ?? [],
    planningYear: model.config.planningYear,
  };
  if (model.config.weights) input.weights = model.config.weights;
  if (today !== undefined) input.today = today;
  return planOrders(input);
}
