// styr export: records to a workbook (one sheet per kind) or CSV (one file per
// kind). Headers are the fields' titles in the output language, enum values
// their labels, dates real dates in a workbook; `styr import` reads the file
// back unchanged. Written atomically, never through a symbolic link.
import { lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KindDefinition } from '../../core/kinds/registry.js';
import { KINDS } from '../../core/kinds/registry.js';
import { valueAt } from '../../core/tabular/columns.js';
import { writeCell } from '../../core/tabular/values.js';
import { ConcurrentChangeError, contentHash, writeFileChecked } from '../../io/atomic-write.js';
import type { Expected } from '../../io/atomic-write.js';
import { csvText, xlsxBytes } from '../../io/tabular/write.js';
import type { OutSheet } from '../../io/tabular/write.js';
import { resolveContext } from '../context.js';
import { EXIT, IoError, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { columnsOf, kindFromWord } from './tabular-kind.js';
import { openWorkspace } from './workspace.js';
import type { Workspace } from './workspace.js';

type ExportOptions = OptionsOf<'export'>;

function sheetOf(ws: Workspace, kind: KindDefinition): OutSheet {
  const columns = columnsOf(kind);
  const records = [...ws.model.records[kind.name].values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    name: ws.t(`kind.${kind.name}.plural` as 'kind.system.plural'),
    headers: columns.map((c) => c.title[ws.language]),
    rows: records.map((rec) => columns.map((c) => writeCell(valueAt(rec.data, c.path), c, ws.language))),
  };
}

/** What is at `path` now: absent, or a regular file and its hash. Anything else (a link, a folder) is refused. */
function expectedAt(ws: Workspace, path: string, shown: string): Expected {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return 'absent';
  }
  if (!stat.isFile()) throw new UsageError(ws.t('tabular.export.notFile', { file: shown }));
  return { hash: contentHash(readFileSync(path)) };
}

function write(ws: Workspace, path: string, shown: string, content: string | Uint8Array): void {
  try {
    writeFileChecked(path, content, expectedAt(ws, path, shown));
  } catch (error) {
    if (error instanceof ConcurrentChangeError) throw new UsageError(ws.t('cli.write.changed', { file: shown }));
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string') throw new IoError(ws.t('tabular.export.cannotWrite', { file: shown, reason: code }));
    throw error;
  }
}

export async function runExport(options: ExportOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const ws = await openWorkspace(context, { rules: false });
  const { t } = ws;
  const kinds = options.kind === undefined ? KINDS : [kindFromWord(t, options.kind)];
  const format = options.format ?? (/\.csv$/i.test(options.out) ? 'csv' : 'xlsx');
  if (format !== 'xlsx' && format !== 'csv') throw new UsageError(t('tabular.export.format', { value: format }));
  const out = resolve(context.cwd, options.out);
  const sheets = kinds.map((kind) => sheetOf(ws, kind));
  const count = sheets.reduce((n, s) => n + s.rows.length, 0);
  if (format === 'xlsx') {
    write(ws, out, options.out, await xlsxBytes(sheets, context.today));
  } else if (kinds.length === 1) {
    write(ws, out, options.out, csvText(sheets[0]!, ws.language === 'sv' ? ',' : '.', { yes: t('common.yes'), no: t('common.no') }));
  } else {
    // All kinds as CSV: --out is a folder, one file per kind.
    try {
      const stat = lstatSync(out);
      if (!stat.isDirectory()) throw new UsageError(t('tabular.export.notFolder', { file: options.out }));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      mkdirSync(out);
    }
    kinds.forEach((kind, i) => {
      const file = join(out, `${kind.name}.csv`);
      write(ws, file, join(options.out, `${kind.name}.csv`), csvText(sheets[i]!, ws.language === 'sv' ? ',' : '.', { yes: t('common.yes'), no: t('common.no') }));
    });
  }
  io.stdout.write(`${t('tabular.export.done', { n: count, file: options.out })}\n`);
  return EXIT.ok;
}
