// styr systems: the business systems with owner, administrator, management plan
// and integrations, filtered, as a table or JSON.
import { LIFECYCLES } from '../../core/model/types.js';
import type { Lifecycle } from '../../core/model/types.js';
import { validRecords } from '../../core/model/repository.js';
import { invalidValueProblem, unknownIdProblem } from '../../core/query/common.js';
import { querySystems } from '../../core/query/systems.js';
import type { SystemQuery } from '../../core/query/systems.js';
import { resolveContext } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { truncate } from './order-list.js';
import { renderTable } from './table.js';
import { failOn, openWorkspace, printRows } from './workspace.js';

interface SystemsOptions extends GlobalOptions {
  area?: string;
  unit?: string;
  owner?: string;
  lifecycle?: string;
  supplier?: string;
  withoutPlan?: boolean;
  json?: boolean;
}

export async function runSystems(options: SystemsOptions): Promise<number> {
  const context = resolveContext(options);
  if (options.lifecycle !== undefined) failOn(invalidValueProblem('--lifecycle', 'lifecycle', options.lifecycle, LIFECYCLES));
  const ws = await openWorkspace(context, { rules: false });
  const { model, labels } = ws;
  const query: SystemQuery = {};
  if (options.area !== undefined) query.area = options.area;
  if (options.unit !== undefined) {
    failOn(unknownIdProblem(model, 'unit', options.unit, '--unit'));
    query.unit = options.unit;
  }
  if (options.owner !== undefined) {
    failOn(unknownIdProblem(model, 'person', options.owner, '--owner'));
    query.owner = options.owner;
  }
  if (options.lifecycle !== undefined) query.lifecycle = options.lifecycle as Lifecycle;
  if (options.supplier !== undefined) query.supplier = options.supplier;
  if (options.withoutPlan) query.withoutPlan = true;

  const rows = querySystems(model, query, { language: labels.language, today: context.today });
  return printRows(ws, 'system', rows, options.json, (rows) => {
    const q = labels.query;
    const none = labels.text.none;
    const table = rows.map((r) => [
      r.id,
      truncate(r.name, 36),
      r.businessArea,
      labels.lifecycle[r.lifecycle],
      r.ownerName ?? none,
      r.administratorName ?? none,
      r.plans.length > 0 ? r.plans.join(', ') : q.noPlan,
      String(r.integrations),
    ]);
    const text = renderTable(
      [labels.field.id, q.name, q.businessArea, q.lifecycle, q.owner, q.administrator, q.plan(model.config.planningYear), q.integrations],
      table,
      context.color,
      { align: ['left', 'left', 'left', 'left', 'left', 'left', 'left', 'right'] },
    );
    return `${text}${q.systemsShown(rows.length, validRecords(model, 'system').length)}
`;
  });
}
