// A record named on the command line: `id` or `kind/id` (kind by its name,
// folder or label in either language), with the ids that match a partial or
// mistyped one.
import type { LoadedRecord } from '../../core/model/repository.js';
import { candidateIds } from '../../core/edit/ids.js';
import { LANGUAGES } from '../../core/i18n/language.js';
import { translate } from '../../core/i18n/translate.js';
import type { Translate } from '../../core/i18n/translate.js';
import { KINDS, findKind, kindForFolder } from '../../core/kinds/registry.js';
import type { KindDefinition } from '../../core/kinds/registry.js';
import { suggest } from '../../core/text/suggest.js';
import { UsageError } from '../errors.js';
import type { Workspace } from './workspace.js';

/** The kind named by its name, folder or label ('system', 'systems', 'beslut'). */
export function kindNamed(name: string): KindDefinition | undefined {
  const wanted = name.trim().toLowerCase();
  return (
    findKind(wanted) ??
    kindForFolder(wanted) ??
    KINDS.find((k) =>
      LANGUAGES.some((lang) => translate(lang, `kind.${k.name}`).toLowerCase() === wanted || translate(lang, `kind.${k.name}.plural`).toLowerCase() === wanted),
    )
  );
}

/** " – did you mean a?" or " – did you mean a, b, c?", or nothing. */
export function candidatesText(t: Translate, candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  if (candidates.length === 1) return t('cli.didYouMean', { guess: candidates[0]! });
  return t('edit.candidates', { ids: candidates.join(', ') });
}

/** The record `ref` names, or a usage error naming what matches. */
export function findRecordRef(ws: Workspace, ref: string): LoadedRecord {
  const { t } = ws;
  const slash = ref.indexOf('/');
  let kinds: readonly KindDefinition[] = KINDS;
  let id = ref.trim();
  if (slash > 0) {
    const kind = kindNamed(ref.slice(0, slash));
    if (!kind) {
      const guess = suggest(
        ref.slice(0, slash),
        KINDS.map((k) => k.name),
      );
      throw new UsageError(`${t('prompt.unknownKind', { value: ref.slice(0, slash) })}${guess ? t('cli.didYouMean', { guess }) : ''}`);
    }
    kinds = [kind];
    id = ref.slice(slash + 1).trim();
  }
  const hits: LoadedRecord[] = [];
  for (const kind of kinds) {
    const records = ws.model.records[kind.name] as Map<string, LoadedRecord>;
    const hit = records.get(id) ?? records.get(id.toUpperCase()) ?? records.get(id.toLowerCase());
    if (hit) hits.push(hit);
  }
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) throw new UsageError(t('edit.ref.ambiguous', { value: id, refs: hits.map((h) => `${h.kind}/${h.id}`).join(', ') }));
  const known = kinds.flatMap((k) => [...ws.model.records[k.name].keys()]);
  throw new UsageError(`${t('edit.ref.unknown', { value: id })}${candidatesText(t, candidateIds(id, known))}`);
}
