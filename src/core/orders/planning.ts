// styr plan: fit orders into the quarters of the planning year and the year
// after, given each team's capacity, in rank order and after what they depend
// on. Pure and deterministic; the table, --json and the timeline renderer all
// print the same PlanResult.
//
// Committed work (planned and in progress) is placed first: it is already
// running or promised. It goes earliest wanted-by date first (undated
// commitments last, in rank order), because doing the earliest promise first
// keeps every promise that can be kept; rank decided what was committed, the
// dates decide when. Approved orders follow in rank order and use what is left. Each order starts in the earliest quarter with free capacity
// after every dependency has ended, and spills over consecutive quarters until
// its effort is covered. An approved order that cannot be covered within the
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

export function planOrders(input: PlanInput): PlanResult {
  const { planningYear } = input;
  const firstOpen = input.today === undefined ? 0 : Math.max(0, quarterIndex(planningYear, input.today));
  const quarters: PlanQuarter[] = [];
  for (let i = 0; i < HORIZON_QUARTERS; i++) {
    const year = planningYear + Math.floor(i / 4);
    const quarter = ((i % 4) + 1) as 1 | 2 | 3 | 4;
    quarters.push({ index: i, year, quarter, label: quarterLabel(year, quarter), past: i < firstOpen });
  }

  const byId = new Map<string, Order>(input.orders.map((o) => [o.id, o]));
  const teams = new Map<string, Team>(input.teams.map((t) => [t.id, t]));
  const capacity = (team: Team, i: number): number => (i < firstOpen ? 0 : team.capacity[`Q${(i % 4) + 1}` as 'Q1'])
  const load = new Map<string, { demand: number[]; due: string[][]; committed: number[]; approved: number[] }>();
  const zeros = () => new Array<number>(HORIZON_QUARTERS).fill(0);
  for (const t of input.teams) load.set(t.id, { demand: zeros(), due: quarters.map(() => []), committed: zeros(), approved: zeros() });

  // Committed work first, earliest wanted-by date first; then approved work in rank order.
  const w = effectiveWeights(input.weights);
  const candidates = input.orders
    .filter((o) => PLANNED_STATUSES.has(o.status))
    .map((order) => ({ order, file: '', legal: order.legalRequirement === true, score: scoreOrder(order, w) }));
  const ranked = rankScored(candidates);
  const committedByDate = ranked
    .map((r, position) => ({ r, position }))
    .filter(({ r }) => COMMITTED_STATUSES.has(r.order.status))
    .sort((a, b) => compareDue(a.r.order.wantedBy, b.r.order.wantedBy) || a.position - b.position)
    .map(({ r }) => r);
  const sequence: RankedOrder[] = [...committedByDate, ...ranked.filter((r) => !COMMITTED_STATUSES.has(r.order.status))].map((r, i) => ({ ...r, rank: i + 1 }));
  const inSequence = new Map(sequence.map((r) => [r.order.id, r]));

  const results = new Map<string, Result>();

  const base = (r: RankedOrder): PlanOrderBase => {
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
  };
  const unplaced = (r: RankedOrder, reason: UnplacedReason, extra: Partial<UnplacedOrder> = {}): Result => ({
    unplaced: { ...base(r), ...extra, reason },
  });

  const allocate = (r: RankedOrder, team: Team, effort: number, earliest: number): Result => {
    const committed = COMMITTED_STATUSES.has(r.order.status);
    const teamLoad = load.get(team.id)!;
    const allocations: PlanAllocation[] = [];
    let remaining = effort;
    let start = -1;
    let end = -1;
    if (!committed) {
      let free = 0;
      for (let i = earliest; i < HORIZON_QUARTERS; i++) free += Math.max(0, capacity(team, i) - teamLoad.committed[i]! - teamLoad.approved[i]!);
      if (earliest >= HORIZON_QUARTERS || free + EPSILON < effort) {
        return unplaced(r, 'does-not-fit', { needed: round2(effort), free: round2(free) });
      }
    }
    const open = Math.max(earliest, firstOpen);
    if (effort <= EPSILON && open < HORIZON_QUARTERS) {
      start = end = open;
    }
    for (let i = open; i < HORIZON_QUARTERS && remaining > EPSILON; i++) {
      const available = Math.max(0, capacity(team, i) - teamLoad.committed[i]! - teamLoad.approved[i]!);
      const take = Math.min(remaining, available);
      if (take <= EPSILON) continue;
      (committed ? teamLoad.committed : teamLoad.approved)[i]! += take;
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
      ...base(r),
      team: team.id,
      effortDays: effort,
      start: quarters[start]!.label,
      end: quarters[end]!.label,
      allocations,
      late: r.order.wantedBy !== undefined && end > quarterIndex(planningYear, r.order.wantedBy),
    };
    return { placed };
  };

  // Depth-first over dependencies with an explicit stack: a dependency ranked
  // lower than its dependent is pulled forward and placed first.
  const resolve = (root: RankedOrder): void => {
    const stack: { r: RankedOrder; next: number; earliest: number }[] = [{ r: root, next: 0, earliest: firstOpen }];
    const onStack = new Set<string>([root.order.id]);
    const finish = (result: Result) => {
      const frame = stack.pop()!;
      onStack.delete(frame.r.order.id);
      results.set(frame.r.order.id, result);
    };
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const { r } = frame;
      if (frame.next === 0) {
        const teamId = r.order.team;
        if (teamId === undefined) {
          finish(unplaced(r, 'unassigned'));
          continue;
        }
        if (!teams.has(teamId)) {
          finish(unplaced(r, 'unknown-team'));
          continue;
        }
        if (effortOf(r.order) === undefined) {
          finish(unplaced(r, 'not-estimated'));
          continue;
        }
      }
      const deps = r.order.dependsOn ?? [];
      let blocked: Result | undefined;
      let descended = false;
      while (frame.next < deps.length) {
        const depId = deps[frame.next]!;
        const dep = byId.get(depId);
        if (!dep) {
          blocked = unplaced(r, 'dependency', { dependency: { id: depId } });
          break;
        }
        if (DONE_STATUSES.has(dep.status)) {
          frame.next++;
          continue;
        }
        const depRanked = inSequence.get(depId);
        if (!depRanked) {
          blocked = unplaced(r, 'dependency', { dependency: { id: depId, status: dep.status } });
          break;
        }
        const done = results.get(depId);
        if (done) {
          if ('unplaced' in done) {
            blocked = unplaced(r, 'dependency', { dependency: { id: depId, status: dep.status, unplaced: true } });
            break;
          }
          const endIndex = quarters.findIndex((q) => q.label === done.placed.end);
          frame.earliest = Math.max(frame.earliest, endIndex + 1);
          frame.next++;
          continue;
        }
        if (onStack.has(depId)) {
          const ids = stack.map((f) => f.r.order.id);
          const cycle = [...ids.slice(ids.indexOf(depId)), depId];
          blocked = unplaced(r, 'cycle', { cycle });
          break;
        }
        // Visit the dependency first; come back to this one afterwards.
        stack.push({ r: depRanked, next: 0, earliest: firstOpen });
        onStack.add(depId);
        descended = true;
        break;
      }
      if (descended) continue;
      if (blocked) {
        finish(blocked);
        continue;
      }
      const team = teams.get(r.order.team!)!;
      finish(allocate(r, team, effortOf(r.order)!.days, frame.earliest));
    }
  };

  for (const r of sequence) if (!results.has(r.order.id)) resolve(r);

  const placed: PlacedOrder[] = [];
  const notPlaced: UnplacedOrder[] = [];
  for (const r of sequence) {
    const result = results.get(r.order.id)!;
    if ('placed' in result) placed.push(result.placed);
    else notPlaced.push(result.unplaced);
  }

  // Committed work with a wanted-by date is due in that date's quarter (now, if overdue). What it depends on
  // (and is not done) is due a quarter earlier, since a dependent starts after its dependencies end.
  const dueIndex = new Map<string, number>();
  const pending: { id: string; due: number }[] = [];
  for (const r of sequence) {
    const o = r.order;
    if (COMMITTED_STATUSES.has(o.status) && o.wantedBy !== undefined) pending.push({ id: o.id, due: quarterIndex(planningYear, o.wantedBy) });
  }
  while (pending.length > 0) {
    const popped = pending.pop()!;
    const id = popped.id;
    // Nothing can be due before the first open quarter; capping there also ends a dependency cycle.
    const due = Math.max(firstOpen, popped.due);
    const known = dueIndex.get(id);
    if (known !== undefined && known <= due) continue;
    dueIndex.set(id, due);
    for (const depId of byId.get(id)?.dependsOn ?? []) {
      if (inSequence.has(depId)) pending.push({ id: depId, due: due - 1 });
    }
  }
  for (const r of sequence) {
    const o = r.order;
    const due = dueIndex.get(o.id);
    const teamLoad = o.team === undefined ? undefined : load.get(o.team);
    const effort = effortOf(o);
    if (due === undefined || !teamLoad || !effort) continue;
    const at = Math.max(firstOpen, due);
    if (at >= HORIZON_QUARTERS) continue;
    teamLoad.demand[at]! += effort.days;
    teamLoad.due[at]!.push(o.id);
  }

  const overAllocated: OverAllocation[] = [];
  const teamLoads: TeamLoad[] = input.teams.map((team) => {
    const l = load.get(team.id)!;
    let dueSoFar = 0;
    let capacitySoFar = 0;
    const dueOrders: string[] = [];
    return {
      id: team.id,
      name: team.name,
      quarters: quarters.map((q) => {
        const cap = capacity(team, q.index);
        const demand = round2(l.demand[q.index]!);
        const committed = round2(l.committed[q.index]!);
        const approved = round2(l.approved[q.index]!);
        dueSoFar += l.demand[q.index]!;
        capacitySoFar += cap;
        dueOrders.push(...l.due[q.index]!);
        const over = round2(Math.max(0, dueSoFar - capacitySoFar));
        if (over > 0) {
          overAllocated.push({ team: team.id, quarter: q.label, capacity: round2(capacitySoFar), demand: round2(dueSoFar), over, orders: dueOrderIds(dueOrders, byId, dueIndex) });
        }
        return { quarter: q.label, capacity: cap, demand, committed, approved, free: round2(Math.max(0, cap - committed - approved)), over };
      }),
    };
  });
  const late: LateOrder[] = placed
    .filter((p) => p.late)
    .map((p) => {
      const wantedBy = p.wantedBy!;
      return { id: p.id, wantedBy, wantedQuarter: quarterLabel(Number(wantedBy.slice(0, 4)), quarterOf(wantedBy)), end: p.end };
    });
  return { planningYear, quarters, placed, unplaced: notPlaced, teams: teamLoads, overAllocated, late };
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
