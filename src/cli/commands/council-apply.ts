// styr council apply <decision>: move every order a council decision lists to
// the outcome recorded for it, citing the decision, one history entry each.
// All or nothing: every move is planned and checked first; if any is refused,
// or the moves together would add an error to the repository, nothing is
// written (the writes go to writeChecked as one change).
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { planCouncilApply } from '../../core/edit/council-apply.js';
import type { CouncilStep } from '../../core/edit/council-apply.js';
import { candidateIds } from '../../core/edit/ids.js';
import { moveChecks } from '../../core/orders/gate.js';
import { unifiedDiff } from '../../core/edit/line-diff.js';
import type { LoadedRecord } from '../../core/model/repository.js';
import { contentHash } from '../../io/atomic-write.js';
import { currentActor } from '../../io/git-user.js';
import { editOrderMoveChecked } from '../../io/order-edit.js';
import { resolveContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { refusalText } from './order-move.js';
import { candidatesText } from './record-ref.js';
import { writeChecked } from './safe-write.js';
import type { PlannedWrite } from './safe-write.js';
import { checkWrites } from './set.js';
import { displayPath, openWorkspace } from './workspace.js';
import type { Workspace } from './workspace.js';

type ApplyOptions = OptionsOf<'councilApply'>;

function findDecision(ws: Workspace, id: string): LoadedRecord<'decision'> {
  const decisions = ws.model.records.decision;
  const hit = decisions.get(id.trim());
  if (hit) return hit;
  const { t } = ws;
  throw new UsageError(`${t('cli.unknownId', { what: t('kind.decision').toLowerCase(), value: id })}${candidatesText(t, candidateIds(id, decisions.keys()))}`);
}

/** A step in words; refusals are the lines that stop the whole apply. */
function stepLine(ws: Workspace, decision: string, step: CouncilStep): string {
  const { t } = ws;
  const status = (s: string) => t(`orderStatus.${s}` as 'orderStatus.received');
  switch (step.kind) {
    case 'move':
      return t('council.apply.move', { id: step.order, title: step.title, from: status(step.from), to: status(step.to) });
    case 'stays':
      return t('council.apply.stays', { id: step.order, title: step.title, outcome: t(`decisionOutcome.${step.outcome}`), status: status(step.status) });
    case 'already':
      return t('council.apply.already', { id: step.order, title: step.title, status: status(step.status) });
    case 'unknown-order':
      return t('council.apply.refused', { id: step.order, reason: t('council.apply.unknownOrder') });
    case 'invalid-order':
      return t('council.apply.refused', { id: step.order, reason: t('council.apply.invalidOrder', { file: displayPath(ws.context, step.file) }) });
    case 'refused': {
      if (step.refusal.code === 'needs-note') {
        return t('council.apply.refused', { id: step.order, reason: t('council.apply.noNote', { to: status(step.refusal.to), decision, id: step.order }) });
      }
      const text = refusalText(ws, step.refusal);
      return t('council.apply.refused', { id: step.order, reason: `${text.message}${text.hint ? ` (${text.hint})` : ''}` });
    }
  }
}

export async function runCouncilApply(decisionArg: string, options: ApplyOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const ws = await openWorkspace(context);
  const { t } = ws;
  const rec = findDecision(ws, decisionArg);
  const what = displayPath(context, rec.file);
  if (!rec.valid) {
    io.stderr.write(`styr: ${t('order.move.invalid', { id: rec.id, file: what })}\n`);
    return EXIT.problems;
  }
  const decision = rec.data;
  if (decision.status !== 'accepted') {
    io.stderr.write(`styr: ${t('council.apply.notAccepted', { id: decision.id, status: t(`decisionStatus.${decision.status}`) })}\n`);
    return EXIT.problems;
  }
  if ((decision.orders ?? []).length === 0) {
    io.stdout.write(`${t('council.apply.noOrders', { id: decision.id })}\n`);
    return EXIT.ok;
  }
  const actor = options.actor?.trim() || currentActor(context.cwd);
  const steps = planCouncilApply(
    decision,
    ws.model.records.order,
    new Set(ws.model.records.decision.keys()),
    { date: context.today, actor },
    moveChecks(ws.model, context.today),
  );
  const lines = steps.map((s) => `  ${stepLine(ws, decision.id, s)}`);
  const refused = steps.filter((s) => s.kind === 'refused' || s.kind === 'unknown-order' || s.kind === 'invalid-order');
  if (refused.length > 0) {
    io.stderr.write(`styr: ${t('council.apply.refusedAll', { decision: decision.id, n: refused.length })}\n${lines.join('\n')}\n`);
    return EXIT.problems;
  }

  const writes: (PlannedWrite & { before: string })[] = [];
  for (const step of steps) {
    if (step.kind !== 'move') continue;
    const order = ws.model.records.order.get(step.order)!;
    const file = ws.input.files.find((f) => f.path === step.file);
    if (!file?.bytes || !order.valid) throw new UsageError(t('cli.cannotRead', { file: step.file }));
    const before = new TextDecoder().decode(file.bytes);
    const edit = editOrderMoveChecked(step.file, before, order.data, step.changes);
    if (!edit.ok) {
      const shown = displayPath(context, step.file);
      io.stderr.write(
        `styr: ${edit.problem === 'cannot-edit' ? t('order.move.cannotEdit', { file: shown, reason: edit.reason }) : t('edit.mismatch', { file: shown })}\n`,
      );
      return EXIT.problems;
    }
    const after = edit.text;
    writes.push({ path: step.file, text: after, expected: { hash: contentHash(file.bytes) }, before });
  }
  const moved = writes.length;
  const summary = t('council.apply.summary', { decision: decision.id, moved, unchanged: steps.length - moved });
  if (options.dryRun) {
    io.stdout.write(`${lines.join('\n')}\n`);
    for (const w of writes) io.stdout.write(unifiedDiff(displayPath(context, w.path), w.before, w.text));
    const code = moved > 0 ? await checkWrites(ws, writes, what) : EXIT.ok;
    io.stdout.write(`${summary}\n${t('edit.dryRun')}\n`);
    return code;
  }
  if (moved > 0) {
    const code = await writeChecked(
      ws,
      writes.map(({ path, text, expected }) => ({ path, text, expected })),
      what,
    );
    if (code !== EXIT.ok) return code;
  }
  io.stdout.write(`${lines.join('\n')}\n${summary}\n`);
  return EXIT.ok;
}
