// Enum values as people type them: the value itself, or its label in Swedish
// or English from the catalogue ('godkänd', 'in progress', 'i drift'). The
// labels of a closed vocabulary are found by its values: the catalogue group
// whose keys name every value (`lifecycle.production`, …), so a new enum in a
// schema is understood as soon as its labels are in the catalogue.
import { CATALOG } from '../i18n/catalog.js';
import { LANGUAGES } from '../i18n/language.js';
import type { Language } from '../i18n/language.js';
import { suggest } from '../text/suggest.js';

let index: Map<string, Set<string>> | undefined;

/** Catalogue groups and the values they label ('lifecycle' → production, …); labels with placeholders are left out. */
function groups(): Map<string, Set<string>> {
  if (index) return index;
  index = new Map();
  for (const [key, text] of Object.entries(CATALOG.sv)) {
    const dot = key.indexOf('.');
    if (dot <= 0 || text.includes('{')) continue;
    const group = key.slice(0, dot);
    let values = index.get(group);
    if (!values) index.set(group, (values = new Set()));
    values.add(key.slice(dot + 1));
  }
  return index;
}

/** The catalogue groups that label every one of `values`, the closest fit first. */
export function labelGroupsFor(values: readonly string[]): string[] {
  if (values.length === 0) return [];
  const hits: { group: string; extra: number }[] = [];
  for (const [group, labelled] of groups()) {
    if (values.every((v) => labelled.has(v))) hits.push({ group, extra: labelled.size - values.length });
  }
  hits.sort((a, b) => a.extra - b.extra || (a.group < b.group ? -1 : 1));
  return hits.map((h) => h.group);
}

function label(language: Language, group: string, value: string): string | undefined {
  return (CATALOG[language] as Readonly<Record<string, string>>)[`${group}.${value}`];
}

/** The label of one value in a language, from the closest-fitting group; undefined when none labels it. */
export function enumValueLabel(values: readonly string[], value: string, language: Language, group?: string): string | undefined {
  const g = group ?? labelGroupsFor(values)[0];
  return g === undefined ? undefined : label(language, g, value);
}

/** The value named by `input`: the value itself (any case) or its Swedish or English label. */
export function matchEnumValue(input: string, values: readonly string[], group?: string): string | undefined {
  const wanted = input.trim().toLowerCase();
  const exact = values.find((v) => v.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const candidates = group !== undefined ? [group, ...labelGroupsFor(values).filter((g) => g !== group)] : labelGroupsFor(values);
  // KLASSA levels are numbered 0–4 in the schema's order: `classification.availability=3` is 'serious'.
  if (candidates.includes('class') && /^[0-4]$/.test(wanted)) return values[Number(wanted)];
  for (const g of candidates) {
    for (const language of LANGUAGES) {
      const hit = values.find((v) => label(language, g, v)?.toLowerCase() === wanted);
      if (hit !== undefined) return hit;
    }
  }
  // The label's last words, as people say them ('drift' for 'i drift'), when only one value's label ends so.
  if (wanted === '' || candidates.length === 0) return undefined;
  const endsSo = values.filter((v) =>
    LANGUAGES.some((language) => {
      const l = label(language, candidates[0]!, v)?.toLowerCase();
      return l !== undefined && l.endsWith(` ${wanted}`);
    }),
  );
  return endsSo.length === 1 ? endsSo[0] : undefined;
}

/** The allowed values as a reader sees them: `production (i drift)`; the label in `language`. */
export function allowedEnumValues(values: readonly string[], language: Language, group?: string): string {
  return values
    .map((v) => {
      const l = enumValueLabel(values, v, language, group);
      return l === undefined || l.toLowerCase() === v.toLowerCase() ? v : `${v} (${l})`;
    })
    .join(', ');
}

/** The closest value or label to a mistyped input, as the value. */
export function guessEnumValue(input: string, values: readonly string[], language: Language, group?: string): string | undefined {
  const direct = suggest(input, values);
  if (direct !== undefined) return direct;
  const byLabel = new Map<string, string>();
  for (const v of values) {
    for (const lang of [language, ...LANGUAGES.filter((l) => l !== language)]) {
      const l = enumValueLabel(values, v, lang, group);
      if (l !== undefined && !byLabel.has(l)) byLabel.set(l, v);
    }
  }
  const labelGuess = suggest(input, byLabel.keys());
  return labelGuess === undefined ? undefined : byLabel.get(labelGuess);
}
