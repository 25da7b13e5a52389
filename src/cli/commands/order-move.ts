// styr order move <id> <status>: one step along the lifecycle, with the
// decision and rationale it needs, written as a minimal, checked edit.
import { isDeepStrictEqual } from 'node:util';
import { labelsFor } from '../../core/i18n/labels.js';
import { ORDER_STATUSES } from '../../core/model/types.js';
import type { OrderStatus } from '../../core/model/types.js';
import { applyMove, planMove } from '../../core/orders/move.js';
import { parseSource } from '../../core/source/parse.js';
import { suggest } from '../../core/text/suggest.js';
import { contentHash } from '../../io/atomic-write.js';
import { currentActor } from '../../io/git-user.js';
import { editOrderMove } from '../../io/order-edit.js';
import { YamlEditError } from '../../io/yaml-edit.js';
import { resolveContext } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { writeChecked } from './safe-write.js';
import { displayPath, findOrder, openWorkspace } from './workspace.js';

interface MoveOptions extends GlobalOptions {
  decision?: string;
  note?: string;
  actor?: string;
  dryRun?: boolean;
}

/** A status by its id, or by its Swedish or English label ('godkänd', 'in progress'). */
export function parseStatus(value: string): OrderStatus {
  const wanted = value.trim().toLowerCase();
  if ((ORDER_STATUSES as readonly string[]).includes(wanted)) return wanted as OrderStatus;
  for (const lang of ['sv', 'en'] as const) {
    const labels = labelsFor(lang).status;
    const hit = ORDER_STATUSES.find((s) => labels[s].toLowerCase() === wanted);
    if (hit) return hit;
  }
  const guess = suggest(wanted, ORDER_STATUSES);
  throw new UsageError(`unknown status '${value}'${guess ? ` — did you mean '${guess}'?` : ''} (statuses: ${ORDER_STATUSES.join(', ')})`);
}

export async function runOrderMove(id: string, statusArg: string, options: MoveOptions): Promise<number> {
  const context = resolveContext(options);
  const to = parseStatus(statusArg);
  const ws = await openWorkspace(context);
  const rec = findOrder(ws.model, id);
  if (!rec.valid) {
    process.stderr.write(`styr: ${rec.id} has errors (run styr validate ${displayPath(context, rec.file)}); fix them before moving it\n`);
    return EXIT.problems;
  }
  const actor = options.actor?.trim() || currentActor(context.cwd);
  const request = { to, date: context.today, actor, ...(options.decision !== undefined ? { decision: options.decision } : {}), ...(options.note !== undefined ? { note: options.note } : {}) };
  const plan = planMove(rec.data, request, new Set(ws.model.records.decision.keys()));
  if (!plan.ok) {
    const message = `${plan.message}${plan.hint ? `\n  ${plan.hint}` : ''}`;
    // A missing or unknown option value is a usage error; a move the lifecycle forbids is a refused write.
    if (plan.code === 'needs-decision' || plan.code === 'needs-note' || plan.code === 'unknown-decision') throw new UsageError(message);
    process.stderr.write(`styr: ${message}\n`);
    return EXIT.problems;
  }

  const file = ws.input.files.find((f) => f.path === rec.file);
  if (!file?.bytes) throw new UsageError(`cannot read ${rec.file}`);
  const text = new TextDecoder().decode(file.bytes);
  let edited: string;
  try {
    edited = editOrderMove(text, plan.changes);
  } catch (error) {
    if (!(error instanceof YamlEditError)) throw error;
    process.stderr.write(`styr: cannot edit ${displayPath(context, rec.file)} safely: ${error.message}; nothing was written\n`);
    return EXIT.problems;
  }
  // The spliced text must parse to exactly the intended record, or nothing is written.
  const reparsed = parseSource({ path: rec.file, size: edited.length, bytes: new TextEncoder().encode(edited) }, 'yaml');
  const expected = applyMove(rec.data, plan.changes);
  if (!reparsed.ok || !isDeepStrictEqual(JSON.parse(JSON.stringify(reparsed.source.data)), JSON.parse(JSON.stringify(expected)))) {
    process.stderr.write(`styr: cannot edit ${displayPath(context, rec.file)} without changing more than the move; nothing was written. Please report this file's layout as a bug.\n`);
    return EXIT.problems;
  }
  const what = displayPath(context, rec.file);
  if (options.dryRun) {
    process.stdout.write(edited);
    return EXIT.ok;
  }
  const code = await writeChecked(ws, [{ path: rec.file, text: edited, expected: { hash: contentHash(file.bytes) } }], what);
  if (code !== EXIT.ok) return code;
  const decision = plan.changes.decision ? ` (decision ${plan.changes.decision})` : '';
  process.stdout.write(`${rec.id}: ${rec.data.status} → ${to}${decision}, ${what}\n`);
  return EXIT.ok;
}
