// styr set <ref> <path>=<value>...: change fields of any record in place.
// Each value is read by the schema's type at its path and references are
// checked (a usage error, exit 2, names the allowed values or the matching
// ids); the edit is spliced into the file, keeping every other byte; the
// spliced text must parse to exactly the intended data; and the whole
// repository is validated with the change before anything is written (a
// refusal is exit 1). `--dry-run` prints the diff and writes nothing.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { isDeepStrictEqual } from 'node:util';
import { errorsIntroducedBy } from '../../core/change/introduced-errors.js';
import { summarize } from '../../core/diagnostics/diagnostic.js';
import { applyEditsToData, valueAt } from '../../core/edit/apply-data.js';
import { parseAssignment } from '../../core/edit/assignment.js';
import type { Assignment } from '../../core/edit/assignment.js';
import { formatEditPath } from '../../core/edit/edit-path.js';
import type { FieldEdit } from '../../core/edit/edit-path.js';
import { unifiedDiff } from '../../core/edit/line-diff.js';
import { planSet } from '../../core/edit/plan-set.js';
import type { SetProblem } from '../../core/edit/plan-set.js';
import type { JsonSchema } from '../../core/edit/schema-values.js';
import { kindByName } from '../../core/kinds/registry.js';
import type { KindDefinition } from '../../core/kinds/registry.js';
import type { MessageKey } from '../../core/i18n/catalog.js';
import type { Translate } from '../../core/i18n/translate.js';
import { parseSource } from '../../core/source/parse.js';
import { loadFormatter } from '../../formatters/index.js';
import { contentHash } from '../../io/atomic-write.js';
import { loadSchemas } from '../../io/files.js';
import { editRecordText, RecordEditError } from '../../io/record-edit.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { refNoun } from './new-values.js';
import { candidatesText, findRecordRef } from './record-ref.js';
import { writeChecked } from './safe-write.js';
import type { PlannedWrite } from './safe-write.js';
import { displayPath, openWorkspace } from './workspace.js';
import type { Workspace } from './workspace.js';

type SetOptions = OptionsOf<'set'>;

/** A refused value in words: the message, then "did you mean" or the matching ids. */
export function setProblemText(ws: Pick<Workspace, 't' | 'language'>, problem: SetProblem): string {
  const { t } = ws;
  if (problem.ref) {
    return `${t('cli.unknownId', { what: refNoun(ws, problem.ref.target), value: problem.ref.value })}${candidatesText(t, problem.ref.candidates)}`;
  }
  return `${t(problem.key, problem.data)}${problem.guess !== undefined ? t('cli.didYouMean', { guess: problem.guess }) : ''}`;
}

/** Why the editor could not make an edit, in the output language. */
export function editorReasonText(t: Translate, error: RecordEditError): string {
  const reason = error.reason;
  return t(`edit.editor.${reason.code}` as MessageKey, reason.data ?? {});
}

/** A value as the summary shows it. */
function shown(t: Translate, value: unknown): string {
  if (value === undefined || value === null) return '–';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'boolean') return t(value ? 'prompt.yes' : 'prompt.no');
  return String(value);
}

/**
 * Validate writes without writing them (for --dry-run): the same check as
 * writeChecked, the problems on stderr. Returns an exit code.
 */
export async function checkWrites(ws: Workspace, writes: readonly PlannedWrite[], what: string): Promise<number> {
  const introduced = errorsIntroducedBy(ws.input, ws.result, writes, { validator: ws.validator, today: ws.context.today, language: ws.result.language });
  if (introduced.length === 0) return EXIT.ok;
  const { io } = ws.context;
  const stylish = await loadFormatter('stylish');
  io.stderr.write(`styr: ${ws.t('cli.write.refused', { file: what, n: introduced.length })}\n\n`);
  io.stderr.write(
    stylish(introduced, {
      summary: summarize(introduced, writes.length),
      displayPrefix: displayPath(ws.context, ''),
      files: writes.map((w) => w.path),
      color: ws.context.color,
      language: ws.result.language,
    }),
  );
  return EXIT.problems;
}

export interface RecordEdit {
  file: string;
  before: string;
  after: string;
  expected: Record<string, unknown>;
}

/**
 * Edit a record file's text and check that it parses to the intended data.
 * Throws UsageError when the editor refuses (the path names nothing, …);
 * returns undefined when the spliced text would not be the intended record.
 */
export function editRecordFile(ws: Workspace, kind: KindDefinition, file: string, data: unknown, edits: readonly FieldEdit[]): RecordEdit | undefined {
  const source = ws.input.files.find((f) => f.path === file);
  if (!source?.bytes) throw new UsageError(ws.t('cli.cannotRead', { file }));
  const before = new TextDecoder().decode(source.bytes);
  let after: string;
  try {
    after = editRecordText(before, kind.format, edits);
  } catch (error) {
    if (!(error instanceof RecordEditError)) throw error;
    throw new UsageError(ws.t('edit.cannotEdit', { file: displayPath(ws.context, file), reason: editorReasonText(ws.t, error) }));
  }
  const expected = applyEditsToData(data, edits);
  const reparsed = parseSource({ path: file, size: after.length, bytes: new TextEncoder().encode(after) }, kind.format);
  if (!reparsed.ok || !isDeepStrictEqual(JSON.parse(JSON.stringify(reparsed.source.data)), JSON.parse(JSON.stringify(expected)))) return undefined;
  return { file, before, after, expected };
}

export async function runSet(ref: string, assignmentArgs: readonly string[], options: SetOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const early = earlyTranslator(options);
  const assignments: Assignment[] = assignmentArgs.map((text) => {
    const parsed = parseAssignment(text);
    if ('error' in parsed) throw new UsageError(early(parsed.error === 'form' ? 'edit.set.form' : 'edit.set.path', { value: text }));
    return parsed;
  });
  const ws = await openWorkspace(context);
  const { t } = ws;
  const rec = findRecordRef(ws, ref);
  const kind = kindByName(rec.kind);
  const schema = loadSchemas().get(kind.schema) as JsonSchema;
  const plan = planSet({ kind, schema, model: ws.model, language: ws.language, assignments });
  if (!plan.ok) throw new UsageError(`${plan.assignment.text}: ${setProblemText(ws, plan.problem)}`);

  const what = displayPath(context, rec.file);
  const edit = editRecordFile(ws, kind, rec.file, rec.data, plan.edits);
  if (!edit) {
    io.stderr.write(`styr: ${t('edit.mismatch', { file: what })}\n`);
    return EXIT.problems;
  }
  if (edit.after === edit.before) {
    io.stdout.write(`${t('edit.set.unchanged', { file: what })}\n`);
    return EXIT.ok;
  }
  const lines = assignments.map(
    (a) => `  ${t('edit.set.line', { field: formatEditPath(a.path), before: shown(t, valueAt(rec.data, a.path)), after: shown(t, valueAt(edit.expected, a.path)) })}`,
  );
  const source = ws.input.files.find((f) => f.path === rec.file)!;
  const writes: PlannedWrite[] = [{ path: rec.file, text: edit.after, expected: { hash: contentHash(source.bytes!) } }];
  if (options.dryRun) {
    io.stdout.write(unifiedDiff(what, edit.before, edit.after));
    const code = await checkWrites(ws, writes, what);
    io.stdout.write(`${t('edit.dryRun')}\n`);
    return code;
  }
  const code = await writeChecked(ws, writes, what);
  if (code !== EXIT.ok) return code;
  io.stdout.write(`${t('edit.set.changed', { file: what })}\n${lines.join('\n')}\n`);
  return EXIT.ok;
}
