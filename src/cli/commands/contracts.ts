// styr contracts: the contracts by notice deadline, most urgent first,
// filtered, as a table or JSON.
import { validRecords } from '../../core/model/repository.js';
import { unknownIdProblem } from '../../core/query/common.js';
import { queryContracts } from '../../core/query/contracts.js';
import type { ContractQuery } from '../../core/query/contracts.js';
import { resolveContext } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { truncate } from './order-list.js';
import { renderTable } from './table.js';
import { formatDays, failOn, openWorkspace, printRows, wholeNumber } from './workspace.js';

interface ContractsOptions extends GlobalOptions {
  noticeWithin?: string;
  supplier?: string;
  system?: string;
  all?: boolean;
  json?: boolean;
}

export async function runContracts(options: ContractsOptions): Promise<number> {
  const context = resolveContext(options);
  const query: ContractQuery = {};
  if (options.noticeWithin !== undefined) query.noticeWithin = wholeNumber('--notice-within', options.noticeWithin);
  const ws = await openWorkspace(context, { rules: false });
  const { model, labels } = ws;
  if (options.supplier !== undefined) query.supplier = options.supplier;
  if (options.system !== undefined) {
    failOn(unknownIdProblem(model, 'system', options.system, '--system'));
    query.system = options.system;
  }
  if (options.all) query.all = true;

  const rows = queryContracts(model, query, context.today);
  return printRows(ws, 'contract', rows, options.json, (rows) => {
    const q = labels.query;
    const none = labels.text.none;
    const table = rows.map((r) => [
      r.id,
      truncate(r.supplier, 28),
      truncate(r.title, 40),
      r.currentEnd,
      r.noticeDeadline ?? none,
      r.daysToNoticeDeadline === null ? none : formatDays(r.daysToNoticeDeadline),
      q.renewalText(r.renewal, r.renewalPeriodMonths ?? undefined),
      r.yearlyCost === null ? none : q.amount(r.yearlyCost),
      r.ended ? q.contractEnded : r.noticeDecision ? labels.noticeOutcome[r.noticeDecision] : none,
    ]);
    const text = renderTable(
      [labels.field.id, q.supplier, labels.field.title, q.currentEnd, q.noticeDeadline, q.daysLeft, q.renewal, q.yearlyCost(model.config.currency), q.noticeDecision],
      table,
      context.color,
      { align: ['left', 'left', 'left', 'left', 'left', 'right', 'left', 'right', 'left'] },
    );
    return `${text}${q.contractsShown(rows.length, validRecords(model, 'contract').length)}
`;
  });
}
