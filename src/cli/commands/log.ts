// styr log <id>: the history of one record from git, each commit with the
// semantic change it made. Follows renames.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { describeRecord } from '../../core/diff/describe.js';
import { diffWords, visible } from '../../core/diff/describe.js';
import type { DiffWords } from '../../core/diff/describe.js';
import { diffRecord } from '../../core/diff/record-diff.js';
import { recordAt } from '../../core/diff/report.js';
import type { RecordDiff } from '../../core/diff/types.js';
import type { Language } from '../../core/i18n/language.js';
import { createTranslator, translate } from '../../core/i18n/translate.js';
import { candidateIds } from '../../core/edit/ids.js';
import { CONFIG_FILE, findKind, kindByName, KINDS, kindForFolder } from '../../core/kinds/registry.js';
import type { KindName } from '../../core/kinds/registry.js';
import { MAX_RECORD_BYTES, parseSource } from '../../core/source/parse.js';
import type { SourceFile } from '../../core/source/parse.js';
import { GitRepository } from '../../git/repository.js';
import type { BlobRequest, LogEntry } from '../../git/repository.js';
import { resolveContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { configLanguage, listDataFolder } from './diff-load.js';
import { withGit } from './diff-load.js';
import { candidatesText } from './record-ref.js';

type LogOptions = OptionsOf<'log'>;

export interface RecordHistoryEntry {
  commit: string;
  shortCommit: string;
  author: string;
  email: string;
  date: string;
  subject: string;
  file: string;
  previousFile?: string;
  change?: RecordDiff;
  lines: string[];
}

/** 'ORD-…', 'order/ORD-…' or 'orders/ORD-…' → the kind asked for (if any) and the id. */
export function parseRecordRef(ref: string, lang: Language): { kind?: KindName; id: string } {
  const slash = ref.indexOf('/');
  if (slash < 0) return { id: ref.replace(/\.(ya?ml|md)$/i, '') };
  const prefix = ref.slice(0, slash);
  const id = ref.slice(slash + 1).replace(/\.(ya?ml|md)$/i, '');
  const kind = findKind(prefix) ?? kindForFolder(prefix);
  if (!kind) {
    throw new UsageError(translate(lang, 'log.error.unknownKind', { prefix: quote(prefix), ref: quote(ref), kinds: KINDS.map((k) => k.name).join(', ') }));
  }
  return { kind: kind.name, id };
}

function decode(file: SourceFile | undefined, kind: KindName): unknown {
  if (!file?.bytes) return undefined;
  const parsed = parseSource(file, kindByName(kind).format);
  return parsed.ok ? parsed.source.data : undefined;
}

function quote(text: string): string {
  return `'${text}'`;
}

export async function runLog(ref: string, options: LogOptions, io: CliIo): Promise<number> {
  const format = options.format ?? 'text';
  const context = resolveContext(options, io);
  const lang: Language = context.lang ?? configLanguage(context.dataDir);
  if (format !== 'text' && format !== 'json') throw new UsageError(translate(lang, 'log.error.format'));
  // eslint-disable-next-line no-control-regex -- a revision with control characters is refused
  if (ref.length === 0 || ref.length > 200 || /[\s\u0000-\u001f]/.test(ref) || ref.includes('..') || ref.startsWith('-')) {
    throw new UsageError(translate(lang, 'log.error.notAnId', { ref: quote(ref) }));
  }
  const target = parseRecordRef(ref, lang);
  return withGit(lang, async () => {
    const repo = await GitRepository.open(context.dataDir);
    // The record's file now, or in HEAD if it has been deleted since.
    const head = await repo.headCommit();
    const candidates = new Set(listDataFolder(context.dataDir));
    if (head)
      for (const p of await repo.listFiles(head)) {
        const data = repo.toDataPath(p);
        if (data) candidates.add(data);
      }
    const matches = [...candidates]
      .filter((p) => p !== CONFIG_FILE)
      .filter((p) => {
        const at = recordAt(p);
        return at !== undefined && at.id === target.id && (target.kind === undefined || at.kind === target.kind);
      })
      .sort();
    if (matches.length === 0) {
      const known = [...candidates].flatMap((p) => recordAt(p)?.id ?? []);
      throw new UsageError(
        `${translate(lang, 'log.error.noRecord', { ref: quote(ref), dir: context.dataDir })}${candidatesText(createTranslator(lang), candidateIds(target.id, known))}`,
      );
    }
    if (matches.length > 1) {
      const example = `${recordAt(matches[0]!)!.kind}/${target.id}`;
      throw new UsageError(translate(lang, 'log.error.ambiguous', { ref: quote(ref), files: matches.join(', '), example }));
    }
    const file = matches[0]!;
    const kind = recordAt(file)!.kind;
    const entries = await repo.fileHistory(repo.toRootPath(file));
    const words = diffWords(lang);
    const history = await describeHistory(repo, entries, kind, context.today, words);
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify({ kind, id: target.id, file, commits: history }, null, 2)}\n`);
      return EXIT.ok;
    }
    if (history.length === 0) {
      io.stdout.write(`${words.t('log.noHistory', { file })}\n`);
      return EXIT.ok;
    }
    const out: string[] = [];
    for (const h of history) {
      out.push(visible(`${h.shortCommit} ${h.date.slice(0, 10)} ${h.author}  ${h.subject}`));
      if (h.previousFile && h.previousFile !== h.file) out.push(`    ${visible(words.t('log.renamedFrom', { file: h.previousFile }))}`);
      for (const line of h.lines) out.push(`    ${line}`);
    }
    io.stdout.write(`${out.join('\n')}\n`);
    return EXIT.ok;
  });
}

async function describeHistory(repo: GitRepository, entries: readonly LogEntry[], kind: KindName, today: string, words: DiffWords): Promise<RecordHistoryEntry[]> {
  const requests: BlobRequest[] = [];
  const slots: { before?: number; after?: number }[] = [];
  // Blobs by id, as git log --raw names them; a commit git showed no change for
  // (a merge) is looked up by path in it and its first parent.
  const request = async (oid: string | undefined, commit: string, path: string): Promise<number | undefined> => {
    const id = oid ?? (await repo.blobAt(commit, path))?.oid;
    if (id === undefined || /^0+$/.test(id)) return undefined;
    requests.push({ path, oid: id });
    return requests.length - 1;
  };
  for (const e of entries) {
    const slot: { before?: number; after?: number } = {};
    if (e.status !== 'deleted') {
      const n = await request(e.blob, e.hash, e.path);
      if (n !== undefined) slot.after = n;
    }
    if (e.parent && e.status !== 'added') {
      const n = await request(e.previousBlob, e.parent, e.previousPath ?? e.path);
      if (n !== undefined) slot.before = n;
    }
    slots.push(slot);
  }
  const blobs = await repo.readBlobs(requests, MAX_RECORD_BYTES);
  return entries.map((e, i) => {
    const slot = slots[i]!;
    const toSource = (n: number | undefined): SourceFile | undefined => {
      if (n === undefined) return undefined;
      const b = blobs[n]!;
      return b.bytes ? { path: repo.toDataPath(b.path) ?? b.path, size: b.size, bytes: b.bytes } : undefined;
    };
    const before = decode(toSource(slot.before), kind);
    const after = decode(toSource(slot.after), kind);
    const file = repo.toDataPath(e.path) ?? e.path;
    const previousFile = e.previousPath ? (repo.toDataPath(e.previousPath) ?? e.previousPath) : undefined;
    const id = recordAt(file)?.id ?? file;
    const previousId = previousFile ? (recordAt(previousFile)?.id ?? previousFile) : id;
    let change: RecordDiff | undefined;
    const title = (data: unknown) => {
      const d = data as Record<string, unknown> | undefined;
      const t = d?.title ?? d?.name;
      return typeof t === 'string' ? t : undefined;
    };
    if (before === undefined && after !== undefined && e.status !== 'modified') {
      change = { kind, id, change: 'added', file, changes: [] };
    } else if (after === undefined && before !== undefined && e.status === 'deleted') {
      change = { kind, id, change: 'removed', file, changes: [] };
    } else if (before !== undefined && after !== undefined) {
      change = { kind, id, change: previousId !== id ? 'renamed' : 'changed', file, changes: diffRecord(kind, before, after, { today }) };
      if (previousId !== id) {
        change.previousId = previousId;
        if (previousFile) change.previousFile = previousFile;
      }
    }
    const t = title(after) ?? title(before);
    if (change && t) change.title = t;
    if (change?.change === 'added' && kind === 'order') {
      const status = (after as Record<string, unknown>).status;
      if (typeof status === 'string') change.facts = { status };
    }
    const entry: RecordHistoryEntry = {
      commit: e.hash,
      shortCommit: e.shortHash,
      author: e.author,
      email: e.email,
      date: e.date,
      subject: e.subject,
      file,
      lines: change ? describeRecord(change, words) : [],
    };
    if (previousFile && previousFile !== file) entry.previousFile = previousFile;
    if (change) entry.change = change;
    return entry;
  });
}
