// styr import: rows of a workbook or CSV file become records. New ids become
// new files; an id that exists is updated field by field through the in-place
// editor (comments and formatting kept). Every row is checked against the
// schema, then the whole repository with all new contents; nothing is written
// unless every row is valid (or --skip-invalid writes the valid ones and lists
// the rest). --dry-run prints what would change, in the diff's words.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { errorsIntroducedBy } from '../../core/change/introduced-errors.js';
import { recordText } from '../../core/create/record-text.js';
import { describeRecord, diffWords } from '../../core/diff/describe.js';
import { diffRecord } from '../../core/diff/record-diff.js';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import type { KindDefinition } from '../../core/kinds/registry.js';
import { recordTitle } from '../../core/model/repository.js';
import { sameValue } from '../../core/diff/record-diff.js';
import { valueAt } from '../../core/tabular/columns.js';
import type { Column } from '../../core/tabular/columns.js';
import { MappingError, mappingTemplate, parseMapping } from '../../core/tabular/mapping.js';
import type { Mapping } from '../../core/tabular/mapping.js';
import { columnLetter, columnOfPointer, planImport } from '../../core/tabular/rows.js';
import type { ImportedRow, ImportPlan, RowProblem } from '../../core/tabular/rows.js';
import { enumLabel } from '../../core/tabular/values.js';
import { readForEdit } from '../../io/atomic-write.js';
import { schemasDir } from '../../io/files.js';
import { editRecordText, RecordEditError } from '../../io/record-edit.js';
import type { FieldEdit } from '../../io/record-edit.js';
import { readWorkbook, sheetTable, TabularReadError } from '../../io/tabular/read.js';
import type { Workbook } from '../../io/tabular/read.js';
import { earlyTranslator, resolveContext } from '../context.js';
import type { CliContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import type { PlannedWrite } from './safe-write.js';
import { writeChecked } from './safe-write.js';
import { columnsOf, kindFromWord, schemaOf, sheetNamesKind } from './tabular-kind.js';
import { displayPath, kindWord, openWorkspace } from './workspace.js';
import type { Workspace } from './workspace.js';

type ImportOptions = OptionsOf<'import'>;

function templateText(context: CliContext, kind: KindDefinition): string {
  const t = earlyTranslator({ lang: context.lang ?? 'sv' });
  const language = context.lang ?? 'sv';
  return mappingTemplate(
    kind,
    columnsOf(kind),
    language,
    {
      intro: t('tabular.template.intro', { kind: kind.name }).split('\n'),
      columns: t('tabular.template.columns'),
      values: t('tabular.template.values'),
      id: t('tabular.template.id'),
      idSlug: t('tabular.template.idSlug'),
      required: t('tabular.template.required'),
    },
    (column, value) => enumLabel(column, value, language),
  );
}

function readMapping(ws: Workspace, path: string, kind: KindDefinition): Mapping {
  let text: string;
  try {
    text = readFileSync(resolve(ws.context.cwd, path), 'utf8');
  } catch {
    throw new UsageError(ws.t('tabular.read.missing', { file: path }));
  }
  try {
    return parseMapping(text, kind, columnsOf(kind));
  } catch (error) {
    if (error instanceof MappingError) throw new UsageError(`${path}: ${ws.t(error.key, error.values)}`);
    throw error;
  }
}

function chooseSheet(ws: Workspace, workbook: Workbook, kind: KindDefinition, wanted: string | undefined) {
  const names = workbook.sheets.map((s) => s.name);
  if (wanted !== undefined) {
    const sheet = workbook.sheets.find((s) => s.name === wanted) ?? workbook.sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!sheet) throw new UsageError(ws.t('tabular.sheet.unknown', { sheet: wanted, sheets: names.join(', ') }));
    return sheet;
  }
  if (workbook.sheets.length === 1) return workbook.sheets[0]!;
  const named = workbook.sheets.find((s) => sheetNamesKind(s.name, kind));
  if (named) return named;
  throw new UsageError(ws.t('tabular.sheet.choose', { sheets: names.join(', ') }));
}

function problemLine(ws: Workspace, p: RowProblem): string {
  if (p.row !== undefined && p.column !== undefined)
    return ws.t('tabular.at.cell', { sheet: p.sheet, row: p.row, column: p.column, header: p.header ?? '', message: p.message });
  if (p.row !== undefined) return ws.t('tabular.at.row', { sheet: p.sheet, row: p.row, message: p.message });
  if (p.column !== undefined) return ws.t('tabular.at.column', { sheet: p.sheet, column: p.column, header: p.header ?? '', message: p.message });
  return ws.t('tabular.at.sheet', { sheet: p.sheet, message: p.message });
}

/** The `$schema=` path for a new file, as `styr new` writes it. */
function schemaPathFor(ws: Workspace, kind: KindDefinition): string {
  const local = join(ws.context.dataDir, '.styr', 'schemas', kind.schema);
  const schema = existsSync(local) ? local : join(schemasDir(), kind.schema);
  return relative(join(ws.context.dataDir, kind.folder), schema).split(sep).join('/');
}

/** The edits that turn the record's fields into the row's: one per changed column, set or cleared. */
function editsOf(row: ImportedRow): FieldEdit[] {
  return row.changed.map((column: Column) => {
    const value = valueAt(row.data, column.path);
    return value === undefined ? { op: 'unset', path: column.path } : { op: 'set', path: column.path, value };
  });
}

interface Prepared {
  row: ImportedRow;
  write: PlannedWrite;
}

function prepare(ws: Workspace, kind: KindDefinition, row: ImportedRow): Prepared | RowProblem {
  if (!row.before) return { row, write: { path: row.file, text: recordText(kind, row.data, schemaOf(kind), schemaPathFor(ws, kind)), expected: 'absent' } };
  const loaded = ws.model.records[kind.name].get(row.id);
  const file = loaded?.file ?? row.file;
  const read = readForEdit(join(ws.context.dataDir, file));
  try {
    const text = editRecordText(read.text, kind.format, editsOf(row));
    return { row: { ...row, file }, write: { path: file, text, expected: { hash: read.hash } } };
  } catch (error) {
    if (error instanceof RecordEditError) return { sheet: '', row: row.row, message: error.message };
    throw error;
  }
}

/** Problems the repository check finds in the files of the rows, by row and column. */
function repositoryProblems(ws: Workspace, plan: ImportPlan, sheet: string, prepared: readonly Prepared[]): { byRow: Map<number, RowProblem[]>; other: Diagnostic[] } {
  const introduced = errorsIntroducedBy(
    ws.input,
    ws.result,
    prepared.map((p) => p.write),
    { validator: ws.validator, today: ws.context.today, language: ws.result.language },
  );
  const rowOfFile = new Map(prepared.map((p) => [p.write.path, p.row.row]));
  const byRow = new Map<number, RowProblem[]>();
  const other: Diagnostic[] = [];
  for (const d of introduced) {
    const row = rowOfFile.get(d.file);
    if (row === undefined) {
      other.push(d);
      continue;
    }
    const hit = columnOfPointer(d.pointer, plan.used);
    const problem: RowProblem = hit
      ? { sheet, row, column: columnLetter(hit.index), header: hit.column.title[ws.language], message: `${d.message} (${d.rule})` }
      : { sheet, row, message: `${d.message} (${d.rule})` };
    byRow.set(row, [...(byRow.get(row) ?? []), problem]);
  }
  return { byRow, other };
}

/**
 * For each reference column, the names of the records it may name (their
 * name or title, as written and in lower case) → id. A name two records share,
 * or one that is some record's id, is left out: ids always win.
 */
function referenceNames(ws: Workspace, kind: KindDefinition, columns: readonly Column[]): Map<string, Map<string, unknown>> {
  const out = new Map<string, Map<string, unknown>>();
  for (const column of columns) {
    const ref = kind.references.find((r) => r.path === column.path.join('/') || r.path === `${column.path.join('/')}/*`);
    if (!ref || ref.target === 'goal' || ref.target === 'team') continue;
    const records = ws.model.records[ref.target];
    const names = new Map<string, unknown>();
    const shared = new Set<string>();
    for (const rec of records.values()) {
      const title = recordTitle(rec);
      for (const key of new Set([title.trim(), title.trim().toLowerCase()])) {
        if (records.has(key)) continue;
        if (names.has(key) && names.get(key) !== rec.id) shared.add(key);
        names.set(key, rec.id);
      }
    }
    for (const key of shared) names.delete(key);
    if (names.size > 0) out.set(column.key, names);
  }
  return out;
}

export async function runImport(file: string | undefined, options: ImportOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const early = earlyTranslator(options);
  if (options.kind === undefined) throw new UsageError(early('tabular.kind.missing'));
  const kind = kindFromWord(early, options.kind);
  if (options.mapTemplate) {
    io.stdout.write(templateText(context, kind));
    return EXIT.ok;
  }
  if (file === undefined) throw new UsageError(early('tabular.file.missing'));
  const ws = await openWorkspace(context);
  const { t } = ws;
  const mapping = options.map !== undefined ? readMapping(ws, options.map, kind) : undefined;

  let workbook: Workbook;
  let table;
  let emptyRows;
  try {
    workbook = await readWorkbook(resolve(context.cwd, file), basename(file));
    const sheet = chooseSheet(ws, workbook, kind, options.sheet ?? mapping?.sheet);
    ({ table, emptyRows } = sheetTable(sheet));
  } catch (error) {
    if (error instanceof TabularReadError) throw new UsageError(`${file}: ${t(error.key, error.values)}; ${t('cli.nothingWritten')}`);
    throw error;
  }
  const note = (text: string) => io.stderr.write(`styr: ${text}\n`);
  if (workbook.format === 'csv')
    note(t('tabular.note.csv', { encoding: workbook.encoding ?? '', delimiter: workbook.delimiter === '\t' ? 'tab' : (workbook.delimiter ?? '') }));
  if (emptyRows > 0) note(t('tabular.note.emptyRows', { n: emptyRows }));

  const existing = new Map([...ws.model.records[kind.name]].map(([id, rec]) => [id, rec.data as unknown]));
  const columns = columnsOf(kind);
  const plan = planImport({
    kind,
    columns,
    table,
    ...(mapping ? { mapping } : {}),
    names: referenceNames(ws, kind, columns),
    existing,
    validator: ws.validator,
    language: ws.language,
    t,
  });
  if (plan.ignored.length > 0) note(t('tabular.note.ignored', { n: plan.ignored.length, columns: plan.ignored.join(', ') }));

  const problems: RowProblem[] = [...plan.problems];
  let candidates = plan.rows.filter((r) => r.valid);
  // Rows whose content is what the record holds already need no write.
  const unchanged = candidates.filter((r) => r.before && (r.changed.length === 0 || sameValue(r.before, r.data)));
  candidates = candidates.filter((r) => !unchanged.includes(r));
  let prepared: Prepared[] = [];
  for (const row of candidates) {
    const p = prepare(ws, kind, row);
    if ('write' in p) prepared.push(p);
    else problems.push({ ...p, sheet: table.sheet });
  }
  // The whole repository with every new content: references and rules see all rows at once.
  for (;;) {
    if (prepared.length === 0) break;
    const { byRow, other } = repositoryProblems(ws, plan, table.sheet, prepared);
    for (const list of byRow.values()) problems.push(...list);
    if (other.length > 0) {
      for (const d of other) problems.push({ sheet: table.sheet, message: `${displayPath(context, d.file)}: ${d.message} (${d.rule})` });
    }
    if (byRow.size === 0 || !options.skipInvalid || other.length > 0) break;
    prepared = prepared.filter((p) => !byRow.has(p.row.row));
  }

  const sorted = problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (sorted.length > 0) {
    for (const p of sorted) io.stderr.write(`${problemLine(ws, p)}\n`);
    const badRows = new Set(sorted.map((p) => p.row ?? -1)).size;
    const fatal = !options.skipInvalid || sorted.some((p) => p.row === undefined);
    if (fatal) {
      io.stderr.write(`styr: ${t('tabular.refused', { n: sorted.length })}; ${t('cli.nothingWritten')}\n`);
      return EXIT.problems;
    }
    note(t('tabular.skipped', { n: badRows }));
  }

  const words = diffWords(ws.language);
  if (options.dryRun) {
    for (const { row } of prepared) {
      const title = typeof row.data[kind.titleField] === 'string' ? (row.data[kind.titleField] as string) : undefined;
      const base = { kind: kind.name, id: row.id, file: row.file, ...(title ? { title } : {}) };
      const lines = row.before
        ? describeRecord({ ...base, change: 'changed', changes: diffRecord(kind.name, row.before, row.data, { today: context.today }) }, words)
        : describeRecord({ ...base, change: 'added', changes: [] }, words);
      for (const line of lines) io.stdout.write(`${line}\n`);
    }
    io.stdout.write(`${summary(ws, kind, prepared, unchanged.length, true)}\n`);
    return EXIT.ok;
  }
  if (prepared.length > 0) {
    const code = await writeChecked(
      ws,
      prepared.map((p) => p.write),
      file,
    );
    if (code !== EXIT.ok) return code;
  }
  io.stdout.write(`${summary(ws, kind, prepared, unchanged.length, false)}\n`);
  return sorted.length > 0 ? EXIT.problems : EXIT.ok;
}

function summary(ws: Workspace, kind: KindDefinition, prepared: readonly Prepared[], unchanged: number, dryRun: boolean): string {
  const added = prepared.filter((p) => !p.row.before).length;
  const changed = prepared.length - added;
  return ws.t(dryRun ? 'tabular.summary.dryRun' : 'tabular.summary', { kind: kindWord(ws.t, ws.language, kind.name, 'many'), added, changed, unchanged });
}
