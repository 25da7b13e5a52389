// styr roles: the roles with holders, staffing and recruitment step, filtered,
// as a table or JSON.
import { validRecords } from '../../core/model/repository.js';
import { LEVELS } from '../../core/model/types.js';
import type { Level } from '../../core/model/types.js';
import { invalidValueProblem, unknownIdProblem } from '../../core/query/common.js';
import { queryRoles } from '../../core/query/roles.js';
import type { RoleQuery, RoleRow } from '../../core/query/roles.js';
import type { Labels } from '../../core/i18n/labels.js';
import { resolveContext } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { renderTable } from './table.js';
import { failOn, openWorkspace, printRows } from './workspace.js';

interface RolesOptions extends GlobalOptions {
  vacant?: boolean;
  level?: string;
  unit?: string;
  person?: string;
  json?: boolean;
}

/** Holders shown in a table cell; long lists end in "+N more" (the JSON has them all). */
const HOLDERS_SHOWN = 3;

/** The holders' names, the filtered person first so a shortened list still shows them. */
function holdersText(labels: Labels, row: RoleRow, person: string | undefined): string {
  if (row.holders.length === 0) return labels.text.none;
  const names = row.holders.map((id, i) => ({ id, name: row.holderNames[i]! }));
  const ordered = person === undefined ? names : [...names.filter((h) => h.id === person), ...names.filter((h) => h.id !== person)];
  const shown = ordered.slice(0, HOLDERS_SHOWN).map((h) => h.name);
  const rest = ordered.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} ${labels.query.moreHolders(rest)}` : shown.join(', ');
}

export async function runRoles(options: RolesOptions): Promise<number> {
  const context = resolveContext(options);
  if (options.level !== undefined) failOn(invalidValueProblem('--level', 'level', options.level, LEVELS));
  const ws = await openWorkspace(context, { rules: false });
  const { model, labels } = ws;
  const query: RoleQuery = {};
  if (options.vacant) query.vacant = true;
  if (options.level !== undefined) query.level = options.level as Level;
  if (options.unit !== undefined) {
    failOn(unknownIdProblem(model, 'unit', options.unit, '--unit'));
    query.unit = options.unit;
  }
  if (options.person !== undefined) {
    failOn(unknownIdProblem(model, 'person', options.person, '--person'));
    query.person = options.person;
  }

  const rows = queryRoles(model, query, labels.language);
  return printRows(ws, 'role', rows, options.json, (rows) => {
    const q = labels.query;
    const none = labels.text.none;
    const table = rows.map((r) => [
      r.id,
      r.name,
      labels.level[r.level],
      r.unit ?? none,
      holdersText(labels, r, query.person),
      labels.staffing[r.staffing],
      q.recruitmentText(r.recruitmentStep ?? undefined, r.recruitmentStatus ?? undefined) || none,
    ]);
    return `${renderTable([labels.field.id, q.name, q.level, q.unit, q.holders, q.staffing, q.recruitment], table, context.color)}${q.rolesShown(rows.length, validRecords(model, 'role').length)}\n`;
  });
}
