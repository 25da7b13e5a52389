// styr raci: the HUKI/RACI matrices, one matrix as activities × roles, or
// every letter one role holds, as a table or JSON.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import type { Translate } from '../../core/i18n/translate.js';
import { RACI_LETTERS } from '../../core/model/types.js';
import { ownValue } from '../../core/model/own.js';
import { unknownIdProblem } from '../../core/query/common.js';
import { listProcesses, raciMatrix, roleAssignments } from '../../core/query/raci.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { visibleLine } from '../../core/text/visible.js';
import { fitsWidth, renderTable, wrapText } from './table.js';
import { failOn, noteSkippedRecords, openWorkspace, problemText, wantsJson, writeJson } from './workspace.js';

type RaciOptions = OptionsOf<'raci'>;

/** "H = huvudansvarig, U = utförare, …", as the rendered RACI document explains the letters. */
function legend(t: Translate): string {
  return RACI_LETTERS.map((l) => `${l} = ${t(`raciLetter.${l}`)}`).join(', ');
}

export async function runRaci(processId: string | undefined, options: RaciOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const json = wantsJson(earlyTranslator(options), options);
  const ws = await openWorkspace(context, { rules: false });
  const { model, t } = ws;
  if (processId !== undefined) {
    const problem = unknownIdProblem(model, 'raci', processId);
    if (problem) throw new UsageError(`${problemText(t, ws.language, problem)} ${t('query.raci.hint')}`);
  }
  if (options.role !== undefined) failOn(ws, unknownIdProblem(model, 'role', options.role, '--role'));
  noteSkippedRecords(ws, 'raci');
  // JSON, "nothing matches", or the table and the lines under it.
  const print = (data: unknown, rows: readonly (readonly string[])[], render: () => string[]): number => {
    if (json) writeJson(io, data);
    else if (rows.length === 0) io.stdout.write(`${t('query.nothingMatches')}\n`);
    else io.stdout.write(render().join(''));
    return EXIT.ok;
  };

  if (options.role !== undefined) {
    const assignments = roleAssignments(model, options.role, ws.language, processId);
    const rows = assignments.map((a) => [a.process, a.processName, a.activity, a.activityName, a.letter]);
    return print(assignments, rows, () => [
      renderTable(
        [
          { header: t('raci.process'), wrap: true },
          { header: t('field.name'), wrap: true },
          { header: t('cli.id'), wrap: true },
          { header: t('raci.activity'), wrap: true },
          { header: t('query.letter') },
        ],
        rows,
        context.color,
        context.width,
      ),
      `${t('query.assignmentsShown', { count: assignments.length, role: options.role! })}\n`,
      `${legend(t)}\n`,
    ]);
  }

  if (processId !== undefined) {
    // A matrix that failed validation is known by id but has no rows to show.
    const matrix = raciMatrix(model, processId, ws.language);
    const activities = matrix?.activities ?? [];
    const roles = matrix?.roles ?? [];
    const rows = activities.map((a) => [a.name, ...roles.map((r) => ownValue(a.roles, r) ?? '')]);
    return print(activities, rows, () => {
      const table = renderTable([{ header: t('raci.activity'), wrap: true }, ...roles.map((r) => ({ header: r, wrap: true }))], rows, context.color, context.width);
      // A matrix with more roles than the width holds reads better as one
      // line per activity and letter than as a table that spills over.
      const fits = fitsWidth(table, context.width);
      const body = fits
        ? table
        : activities
            .map((a) => {
              const letters = RACI_LETTERS.map((l) => [l, roles.filter((r) => ownValue(a.roles, r) === l)] as const).filter(([, rs]) => rs.length > 0);
              return [visibleLine(a.name), ...letters.map(([l, rs]) => wrapText(`${l}: ${rs.join(', ')}`, context.width - 2).replace(/^/gm, '  '))].join('\n');
            })
            .join('\n') + '\n';
      return [`${visibleLine(`${matrix!.name} (${matrix!.id})`)}\n`, body, `${legend(t)}\n`];
    });
  }

  const processes = listProcesses(model, ws.language);
  const rows = processes.map((p) => [p.id, p.name, String(p.activities), String(p.roles.length)]);
  return print(processes, rows, () => [
    renderTable(
      [{ header: t('cli.id') }, { header: t('field.name'), wrap: true }, { header: t('raci.activities'), align: 'right' }, { header: t('raci.roles'), align: 'right' }],
      rows,
      context.color,
      context.width,
    ),
    `${t('query.processesShown', { count: processes.length })}\n`,
  ]);
}
