// styr new <kind>: create a record. On a terminal it asks for what is missing
// (choices from the repository); with flags, or without a terminal, it never
// asks: a missing required value is a usage error and nothing is written.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fieldSpecs } from '../../core/create/fields.js';
import { LANGUAGES } from '../../core/i18n/language.js';
import { translate } from '../../core/i18n/translate.js';
import type { FieldSpec } from '../../core/create/fields.js';
import { recordText } from '../../core/create/record-text.js';
import { errorsIntroducedBy } from '../../core/change/introduced-errors.js';
import { KINDS, findKind, kindForFolder, recordExtensions } from '../../core/kinds/registry.js';
import type { KindDefinition } from '../../core/kinds/registry.js';
import { suggest } from '../../core/text/suggest.js';
import { loadSchemas, schemasDir } from '../../io/files.js';
import type { Translate } from '../../core/i18n/translate.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { authorisedOrderers, coerce, defaultsFor, derivedId, freshOrderId, missingFields, valuesFromFlags } from './new-values.js';
import type { Values } from './new-values.js';
import { writeChecked } from './safe-write.js';
import type { PlannedWrite } from './safe-write.js';
import { displayPath, kindWord, openWorkspace } from './workspace.js';
import type { Workspace } from './workspace.js';

type NewOptions = OptionsOf<'new'>;

function kindFrom(t: Translate, arg: string): KindDefinition {
  const wanted = arg.trim().toLowerCase();
  const kind =
    findKind(wanted) ?? kindForFolder(wanted) ?? KINDS.find((k) => LANGUAGES.some((lang) => translate(lang, `kind.${k.name}` as const).toLowerCase() === wanted));
  if (kind) return kind;
  const guess = suggest(
    wanted,
    KINDS.map((k) => k.name),
  );
  throw new UsageError(
    `${t('prompt.unknownKind', { value: arg })}${guess ? t('cli.didYouMean', { guess }) : ''} (${t('prompt.kinds', { kinds: KINDS.map((k) => k.name).join(', ') })})`,
  );
}

/** The `$schema=` path for the new file: the repository's copy (styr init) if it has one, else this package's. */
function schemaPathFor(ws: Workspace, kind: KindDefinition): string {
  const local = join(ws.context.dataDir, '.styr', 'schemas', kind.schema);
  const schema = existsSync(local) ? local : join(schemasDir(), kind.schema);
  return relative(join(ws.context.dataDir, kind.folder), schema).split(sep).join('/');
}

function flagOf(spec: FieldSpec | undefined, name: string): string {
  return spec ? spec.flag : `--set ${name}=…`;
}

/** The fields that say how far a record has come: what --draft chooses. */
const STATE_FIELDS = ['status', 'lifecycle', 'staffing'];

/**
 * --draft: each state field of the kind (status, lifecycle, staffing) gets the
 * value, in schema order, with which the record brings the fewest errors —
 * found by trying, so a system is planned, a plan a draft, a role vacant:
 * states the rules accept without the records that depend on it.
 */
function draftState(
  ws: Workspace,
  kind: KindDefinition,
  specs: readonly FieldSpec[],
  schema: Record<string, unknown>,
  values: Values,
  given: Values,
  id: string,
): Values {
  const { t } = ws;
  const out: Values = {};
  const path = `${kind.folder}/${id}${recordExtensions(kind)[0]!}`;
  for (const spec of specs) {
    if (spec.type !== 'enum' || !STATE_FIELDS.includes(spec.name)) continue;
    if (given[spec.name] !== undefined) throw new UsageError(t('new.draft.conflict', { field: spec.name }));
    let best: { value: string; errors: number } | undefined;
    for (const value of spec.choices ?? []) {
      const text = recordText(kind, { id, ...values, ...out, [spec.name]: value }, schema, schemaPathFor(ws, kind));
      const errors = errorsIntroducedBy(ws.input, ws.result, [{ path, text }], { validator: ws.validator, today: ws.context.today, language: ws.result.language }).filter(
        (d) => d.severity === 'error',
      ).length;
      if (best === undefined || errors < best.errors) best = { value, errors };
    }
    if (best) out[spec.name] = best.value;
  }
  if (Object.keys(out).length === 0) throw new UsageError(t('new.draft.none', { kind: kindWord(ws.t, ws.language, kind.name) }));
  return out;
}

const NOTICE_FLAGS = { outcome: 'noticeOutcome', decision: 'noticeDecision', date: 'noticeDate' } as const;

/**
 * A contract's notice decision from --notice-outcome, --notice-decision and
 * --notice-date, checked against the schema's `noticeDecision` object (its
 * fields read as top-level fields are), so that a contract whose notice
 * deadline has passed can be registered with the decision in one command.
 */
function noticeDecisionFromFlags(kind: KindDefinition, schema: Record<string, unknown>, options: NewOptions, ws: Workspace): Values | undefined {
  const used = Object.entries(NOTICE_FLAGS).filter(([, flag]) => options[flag] !== undefined);
  if (used.length === 0) return undefined;
  const flagName = (flag: string) => `--${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const property = ((schema.properties ?? {}) as Record<string, Record<string, unknown>>).noticeDecision;
  const ref = typeof property?.$ref === 'string' ? property.$ref.slice('#/$defs/'.length) : undefined;
  const node = ref === undefined ? undefined : ((schema.$defs ?? {}) as Record<string, Record<string, unknown>>)[ref];
  if (!node) throw new UsageError(ws.t('prompt.flag.only', { flag: flagName(used[0]![1]), kinds: kindWord(ws.t, ws.language, 'contract', 'many') }));
  const prefix = 'noticeDecision/';
  const inner: KindDefinition = {
    ...kind,
    references: kind.references.filter((r) => r.path.startsWith(prefix)).map((r) => ({ ...r, path: r.path.slice(prefix.length) })),
  };
  const specs = fieldSpecs(inner, { ...node, $defs: schema.$defs });
  const out: Values = {};
  for (const [field, flag] of used) {
    const spec = specs.find((s) => s.name === field)!;
    out[field] = coerce(spec, options[flag], flagName(flag), ws);
  }
  if (out.outcome === undefined) throw new UsageError(ws.t('new.notice.outcome'));
  return out;
}

/** A new order's orderer must be one of its unit's authorised orderers (when the unit names any). */
function checkOrderer(ws: Workspace, data: Values): void {
  const { t } = ws;
  const authorised = authorisedOrderers(ws, data.unit);
  if (!authorised || typeof data.orderer !== 'string' || authorised.includes(data.orderer)) return;
  const name = (id: string) => {
    const person = ws.model.records.person.get(id);
    return person?.valid ? `${person.data.name} (${id})` : id;
  };
  const unit = ws.model.records.unit.get(String(data.unit));
  throw new UsageError(
    `--orderer: ${t('orderFlow.new.notAuthorised', { orderer: name(data.orderer), unit: unit?.valid ? unit.data.name : String(data.unit), orderers: authorised.map(name).join(', ') })}; ${t('cli.nothingWritten')}`,
  );
}

export async function runNew(kindArg: string, options: NewOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const kind = kindFrom(earlyTranslator(options), kindArg);
  const ws = await openWorkspace(context);
  const { t } = ws;
  const schema = loadSchemas().get(kind.schema) as Record<string, unknown>;
  const specs = fieldSpecs(kind, schema);
  const byName = new Map(specs.map((s) => [s.name, s]));
  const given = valuesFromFlags(kind, specs, options, ws);
  const notice = noticeDecisionFromFlags(kind, schema, options, ws);
  if (notice !== undefined) given.noticeDecision = notice;
  if (options.id !== undefined && !kind.idPattern.test(options.id)) {
    throw new UsageError(`--id: ${t('prompt.idInvalid', { id: options.id, kind: kindWord(ws.t, ws.language, kind.name), example: kind.idExample })}`);
  }
  if (options.body !== undefined && kind.format !== 'markdown') {
    throw new UsageError(t('prompt.flag.only', { flag: '--body', kinds: kindWord(ws.t, ws.language, 'decision', 'many') }));
  }
  const interactive = process.stdin.isTTY === true && options.yes !== true;
  const ext = recordExtensions(kind)[0]!;
  const taken = (id: string) => ws.model.records[kind.name].has(id) || existsSync(join(context.dataDir, kind.folder, `${id}${ext}`));

  let values: Values = { ...defaultsFor(kind, ws.model, context.today), ...given };
  let id = options.id;
  if (kind.name === 'order' && id === undefined) id = freshOrderId(t, context.today, taken);
  const draftFields = options.draft ? draftState(ws, kind, specs, schema, values, given, id ?? derivedId(kind, values) ?? kind.idExample) : {};
  values = { ...values, ...draftFields };
  let companions: PlannedWrite[] = [];
  let body = options.body?.trim();

  if (interactive) {
    const { promptRecord } = await import('./new-prompts.js');
    const { reviewRecord } = await import('./new-review.js');
    const full = Object.keys(given).length === 0;
    try {
      const prompted = await promptRecord({ ws, kind, specs, values, given: new Set([...Object.keys(given), ...Object.keys(draftFields)]), full, id, taken });
      if (prompted?.id !== undefined && kind.format === 'markdown' && options.body === undefined) {
        const { askBody } = await import('./new-body.js');
        body = await askBody(ws, prompted.id);
      }
      const reviewed =
        prompted?.id === undefined
          ? undefined
          : await reviewRecord({
              ws,
              kind,
              specs,
              schema,
              schemaPath: schemaPathFor(ws, kind),
              values: prompted.values,
              id: prompted.id,
              path: `${kind.folder}/${prompted.id}${ext}`,
              taken,
              confirm: full,
              schemaPathFor: (k) => schemaPathFor(ws, k),
              draft: options.draft === true,
            });
      if (!prompted || !reviewed) {
        io.stderr.write(`${t('prompt.cancelled')}\n`);
        return EXIT.problems;
      }
      values = reviewed.values;
      companions = reviewed.companions;
      id = prompted.id;
    } catch (error) {
      // Ctrl-C in a prompt: say that nothing was written, then exit 130 (main.ts).
      if ((error as { name?: string } | null)?.name === 'ExitPromptError') io.stderr.write(`\n${t('prompt.cancelled')}\n`);
      throw error;
    }
  }

  id ??= derivedId(kind, values);
  if (id !== undefined && (kind.name !== 'order' || options.id !== undefined) && taken(id)) {
    throw new UsageError(t('prompt.idExists', { id, file: `${kind.folder}/${id}${ext}` }));
  }
  const data: Values = { id: id ?? '', ...values };
  const path = `${kind.folder}/${id ?? '?'}${ext}`;
  const missing = missingFields(ws.validator.validate(kind.schema, data, path)).filter((f) => f !== 'id');
  if (id === undefined && missing.length === 0) missing.push('id');
  if (missing.length > 0) {
    const flags = missing.map((name) => (name === 'id' ? '--id' : flagOf(byName.get(name), name)));
    const hint = process.stdin.isTTY === true ? '' : ` ${t('prompt.missing.hint')}`;
    throw new UsageError(
      `${t('prompt.missing', { count: missing.length, kind: kindWord(ws.t, ws.language, kind.name), flags: flags.join(', ') })}${hint}; ${t('cli.nothingWritten')}`,
    );
  }

  if (kind.name === 'order') checkOrderer(ws, data);

  const text = recordText(kind, data, schema, schemaPathFor(ws, kind)) + (body ? `${body}\n` : '');
  const shown = displayPath(context, path);
  const code = await writeChecked(ws, [{ path, text, expected: 'absent' }, ...companions], shown);
  if (code !== EXIT.ok) return code;
  io.stdout.write(interactive ? `${t('prompt.created', { file: shown })}\n` : `${shown}\n`);
  for (const c of companions) {
    const file = displayPath(context, c.path);
    io.stdout.write(`${t(c.expected === 'absent' ? 'prompt.created' : 'edit.set.changed', { file })}\n`);
  }
  return EXIT.ok;
}
