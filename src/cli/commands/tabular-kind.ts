// What `styr import` and `styr export` share: the kind named on the command
// line (by name, folder or label in either language) and its columns.
import { LANGUAGES } from '../../core/i18n/language.js';
import { translate } from '../../core/i18n/translate.js';
import type { Translate } from '../../core/i18n/translate.js';
import { KINDS, findKind, kindForFolder } from '../../core/kinds/registry.js';
import type { KindDefinition } from '../../core/kinds/registry.js';
import { kindColumns } from '../../core/tabular/columns.js';
import type { Column } from '../../core/tabular/columns.js';
import { headerKey } from '../../core/tabular/mapping.js';
import { suggest } from '../../core/text/suggest.js';
import { loadSchemas } from '../../io/files.js';
import { UsageError } from '../errors.js';

/** A kind by its name ('system'), folder ('systems') or label in Swedish or English ('avtal', 'contracts'). */
export function kindFromWord(t: Translate, word: string): KindDefinition {
  const wanted = headerKey(word);
  const kind =
    findKind(wanted) ??
    kindForFolder(wanted) ??
    KINDS.find((k) => LANGUAGES.some((lang) => [`kind.${k.name}`, `kind.${k.name}.plural`].some((key) => headerKey(translate(lang, key as 'kind.system')) === wanted)));
  if (kind) return kind;
  const guess = suggest(
    wanted,
    KINDS.map((k) => k.name),
  );
  throw new UsageError(`${t('tabular.kind.unknown', { value: word, kinds: KINDS.map((k) => k.name).join(', ') })}${guess ? t('cli.didYouMean', { guess }) : ''}`);
}

/** Whether a sheet's name names the kind (as export names its sheets). */
export function sheetNamesKind(name: string, kind: KindDefinition): boolean {
  const key = headerKey(name);
  if (key === kind.name || key === kind.folder) return true;
  return LANGUAGES.some((lang) => [`kind.${kind.name}`, `kind.${kind.name}.plural`].some((k) => headerKey(translate(lang, k as 'kind.system')) === key));
}

export function schemaOf(kind: KindDefinition): Record<string, unknown> {
  return loadSchemas().get(kind.schema) as Record<string, unknown>;
}

/** The kind's columns, from its schema. */
export function columnsOf(kind: KindDefinition): Column[] {
  return kindColumns(kind, schemaOf(kind));
}
