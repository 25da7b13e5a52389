// styr contracts: the contracts by notice deadline, most urgent first,
// filtered, as a table or JSON.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { validRecords } from '../../core/model/repository.js';
import { unknownIdProblem } from '../../core/query/common.js';
import { queryContracts } from '../../core/query/contracts.js';
import type { ContractQuery, ContractRow } from '../../core/query/contracts.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { renderTable } from './table.js';
import { failOn, formatDays, openWorkspace, printRows, wantsJson, wholeNumber } from './workspace.js';

type ContractsOptions = OptionsOf<'contracts'>;

export async function runContracts(options: ContractsOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const early = earlyTranslator(options);
  const json = wantsJson(early, options);
  const query: ContractQuery = {};
  if (options.noticeWithin !== undefined) query.noticeWithin = wholeNumber(early, '--notice-within', options.noticeWithin);
  const ws = await openWorkspace(context, { rules: false });
  const { model, t, fmt } = ws;
  if (options.supplier !== undefined) query.supplier = options.supplier;
  if (options.system !== undefined) {
    failOn(ws, unknownIdProblem(model, 'system', options.system, '--system'));
    query.system = options.system;
  }
  if (options.all) query.all = true;

  const rows = queryContracts(model, query, context.today);
  return printRows(ws, 'contract', rows, json, (rows) => {
    const none = t('common.none');
    // As the contracts document words it: 'automatisk, 12 månader i taget'.
    const renewal = (r: ContractRow) => t(`contracts.renewal.${r.renewal}`, { months: fmt.number(r.renewalPeriodMonths ?? undefined) });
    const table = rows.map((r) => [
      r.id,
      r.supplier,
      r.title,
      r.currentEnd,
      r.noticeDeadline ?? none,
      r.daysToNoticeDeadline === null ? none : formatDays(fmt, r.daysToNoticeDeadline),
      renewal(r),
      r.yearlyCost === null ? none : fmt.money(r.yearlyCost),
      r.ended
        ? t('contracts.state.ended')
        : r.endsByDecision !== null
          ? t('contracts.endsByDecision', { end: r.endsByDecision })
          : r.noticeDecision
            ? t(`outcome.${r.noticeDecision}`)
            : none,
    ]);
    const text = renderTable(
      [
        { header: t('cli.id') },
        { header: t('contracts.supplier'), wrap: true },
        { header: t('order.title'), wrap: true, optional: 4 },
        { header: t('contracts.currentEnd'), optional: 3 },
        { header: t('contracts.noticeDeadline') },
        { header: t('contracts.daysLeft'), align: 'right', wrap: true },
        { header: t('contracts.renewal'), wrap: true, optional: 5 },
        { header: t('contracts.yearlyCost'), align: 'right', optional: 2 },
        { header: t('contracts.noticeDecision'), wrap: true, optional: 1 },
      ],
      table,
      context.color,
      context.width,
    );
    return `${text}${t('query.contractsShown', { shown: rows.length, total: validRecords(model, 'contract').length })}\n`;
  });
}
