// The render context and the lookups renderers share: labels, formatters,
// page paths and cross-document links that exist only when the target
// document is rendered in the same run.
import type { ValidRecord, RepositoryModel } from '../model/repository.js';
import type { Person, Service, System } from '../model/types.js';
import { CATALOG } from '../i18n/catalog.js';
import { createFormatters } from '../i18n/format.js';
import { createTranslator } from '../i18n/translate.js';
import { markingFormatters, markingTranslator } from './language-marks.js';
import { inline, linkText, mailto, relativePath } from './markdown.js';
import type { RenderContext, RenderOptions } from './types.js';

export function createRenderContext(model: RepositoryModel, options: RenderOptions, included: Iterable<string>): RenderContext {
  const table = CATALOG[options.lang];
  const fmt = createFormatters(options.lang, model.config.currency, table['common.none']);
  // Records written in another language than the page's: labels and numbers are marked, so record text can be told apart (language-marks.ts).
  const marking = options.lang !== model.config.language;
  return {
    ...options,
    audience: options.audience ?? 'internal',
    model,
    t: marking ? markingTranslator(createTranslator(options.lang), table) : createTranslator(options.lang),
    fmt: marking ? markingFormatters(fmt) : fmt,
    included: new Set(included),
  };
}

// ---------------------------------------------------------------- page paths

export const PATHS = {
  index: 'index.md',
  catalog: 'catalog/index.md',
  catalogService: (id: string) => `catalog/services/${id}.md`,
  catalogSystem: (id: string) => `catalog/systems/${id}.md`,
  systemsMap: 'systems-map/index.md',
  systemsMapArea: (slug: string) => `systems-map/${slug}.md`,
  plans: 'plans/index.md',
  plan: (id: string) => `plans/${id}.md`,
  contracts: 'contracts/index.md',
  contract: (id: string) => `contracts/${id}.md`,
} as const;

/** A link to a page of a document if that document is rendered in this run, else the plain text. */
export function docLink(ctx: RenderContext, from: string, doc: string, to: string, text: string, anchor?: string): string {
  if (!ctx.included.has(doc)) return inline(text);
  return `[${linkText(text)}](${relativePath(from, to)}${anchor ? `#${encodeURIComponent(anchor)}` : ''})`;
}

/** Internal records never reach catalog pages. */
export function isPublished(rec: ValidRecord<'system'> | ValidRecord<'service'>): boolean {
  return (rec.data as System | Service).internal !== true;
}

export function systemRecord(ctx: RenderContext, id: string): ValidRecord<'system'> | undefined {
  const rec = ctx.model.records.system.get(id);
  return rec?.valid ? rec : undefined;
}

export function systemName(ctx: RenderContext, id: string): string {
  return systemRecord(ctx, id)?.data.name ?? id;
}

/** A system, linked to its catalog page when it has one in this run. */
export function systemLink(ctx: RenderContext, from: string, id: string): string {
  const rec = systemRecord(ctx, id);
  if (!rec) return inline(id);
  if (!isPublished(rec)) return inline(rec.data.name);
  return docLink(ctx, from, 'catalog', PATHS.catalogSystem(id), rec.data.name);
}

export function person(ctx: RenderContext, id: string | undefined): Person | undefined {
  if (!id) return undefined;
  const rec = ctx.model.records.person.get(id);
  return rec?.valid ? rec.data : undefined;
}

/** A person's name (or the id if unknown). */
export function personName(ctx: RenderContext, id: string | undefined): string {
  if (!id) return '';
  return inline(person(ctx, id)?.name ?? id);
}

/** A person as "Name (e-mail link)", for contact lists. */
export function personContact(ctx: RenderContext, id: string | undefined): string {
  if (!id) return '';
  const p = person(ctx, id);
  if (!p) return inline(id);
  const extras = [p.title ? inline(p.title) : '', mailto(p.email), p.phone ? inline(p.phone) : ''].filter((s) => s !== '');
  return extras.length ? `${inline(p.name)} (${extras.join(', ')})` : inline(p.name);
}

/** True when at least one unit is named and every one named is a department (a förvaltning). */
export function allDepartments(ctx: RenderContext, ids: Iterable<string | undefined>): boolean {
  let named = false;
  for (const id of ids) {
    if (!id) continue;
    named = true;
    const rec = ctx.model.records.unit.get(id);
    if (!rec?.valid || rec.data.kind !== 'department') return false;
  }
  return named;
}

/**
 * The label over units: "Förvaltning" only where every unit shown is a
 * department; "Enhet" where the kind varies (the IT unit, the ordering
 * function and staff units are not förvaltningar).
 */
export function unitLabel(ctx: RenderContext, ids: Iterable<string | undefined>, plural = false): string {
  const departments = allDepartments(ctx, ids);
  return ctx.t(departments ? (plural ? 'field.departments' : 'field.department') : plural ? 'field.units' : 'field.unit');
}

export function unitName(ctx: RenderContext, id: string | undefined): string {
  if (!id) return '';
  const rec = ctx.model.records.unit.get(id);
  return rec?.valid ? rec.data.name : id;
}
