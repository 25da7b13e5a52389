// Maturity (report §6.3–6.4): current vs target per area of the latest
// assessment as a Mermaid xychart (GitHub and GitLab draw it) and a table with
// gaps and actions; where there are several assessments, the trend per area.
import type { ValidRecord } from '../model/repository.js';
import { validRecords } from '../model/repository.js';
import { personName } from './context.js';
import { breadcrumbs, GOVERNING_PATHS } from './governing.js';
import { cell, facts, inline, table } from './markdown.js';
import { mermaidBlock } from './mermaid.js';
import { PageBuilder } from './page.js';
import type { DocumentRenderer, Page, RenderContext } from './types.js';

export const maturityDocument: DocumentRenderer = {
  name: 'maturity',
  audience: 'it-staff',
  titleKey: 'doc.maturity',
  descriptionKey: 'doc.maturity.description',
  entry: GOVERNING_PATHS.maturity,
  render: (ctx) => [renderMaturity(ctx)],
};

/** Assessments oldest first (by date, then id). */
export function assessments(ctx: RenderContext): ValidRecord<'maturity'>[] {
  return validRecords(ctx.model, 'maturity').sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.id < b.id ? -1 : 1));
}

/** Text inside a quoted xychart string: quotes and brackets would end it, so they go. */
function chartText(text: string, max = 40): string {
  let flat = text
    .replace(/["[\]{}<>`#;:|\\&]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length > max) flat = `${flat.slice(0, max - 1).trimEnd()}…`;
  return flat === '' ? '–' : flat;
}

/**
 * Horizontal: the area names stand one under the other on the left axis, where
 * long names do not overlap (on a bottom axis they did, measured in
 * test/e2e/render-diagrams.test.ts).
 */
function xyChart(title: string, categories: readonly string[], series: readonly { kind: 'bar' | 'line'; values: readonly number[] }[]): string {
  const num = (n: number) => String(Math.round(n * 10) / 10);
  return [
    'xychart-beta horizontal',
    `  title "${chartText(title, 80)}"`,
    `  x-axis [${categories.map((c) => `"${chartText(c)}"`).join(', ')}]`,
    '  y-axis "%" 0 --> 100',
    ...series.map((s) => `  ${s.kind} [${s.values.map(num).join(', ')}]`),
  ].join('\n');
}

export function renderMaturity(ctx: RenderContext): Page {
  const { t, fmt } = ctx;
  const path = GOVERNING_PATHS.maturity;
  const title = t('doc.maturity');
  const all = assessments(ctx);
  const page = new PageBuilder();
  page.heading(1, `${title} – ${ctx.model.config.organisation}`);
  page.add(breadcrumbs(ctx, path), inline(t('doc.maturity.description')));
  const latest = all[all.length - 1];
  if (!latest) {
    page.add(inline(t('maturity.none')));
    return { path, title, markdown: page.toString() };
  }
  const a = latest.data;
  page.heading(2, a.title);
  page.add(
    facts([
      [t('maturity.date'), inline(fmt.date(a.date))],
      [t('maturity.assessedBy'), a.assessedBy ? personName(ctx, a.assessedBy) : undefined],
    ]),
  );
  page.heading(3, t('maturity.chart'));
  const fillChart = page.placeholder();
  page.add(inline(t('maturity.chartLegend')));
  const tableAnchor = page.heading(3, t('maturity.table'));
  fillChart(
    mermaidBlock(
      xyChart(
        a.title,
        a.areas.map((x) => x.name),
        [
          { kind: 'bar', values: a.areas.map((x) => x.current) },
          { kind: 'line', values: a.areas.map((x) => x.target) },
        ],
      ),
      { caption: t('figure.maturity'), table: { href: `#${tableAnchor}`, label: t('figure.table', { table: t('maturity.table') }) } },
    ),
  );
  page.add(
    table(
      [t('maturity.area'), t('maturity.current'), t('maturity.target'), t('maturity.gap'), t('maturity.targetYear'), t('maturity.evidence'), t('maturity.actions')],
      a.areas.map((x) => [
        cell(x.name),
        fmt.percent(x.current),
        fmt.percent(x.target),
        t('maturity.points', { n: x.target - x.current }),
        cell(x.targetYear),
        cell(x.evidence),
        cell((x.actions ?? []).join('; ')),
      ]),
      ['l', 'r', 'r', 'r', 'l', 'l', 'l'],
    ),
  );

  if (all.length > 1) {
    const trendAnchor = page.heading(2, t('maturity.trend'));
    page.add(inline(t('maturity.trendNote', { n: all.length })));
    // Areas by id in the order they first appear, latest assessment first.
    const areaIds: string[] = [];
    const names = new Map<string, string>();
    for (const rec of [latest, ...all.slice(0, -1).reverse()]) {
      for (const x of rec.data.areas) {
        if (!names.has(x.id)) {
          areaIds.push(x.id);
          names.set(x.id, x.name);
        }
      }
    }
    const value = (rec: ValidRecord<'maturity'>, id: string) => rec.data.areas.find((x) => x.id === id);
    page.add(
      table(
        [t('maturity.area'), ...all.map((rec) => `${inline(rec.data.title)} (${inline(fmt.date(rec.data.date))})`), t('maturity.change'), t('maturity.target')],
        areaIds.map((id) => {
          const first = all.find((rec) => value(rec, id) !== undefined);
          const change = first && first !== latest && value(latest, id) ? value(latest, id)!.current - value(first, id)!.current : undefined;
          return [
            cell(names.get(id)),
            ...all.map((rec) => {
              const v = value(rec, id);
              return v ? fmt.percent(v.current) : '–';
            }),
            change === undefined ? '–' : t('maturity.pointsChange', { n: change }),
            value(latest, id) ? fmt.percent(value(latest, id)!.target) : '–',
          ];
        }),
        ['l', ...all.map(() => 'r' as const), 'r', 'r'],
      ),
    );
    if (areaIds.every((id) => all.every((rec) => value(rec, id) !== undefined))) {
      page.add(
        mermaidBlock(
          xyChart(
            t('maturity.trend'),
            areaIds.map((id) => names.get(id)!),
            all.map((rec) => ({ kind: 'line' as const, values: areaIds.map((id) => value(rec, id)!.current) })),
          ),
          { caption: t('figure.maturityTrend'), table: { href: `#${trendAnchor}`, label: t('figure.table', { table: t('maturity.trend') }) } },
        ),
        inline(t('maturity.trendLegend', { list: all.map((rec, i) => `${i + 1}: ${rec.data.title}`).join(', ') })),
      );
    }
  }
  return { path, title, markdown: page.toString() };
}
