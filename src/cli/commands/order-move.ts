// styr order move <id> <status>: one step along the lifecycle, with the
// decision and rationale it needs, written as a minimal, checked edit.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { OrderStatus } from '../../core/model/types.js';
import { moveChecks } from '../../core/orders/gate.js';
import type { MissingRequirement } from '../../core/orders/gate.js';
import { planMove } from '../../core/orders/move.js';
import type { MoveRefusal } from '../../core/orders/move.js';
import { contentHash } from '../../io/atomic-write.js';
import { currentActor } from '../../io/git-user.js';
import { editOrderMoveChecked } from '../../io/order-edit.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { writeChecked } from './safe-write.js';
import { displayPath, findOrder, openWorkspace, parseStatus } from './workspace.js';
import type { Workspace } from './workspace.js';

type MoveOptions = OptionsOf<'orderMove'>;

/** A status in the output language; `styr order move` takes the label as well as the id. */
function statusName(t: Translate, status: OrderStatus): string {
  return t(`orderStatus.${status}`);
}

/** The statuses an order may move to, with the options each needs. */
function allowedText(t: Translate, refusal: MoveRefusal): string {
  if (refusal.allowed.length === 0) return t('order.move.allowedNone', { from: statusName(t, refusal.from) });
  const moves = refusal.allowed.map((a) => (a.needs.length ? `${statusName(t, a.status)} (${a.needs.join(', ')})` : statusName(t, a.status)));
  return t('order.move.allowed', { from: statusName(t, refusal.from), moves: moves.join(', ') });
}

/** Why a move is refused, and what to do, in the output language. */
export function refusalText(ws: Pick<Workspace, 't'> & { model?: Workspace['model'] }, refusal: MoveRefusal): { message: string; hint?: string } {
  const { t } = ws;
  const r = refusal;
  const to = statusName(t, r.to);
  switch (r.code) {
    case 'same-status':
      return { message: t('order.move.sameStatus', { id: r.order, status: to }), hint: allowedText(t, r) };
    case 'not-allowed': {
      const way = r.path && r.path.length > 2 ? ` ${t('order.move.way', { path: r.path.map((s) => statusName(t, s)).join(' → ') })}` : '';
      return {
        message: t('order.move.notAllowed', { id: r.order, from: statusName(t, r.from), to, why: t(`order.move.why.${r.why ?? 'no-such-move'}`) }),
        hint: `${allowedText(t, r)}${way}`,
      };
    }
    case 'needs-decision':
      return { message: t('order.move.needsDecision', { id: r.order, to }), hint: t('order.move.needsDecision.hint') };
    case 'unknown-decision':
      return {
        message: t('order.move.unknownDecision', { decision: r.decision ?? '' }),
        hint: r.guess ? t('order.move.unknownDecision.guess', { guess: r.guess }) : t('order.move.unknownDecision.hint'),
      };
    case 'needs-note':
      return { message: t('order.move.needsNote', { id: r.order, to }), hint: t('order.move.needsNote.hint', { status: t(`orderStatus.${r.to}`) }) };
    case 'date-order':
      return { message: t('order.move.dateOrder', { date: r.date ?? '', last: r.last ?? '' }), hint: t('order.move.dateOrder.hint') };
    case 'incomplete': {
      const missing = r.missing ?? [];
      const list = missing.map((m) => `\n    - ${requirementText(ws, m)}`).join('');
      return { message: t('orderFlow.move.incomplete', { id: r.order, to, n: missing.length, list }), hint: t('orderFlow.move.incomplete.hint', { id: r.order }) };
    }
    case 'decision-later':
      return {
        message: t('orderFlow.move.decisionLater', { decision: r.decision ?? '', decisionDate: r.decisionDate ?? '', date: r.date ?? '', to }),
        hint: t('orderFlow.move.decisionLater.hint', { decisionDate: r.decisionDate ?? '' }),
      };
  }
}

/** One missing requirement in words, with the field to fill in. */
function requirementText(ws: Pick<Workspace, 't'> & { model?: Workspace['model'] }, m: MissingRequirement): string {
  const { t } = ws;
  if (m.outside !== undefined) {
    const person = ws.model?.records.person.get(m.outside);
    return t('orderFlow.requirement.handlerOutside', { name: person?.valid ? person.data.name : m.outside });
  }
  if (m.requirement === 'review') return t('orderFlow.requirement.review', { type: t(`orderType.${m.type ?? 'project'}`) });
  return t(`orderFlow.requirement.${m.requirement}`);
}

export async function runOrderMove(id: string, statusArg: string, options: MoveOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const to = parseStatus(earlyTranslator(options), statusArg);
  const ws = await openWorkspace(context);
  const { t } = ws;
  const rec = findOrder(ws, id);
  if (!rec.valid) {
    io.stderr.write(`styr: ${t('order.move.invalid', { id: rec.id, file: displayPath(context, rec.file) })}\n`);
    return EXIT.problems;
  }
  const actor = options.actor?.trim() || currentActor(context.cwd);
  const request = {
    to,
    date: context.today,
    actor,
    ...(options.decision !== undefined ? { decision: options.decision } : {}),
    ...(options.note !== undefined ? { note: options.note } : {}),
  };
  const plan = planMove(rec.data, request, new Set(ws.model.records.decision.keys()), moveChecks(ws.model, context.today));
  if (!plan.ok) {
    const refusal = refusalText(ws, plan.refusal);
    const message = `${refusal.message}${refusal.hint ? `\n  ${refusal.hint}` : ''}`;
    // A missing or unknown option value is a usage error; a move the lifecycle forbids is a refused write.
    const code = plan.refusal.code;
    if (code === 'needs-decision' || code === 'needs-note' || code === 'unknown-decision') throw new UsageError(message);
    io.stderr.write(`styr: ${message}\n`);
    return EXIT.problems;
  }

  const file = ws.input.files.find((f) => f.path === rec.file);
  if (!file?.bytes) throw new UsageError(t('cli.cannotRead', { file: rec.file }));
  const text = new TextDecoder().decode(file.bytes);
  // The spliced text must parse to exactly the intended record, or nothing is written.
  const edit = editOrderMoveChecked(rec.file, text, rec.data, plan.changes);
  if (!edit.ok) {
    const shown = displayPath(context, rec.file);
    io.stderr.write(
      `styr: ${edit.problem === 'cannot-edit' ? t('order.move.cannotEdit', { file: shown, reason: edit.reason }) : t('order.move.editMismatch', { file: shown })}\n`,
    );
    return EXIT.problems;
  }
  const edited = edit.text;
  const what = displayPath(context, rec.file);
  if (options.dryRun) {
    io.stdout.write(edited);
    return EXIT.ok;
  }
  const code = await writeChecked(ws, [{ path: rec.file, text: edited, expected: { hash: contentHash(file.bytes) } }], what);
  if (code !== EXIT.ok) return code;
  const decision = plan.changes.decision ? ` (${t('order.move.decision', { decision: plan.changes.decision })})` : '';
  io.stdout.write(`${rec.id}: ${t(`orderStatus.${rec.data.status}`)} → ${t(`orderStatus.${to}`)}${decision}, ${what}\n`);
  return EXIT.ok;
}
