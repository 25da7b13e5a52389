// `styr render --audience public`: which documents a public rendering holds,
// the public view of the model every renderer then sees (internal records
// and internal field values are gone before any renderer runs, so none can
// show them), and the line on every page that says who it was rendered for.
import { KINDS } from '../kinds/registry.js';
import type { KindName } from '../kinds/registry.js';
import { audienceTree, publicView } from '../model/audience.js';
import type { AudienceOverrides, PublicView } from '../model/audience.js';
import type { GoalEntry, LoadedRecord, RepositoryModel, ResolvedConfig, ValidRecord } from '../model/repository.js';
import { emptyRecords } from '../model/repository.js';
import type { Direction } from '../model/types.js';
import type { FieldAudience } from '../model/types.js';
import type { MessageKey } from '../i18n/catalog.js';
import type { DocumentRenderer, Page, RenderAudience, RenderContext } from './types.js';

/**
 * Who may read each document. `public`: in a public rendering, without its
 * internal sections and field values. `internal`: only in an internal
 * rendering. The README's "what goes where" table says why for each; a
 * document missing here is internal (audience.test.ts fails until it is decided).
 */
export const DOCUMENT_READERS: Readonly<Record<string, RenderAudience>> = {
  catalog: 'public',
  'systems-map': 'internal',
  plans: 'internal',
  contracts: 'internal',
  'tactical-plan': 'public',
  portfolio: 'internal',
  council: 'public',
  economy: 'internal',
  raci: 'public',
  roles: 'public',
  maturity: 'internal',
  units: 'public',
};

/** The index's line for a public document whose public edition leaves sections out. */
const PUBLIC_DESCRIPTIONS: Readonly<Record<string, MessageKey>> = {
  'tactical-plan': 'audience.description.tactical-plan',
  council: 'audience.description.council',
  roles: 'audience.description.roles',
};

/** A document's description on the index, as true for this rendering. */
export function documentDescription(ctx: RenderContext, document: DocumentRenderer): MessageKey {
  return (ctx.audience === 'public' ? PUBLIC_DESCRIPTIONS[document.name] : undefined) ?? document.descriptionKey;
}

/** Whether a document is rendered for these readers. */
export function renderedFor(document: string, audience: RenderAudience): boolean {
  return audience === 'internal' || DOCUMENT_READERS[document] === 'public';
}

/** styr.yaml's `audience.fields` by kind: { person: { phone: public } }. */
export function audienceOverrides(config: ResolvedConfig): Map<string, AudienceOverrides> {
  const out = new Map<string, Map<string, FieldAudience>>();
  for (const [key, audience] of Object.entries(config.audience?.fields ?? {})) {
    const dot = key.indexOf('.');
    if (dot < 1) continue;
    const kind = key.slice(0, dot);
    const fields = out.get(kind) ?? new Map<string, FieldAudience>();
    fields.set(key.slice(dot + 1), audience);
    out.set(kind, fields);
  }
  return out;
}

const REMOVED = Symbol('removed');
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `value` without the references (registry paths: 'owner', 'contracts/*',
 * 'integrations/*\/target', 'roles/{key}') to a record that is gone: a plain
 * field is left out, a list item that holds one is left out whole.
 */
function withoutReference(value: unknown, segments: readonly string[], gone: (id: string) => boolean, inList: boolean): unknown {
  if (segments.length === 0) return typeof value === 'string' && gone(value) ? REMOVED : value;
  const [segment, ...rest] = segments;
  if (segment === '*') {
    if (!Array.isArray(value)) return value;
    return value.map((item) => withoutReference(item, rest, gone, true)).filter((item) => item !== REMOVED);
  }
  if (!isObject(value)) return value;
  if (segment === '{key}') return Object.fromEntries(Object.entries(value).filter(([key]) => !gone(key)));
  if (!(segment! in value)) return value;
  const inner = withoutReference(value[segment!], rest, gone, inList);
  if (inner !== REMOVED) return { ...value, [segment!]: inner };
  if (inList) return REMOVED;
  const { [segment!]: _gone, ...others } = value;
  return others;
}

/** Records marked `internal: true` are not published at all. */
function markedInternal(rec: LoadedRecord): boolean {
  return rec.valid && isObject(rec.data) && rec.data.internal === true;
}

/**
 * The model as the public may read it: without records marked `internal: true`
 * and the references to them, and every record (and styr.yaml's settings)
 * without the fields the schemas annotate `"x-audience": "internal"`, after
 * the overrides in styr.yaml. `schemas` by file name ('plan.schema.json').
 */
export function publicModel(model: RepositoryModel, schemas: ReadonlyMap<string, object>): RepositoryModel {
  const overrides = audienceOverrides(model.config);
  const gone = new Map<KindName, Set<string>>();
  for (const kind of KINDS) gone.set(kind.name, new Set([...model.records[kind.name].values()].filter(markedInternal).map((rec) => rec.id)));
  const records = emptyRecords();
  for (const kind of KINDS) {
    const schema = schemas.get(kind.schema);
    if (!schema) throw new Error(`schema ${kind.schema} is not loaded`);
    const view: PublicView = publicView(audienceTree(schema), overrides.get(kind.name));
    const target = records[kind.name] as Map<string, LoadedRecord>;
    for (const rec of model.records[kind.name].values()) {
      if (gone.get(kind.name)!.has(rec.id)) continue;
      let data = view(rec.data);
      for (const ref of kind.references) {
        if (ref.target === 'goal' || ref.target === 'team') continue;
        const ids = gone.get(ref.target)!;
        if (ids.size) data = withoutReference(data, ref.path.split('/'), (id) => ids.has(id), false);
      }
      target.set(rec.id, { ...rec, data } as LoadedRecord);
    }
  }
  const configSchema = schemas.get('config.schema.json');
  const config = configSchema ? (publicView(audienceTree(configSchema))(model.config) as ResolvedConfig) : model.config;
  const goals = new Map<string, GoalEntry>();
  for (const [id, entry] of model.goals) {
    const direction = records.direction.get(entry.direction.id) as ValidRecord<'direction'> | undefined;
    const goal = (direction?.data as Direction | undefined)?.goals?.[entry.index];
    if (direction && goal) goals.set(id, { goal, direction, index: entry.index });
  }
  return { ...model, config, records, goals };
}

/** The page with the line that says who it was rendered for, under its first heading. */
export function withAudienceLine(ctx: RenderContext, page: Page): Page {
  const line = `*${ctx.t(ctx.audience === 'public' ? 'audience.banner.public' : 'audience.banner.internal')}*`;
  const markdown = page.markdown;
  const end = markdown.startsWith('# ') ? markdown.indexOf('\n') : -1;
  const withLine = end < 0 ? `${line}\n\n${markdown}` : `${markdown.slice(0, end)}\n\n${line}${markdown.slice(end)}`;
  return { ...page, markdown: withLine };
}
