// styr systems: the business systems with owner, administrator, management plan
// and integrations, filtered, as a table or JSON.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { LIFECYCLES } from '../../core/model/types.js';
import { validRecords } from '../../core/model/repository.js';
import { unknownIdProblem } from '../../core/query/common.js';
import { querySystems } from '../../core/query/systems.js';
import type { SystemQuery } from '../../core/query/systems.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { renderTable } from './table.js';
import { failOn, openWorkspace, parseEnumFlag, printRows, wantsJson } from './workspace.js';

type SystemsOptions = OptionsOf<'systems'>;

export async function runSystems(options: SystemsOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const early = { t: earlyTranslator(options), language: context.lang ?? 'sv' };
  const json = wantsJson(early.t, options);
  const lifecycle = options.lifecycle === undefined ? undefined : parseEnumFlag(early, '--lifecycle', options.lifecycle, LIFECYCLES);
  const ws = await openWorkspace(context, { rules: false });
  const { model, t } = ws;
  const query: SystemQuery = {};
  if (options.area !== undefined) query.area = options.area;
  if (options.unit !== undefined) {
    failOn(ws, unknownIdProblem(model, 'unit', options.unit, '--unit'));
    query.unit = options.unit;
  }
  if (options.owner !== undefined) {
    failOn(ws, unknownIdProblem(model, 'person', options.owner, '--owner'));
    query.owner = options.owner;
  }
  if (lifecycle !== undefined) query.lifecycle = lifecycle;
  if (options.supplier !== undefined) query.supplier = options.supplier;
  if (options.withoutPlan) query.withoutPlan = true;

  const rows = querySystems(model, query, { language: ws.language, today: context.today });
  return printRows(ws, 'system', rows, json, (rows) => {
    const none = t('common.none');
    const table = rows.map((r) => [
      r.id,
      r.name,
      r.businessArea,
      t(`lifecycle.${r.lifecycle}`),
      r.ownerName ?? none,
      r.administratorName ?? none,
      r.plans.length > 0 ? r.plans.join(', ') : t('query.noPlan'),
      String(r.integrations),
    ]);
    const text = renderTable(
      [
        { header: t('cli.id') },
        { header: t('field.name'), wrap: true },
        { header: t('field.businessArea'), wrap: true, optional: true },
        { header: t('field.lifecycle'), wrap: true },
        { header: t('field.systemOwner'), wrap: true },
        { header: t('field.administrator'), wrap: true, optional: true },
        { header: t('query.plan', { year: model.config.planningYear }), wrap: true, optional: true },
        { header: t('map.integrations'), align: 'right' },
      ],
      table,
      context.color,
      context.width,
    );
    return `${text}${t('query.systemsShown', { shown: rows.length, total: validRecords(model, 'system').length })}\n`;
  });
}
