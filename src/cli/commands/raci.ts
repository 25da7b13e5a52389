// styr raci: the HUKI/RACI matrices, one matrix as activities × roles, or
// every letter one role holds, as a table or JSON.
import type { Labels } from '../../core/i18n/labels.js';
import { RACI_LETTERS } from '../../core/model/types.js';
import { skippedRecordsNote, unknownIdProblem } from '../../core/query/common.js';
import { listProcesses, raciMatrix, roleAssignments } from '../../core/query/raci.js';
import { resolveContext } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { truncate } from './order-list.js';
import { renderTable } from './table.js';
import { failOn, openWorkspace } from './workspace.js';

interface RaciOptions extends GlobalOptions {
  role?: string;
  json?: boolean;
}

/** "H = huvudansvarig, U = utförare, …", as the rendered RACI document explains the letters. */
function legend(labels: Labels): string {
  return RACI_LETTERS.map((l) => `${l} = ${labels.raciLetter[l]}`).join(', ');
}

export async function runRaci(processId: string | undefined, options: RaciOptions): Promise<number> {
  const context = resolveContext(options);
  const ws = await openWorkspace(context, { rules: false });
  const { model, labels } = ws;
  if (processId !== undefined) {
    const problem = unknownIdProblem(model, 'raci', processId);
    if (problem) throw new UsageError(`${problem} (styr raci lists the processes)`);
  }
  if (options.role !== undefined) failOn(unknownIdProblem(model, 'role', options.role, '--role'));
  const note = skippedRecordsNote(model, ws.result.diagnostics, 'raci');
  if (note) process.stderr.write(`styr: ${note}\n`);
  const q = labels.query;
  // JSON, "nothing matches", or the table and the lines under it.
  const print = (json: unknown, rows: readonly (readonly string[])[], render: () => string[]): number => {
    if (options.json) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    else if (rows.length === 0) process.stdout.write(`${q.nothingMatches}\n`);
    else process.stdout.write(render().join(''));
    return EXIT.ok;
  };

  if (options.role !== undefined) {
    const assignments = roleAssignments(model, options.role, labels.language, processId);
    const rows = assignments.map((a) => [a.process, truncate(a.processName, 36), a.activity, truncate(a.activityName, 48), a.letter]);
    return print(assignments, rows, () => [
      renderTable([q.process, q.name, labels.field.id, q.activity, q.letter], rows, context.color),
      `${q.assignmentsShown(assignments.length, options.role!)}\n`,
      `${legend(labels)}\n`,
    ]);
  }

  if (processId !== undefined) {
    // A matrix that failed validation is known by id but has no rows to show.
    const matrix = raciMatrix(model, processId, labels.language);
    const activities = matrix?.activities ?? [];
    const roles = matrix?.roles ?? [];
    const rows = activities.map((a) => [truncate(a.name, 48), ...roles.map((r) => a.roles[r] ?? '')]);
    return print(activities, rows, () => [
      `${matrix!.name} (${matrix!.id})\n`,
      renderTable([q.activity, ...roles], rows, context.color),
      `${legend(labels)}\n`,
    ]);
  }

  const processes = listProcesses(model, labels.language);
  const rows = processes.map((p) => [p.id, p.name, String(p.activities), String(p.roles.length)]);
  return print(processes, rows, () => [
    renderTable([labels.field.id, q.name, q.activities, q.roles], rows, context.color, { align: ['left', 'left', 'right', 'right'] }),
    `${q.processesShown(processes.length)}\n`,
  ]);
}
