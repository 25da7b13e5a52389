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
import { KINDS, findKind, kindForFolder, recordExtensions } from '../../core/kinds/registry.js';
import type { KindDefinition } from '../../core/kinds/registry.js';
import { suggest } from '../../core/text/suggest.js';
import { loadSchemas, schemasDir } from '../../io/files.js';
import type { Translate } from '../../core/i18n/translate.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { defaultsFor, derivedId, freshOrderId, missingFields, valuesFromFlags } from './new-values.js';
import type { Values } from './new-values.js';
import { writeChecked } from './safe-write.js';
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

export async function runNew(kindArg: string, options: NewOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const kind = kindFrom(earlyTranslator(options), kindArg);
  const ws = await openWorkspace(context);
  const { t } = ws;
  const schema = loadSchemas().get(kind.schema) as Record<string, unknown>;
  const specs = fieldSpecs(kind, schema);
  const byName = new Map(specs.map((s) => [s.name, s]));
  const given = valuesFromFlags(kind, specs, options, ws);
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

  if (interactive) {
    const { promptRecord } = await import('./new-prompts.js');
    const { reviewRecord } = await import('./new-review.js');
    const full = Object.keys(given).length === 0;
    try {
      const prompted = await promptRecord({ ws, kind, specs, values, given: new Set(Object.keys(given)), full, id, taken });
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
            });
      if (!prompted || !reviewed) {
        io.stderr.write(`${t('prompt.cancelled')}\n`);
        return EXIT.problems;
      }
      values = reviewed;
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
  const body = options.body?.trim();
  const text = recordText(kind, data, schema, schemaPathFor(ws, kind)) + (body ? `${body}\n` : '');
  const shown = displayPath(context, path);
  const code = await writeChecked(ws, [{ path, text, expected: 'absent' }], shown);
  if (code !== EXIT.ok) return code;
  io.stdout.write(interactive ? `${t('prompt.created', { file: shown })}\n` : `${shown}\n`);
  return EXIT.ok;
}
