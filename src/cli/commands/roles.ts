// styr roles: the roles with holders, staffing and recruitment step, filtered,
// as a table or JSON.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { validRecords } from '../../core/model/repository.js';
import { LEVELS } from '../../core/model/types.js';
import { unknownIdProblem } from '../../core/query/common.js';
import { queryRoles } from '../../core/query/roles.js';
import type { RoleQuery, RoleRow } from '../../core/query/roles.js';
import type { Translate } from '../../core/i18n/translate.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { renderTable } from './table.js';
import { failOn, openWorkspace, parseEnumFlag, printRows, wantsJson } from './workspace.js';

type RolesOptions = OptionsOf<'roles'>;

/** Holders shown in a table cell; long lists end in "+N more" (the JSON has them all). */
const HOLDERS_SHOWN = 3;

/** The holders' names, the filtered person first so a shortened list still shows them. */
function holdersText(t: Translate, row: RoleRow, person: string | undefined): string {
  if (row.holders.length === 0) return t('common.none');
  const names = row.holders.map((id, i) => ({ id, name: row.holderNames[i]! }));
  const ordered = person === undefined ? names : [...names.filter((h) => h.id === person), ...names.filter((h) => h.id !== person)];
  const shown = ordered.slice(0, HOLDERS_SHOWN).map((h) => h.name);
  const rest = ordered.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} ${t('query.moreHolders', { count: rest })}` : shown.join(', ');
}

export async function runRoles(options: RolesOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const early = { t: earlyTranslator(options), language: context.lang ?? 'sv' };
  const json = wantsJson(early.t, options);
  const level = options.level === undefined ? undefined : parseEnumFlag(early, '--level', options.level, LEVELS);
  const ws = await openWorkspace(context, { rules: false });
  const { model, t } = ws;
  const query: RoleQuery = {};
  if (options.vacant) query.vacant = true;
  if (level !== undefined) query.level = level;
  if (options.unit !== undefined) {
    failOn(ws, unknownIdProblem(model, 'unit', options.unit, '--unit'));
    query.unit = options.unit;
  }
  if (options.person !== undefined) {
    failOn(ws, unknownIdProblem(model, 'person', options.person, '--person'));
    query.person = options.person;
  }

  const rows = queryRoles(model, query, ws.language);
  return printRows(ws, 'role', rows, json, (rows) => {
    const none = t('common.none');
    const recruitment = (r: RoleRow) =>
      [
        r.recruitmentStep === null ? undefined : t('roles.stepN', { n: r.recruitmentStep }),
        r.recruitmentStatus ? t(`recruitmentStatus.${r.recruitmentStatus}`) : undefined,
      ]
        .filter(Boolean)
        .join(', ') || none;
    const table = rows.map((r) => [r.id, r.name, t(`level.${r.level}`), r.unit ?? none, holdersText(t, r, query.person), t(`staffing.${r.staffing}`), recruitment(r)]);
    const text = renderTable(
      [
        { header: t('cli.id') },
        { header: t('field.name'), wrap: true },
        { header: t('roles.level'), wrap: true },
        { header: t('order.unit'), wrap: true, optional: true },
        { header: t('roles.holders'), wrap: true },
        { header: t('roles.staffing'), wrap: true },
        { header: t('roles.recruitment'), wrap: true, optional: true },
      ],
      table,
      context.color,
      context.width,
    );
    return `${text}${t('query.rolesShown', { shown: rows.length, total: validRecords(model, 'role').length })}\n`;
  });
}
