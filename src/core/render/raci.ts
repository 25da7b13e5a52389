// The HUKI/RACI matrices (report §6.5.1): one page per process with its
// activities × roles (roles grouped by level and side), and an overview with
// the per-role view ("what am I accountable for") and the findings of the
// very RACI rules `styr validate` runs, worded in the page's language.
import type { Severity } from '../diagnostics/diagnostic.js';
import type { LoadedRecord, ValidRecord } from '../model/repository.js';
import { ownValue } from '../model/own.js';
import { validRecords } from '../model/repository.js';
import type { RaciLetter, Role } from '../model/types.js';
import { LEVELS, RACI_LETTERS, SIDES } from '../model/types.js';
import { raciDuplicateActivity } from '../rules/raci-duplicate-activity.js';
import { raciResponsibleRequired } from '../rules/raci-responsible-required.js';
import { raciSingleAccountable } from '../rules/raci-single-accountable.js';
import { raciUnusedRole } from '../rules/raci-unused-role.js';
import type { Finding, Rule } from '../rules/rule.js';
import { effectiveSeverity } from '../validate/load-repository.js';
import { breadcrumbs, GOVERNING_PATHS, roleLink, roleName, roleRecord } from './governing.js';
import { cell, inline, linkText, paragraphs, relativePath, table } from './markdown.js';
import { PageBuilder } from './page.js';
import type { DocumentRenderer, Page, RenderContext } from './types.js';

export const raciDocument: DocumentRenderer = {
  name: 'raci',
  audience: 'it-staff',
  titleKey: 'doc.raci',
  descriptionKey: 'doc.raci.description',
  entry: GOVERNING_PATHS.raci,
  render: renderRaci,
};

export const RACI_RULES: readonly Rule[] = [raciSingleAccountable, raciResponsibleRequired, raciDuplicateActivity, raciUnusedRole];

interface RaciFinding {
  rule: string;
  severity: Severity;
  record: LoadedRecord;
  text: string;
}

/** Roles sorted by level (strategic first), side (orderer first), name, id; unknown roles last. */
export function compareRoles(ctx: RenderContext, a: string, b: string): number {
  const ra = roleRecord(ctx, a)?.data;
  const rb = roleRecord(ctx, b)?.data;
  const rank = (r: Role | undefined) => (r ? LEVELS.indexOf(r.level) * 10 + SIDES.indexOf(r.side) : 1000);
  return rank(ra) - rank(rb) || ctx.fmt.compare(ra?.name ?? a, rb?.name ?? b) || (a < b ? -1 : a > b ? 1 : 0);
}

function raciFindings(ctx: RenderContext): RaciFinding[] {
  const out: RaciFinding[] = [];
  for (const rule of RACI_RULES) {
    const configured = effectiveSeverity(rule, ctx.model.config);
    if (configured === 'off') continue;
    const found: Finding[] = [];
    rule.check({ model: ctx.model, today: ctx.today, report: (f) => found.push(f) });
    for (const f of found) out.push({ rule: rule.id, severity: f.severity ?? configured, record: f.record, text: describe(ctx, rule.id, f) });
  }
  return out;
}

function describe(ctx: RenderContext, rule: string, f: Finding): string {
  const { t } = ctx;
  if (f.record.kind === 'role') return t('raci.finding.unused-role', { role: roleName(ctx, f.record.id) });
  const matrix = (f.record as ValidRecord<'raci'>).data;
  const at = Array.isArray(f.at) ? f.at : [];
  const activity = typeof at[1] === 'number' ? matrix.activities[at[1]] : undefined;
  const name = activity?.name ?? '';
  switch (rule) {
    case 'raci/single-accountable': {
      const count = activity ? Object.values(activity.roles).filter((l) => l === 'H').length : 0;
      return count === 0 ? t('raci.finding.no-accountable', { activity: name }) : t('raci.finding.many-accountable', { activity: name, n: count });
    }
    case 'raci/responsible-required':
      return t('raci.finding.no-responsible', { activity: name });
    case 'raci/duplicate-activity':
      return t('raci.finding.duplicate', { activity: name, id: activity?.id ?? '' });
    default:
      return rule;
  }
}

export function renderRaci(ctx: RenderContext): Page[] {
  const matrices = validRecords(ctx.model, 'raci').sort((a, b) => ctx.fmt.compare(a.data.name, b.data.name) || (a.id < b.id ? -1 : 1));
  const findings = raciFindings(ctx);
  return [
    renderOverview(ctx, matrices, findings),
    ...matrices.map((m) =>
      renderMatrix(
        ctx,
        m,
        findings.filter((f) => f.record === m),
      ),
    ),
  ];
}

function findingsTable(ctx: RenderContext, from: string, findings: readonly RaciFinding[]): string {
  const { t } = ctx;
  return table(
    [t('plans.finding.severity'), t('plans.finding.subject'), t('plans.finding.problem')],
    findings.map((f) => [
      cell(t(`severity.${f.severity}`)),
      f.record.kind === 'raci'
        ? `[${linkText((f.record.data as { name: string }).name)}](${relativePath(from, GOVERNING_PATHS.raciMatrix(f.record.id))})`
        : roleLink(ctx, from, f.record.id),
      cell(f.text),
    ]),
  );
}

function legend(ctx: RenderContext): string {
  return inline(RACI_LETTERS.map((l) => `${ctx.t(`raciCode.${l}`)} = ${ctx.t(`raciLetter.${l}`)}`).join(', '));
}

function renderOverview(ctx: RenderContext, matrices: readonly ValidRecord<'raci'>[], findings: readonly RaciFinding[]): Page {
  const { t, fmt } = ctx;
  const path = GOVERNING_PATHS.raci;
  const title = t('doc.raci');
  const page = new PageBuilder();
  page.heading(1, `${title} – ${ctx.model.config.organisation}`);
  page.add(breadcrumbs(ctx, path), inline(t('doc.raci.description')), legend(ctx));

  page.heading(2, t('raci.processes'));
  page.add(
    matrices.length
      ? table(
          [t('raci.matrix'), t('raci.process'), t('raci.activities'), t('raci.roles')],
          matrices.map((m) => [
            `[${linkText(m.data.name)}](${relativePath(path, GOVERNING_PATHS.raciMatrix(m.id))})`,
            cell(m.data.process ? t(`process.${m.data.process}`) : undefined),
            fmt.number(m.data.activities.length, 0),
            fmt.number(new Set(m.data.activities.flatMap((a) => Object.keys(a.roles))).size, 0),
          ]),
          ['l', 'l', 'r', 'r'],
        )
      : inline(t('raci.none')),
  );

  // Per role: every activity it holds a letter in, by letter.
  const byRole = new Map<string, Record<RaciLetter, string[]>>();
  for (const m of matrices) {
    for (const a of m.data.activities) {
      for (const [role, letter] of Object.entries(a.roles)) {
        let entry = byRole.get(role);
        if (!entry) byRole.set(role, (entry = { H: [], U: [], K: [], I: [] }));
        entry[letter].push(`[${linkText(m.data.name)}](${relativePath(path, GOVERNING_PATHS.raciMatrix(m.id))}): ${inline(a.name)}`);
      }
    }
  }
  page.heading(2, t('raci.perRole'));
  page.add(inline(t('raci.perRoleNote')));
  const roles = [...byRole.keys()].sort((a, b) => compareRoles(ctx, a, b));
  page.add(
    roles.length
      ? table(
          [t('roles.role'), t('roles.level'), ...RACI_LETTERS.map((l) => `${t(`raciCode.${l}`)} (${t(`raciLetter.${l}`)})`)],
          roles.map((role) => {
            const r = roleRecord(ctx, role)?.data;
            const entry = byRole.get(role)!;
            return [roleLink(ctx, path, role), cell(r ? `${t(`level.${r.level}`)}, ${t(`side.${r.side}`)}` : undefined), ...RACI_LETTERS.map((l) => entry[l].join('; '))];
          }),
        )
      : inline(t('raci.none')),
  );

  page.heading(2, t('raci.findings'));
  page.add(findings.length ? findingsTable(ctx, path, findings) : inline(t('raci.noFindings')));
  return { path, title, markdown: page.toString() };
}

function renderMatrix(ctx: RenderContext, rec: ValidRecord<'raci'>, findings: readonly RaciFinding[]): Page {
  const { t } = ctx;
  const m = rec.data;
  const path = GOVERNING_PATHS.raciMatrix(rec.id);
  const page = new PageBuilder();
  page.heading(1, m.name);
  page.add(breadcrumbs(ctx, path, [[t('doc.raci'), GOVERNING_PATHS.raci]]));
  if (m.process) page.add(`**${inline(t('raci.process'))}:** ${inline(t(`process.${m.process}`))}`);
  page.add(paragraphs(m.description), legend(ctx));

  const roles = [...new Set(m.activities.flatMap((a) => Object.keys(a.roles)))].sort((a, b) => compareRoles(ctx, a, b));
  page.heading(2, t('raci.matrixHeading'));
  page.add(
    table(
      [t('raci.activity'), ...roles.map((r) => inline(roleName(ctx, r)))],
      m.activities.map((a) => [
        inline(a.name),
        ...roles.map((r) => {
          const letter = ownValue(a.roles, r);
          return letter ? `**${t(`raciCode.${letter}`)}**` : ' ';
        }),
      ]),
      ['l', ...roles.map(() => 'l' as const)],
    ),
  );

  page.heading(2, t('raci.rolesByLevel'));
  page.add(
    table(
      [t('roles.role'), t('roles.level'), t('roles.side')],
      roles.map((r) => {
        const role = roleRecord(ctx, r)?.data;
        return [roleLink(ctx, path, r), cell(role ? t(`level.${role.level}`) : undefined), cell(role ? t(`side.${role.side}`) : undefined)];
      }),
    ),
  );

  const described = m.activities.filter((a) => a.description);
  if (described.length) {
    page.heading(2, t('raci.activityDescriptions'));
    page.add(
      table(
        [t('raci.activity'), t('field.description')],
        described.map((a) => [cell(a.name), cell(a.description)]),
      ),
    );
  }
  if (findings.length) {
    page.heading(2, t('raci.findings'));
    page.add(findingsTable(ctx, path, findings));
  }
  // The process's name alone can be another document's title (Avtal och licenser): the matrix's title names both.
  return { path, title: `${m.name} – ${ctx.t('doc.raci')}`, markdown: page.toString() };
}
