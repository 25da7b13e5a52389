import { describe, expect, it } from 'vitest';
import { CATALOG, isMessageKey } from '../i18n/catalog.js';
import { LANGUAGES } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';
import { createProblem } from './create.js';
import { explainProblem, problemCatalog } from './explain.js';
import { PROBLEMS, problemKeys } from './problems.js';
import type { ProblemId } from './problems.js';

const ids = Object.keys(PROBLEMS) as ProblemId[];

/** The argument names of an ICU message: `{name}`, `{n, plural, …}`, `{n, number}`. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  // ICU quotes ('') are not arguments; a # inside a plural is its count.
  for (const m of text.replace(/''/g, '').matchAll(/\{\s*(\w+)\s*(?:,|\})/g)) names.add(m[1]!);
  for (const keyword of ['one', 'other']) names.delete(keyword);
  return [...names].sort();
}

describe('registered problems', () => {
  it('use every key of the section problem.* and nothing else', () => {
    const used = new Set(problemKeys().map((k) => k.key));
    const inCatalogue = Object.keys(CATALOG.sv).filter((k) => k.startsWith('problem.'));
    expect(inCatalogue.filter((k) => !used.has(k))).toEqual([]);
  });

  it('have every description, message and hint in both languages, with the declared parameters and the same in each', () => {
    for (const { key, params } of problemKeys()) {
      expect(isMessageKey(key), key).toBe(true);
      if (!isMessageKey(key)) continue;
      const sv = placeholders(CATALOG.sv[key]);
      const en = placeholders(CATALOG.en[key]);
      expect(en, key).toEqual(sv);
      expect(sv, key).toEqual([...params].sort());
    }
  });

  it('print every parameter value (no ICU quoting swallows one)', () => {
    for (const { key, params } of problemKeys()) {
      if (!isMessageKey(key)) continue;
      const values = Object.fromEntries(params.map((p, i) => [p, `V${i}x`]));
      for (const language of LANGUAGES) {
        // A number-formatted parameter is given a number.
        const text = CATALOG[language][key];
        const numeric = Object.fromEntries(params.filter((p) => new RegExp(`\\{${p},`).test(text)).map((p) => [p, 7]));
        const printed = translate(language, key, { ...values, ...numeric });
        for (const p of params) expect(printed, `${language} ${key}`).toContain(p in numeric ? '7' : values[p]!);
        expect(printed, `${language} ${key}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('each id in the explanation in both languages', () => {
    for (const language of LANGUAGES) {
      const catalog = problemCatalog(language);
      expect(catalog.map((d) => d.id)).toEqual([...ids].sort());
      for (const doc of catalog) {
        expect(doc.description, doc.id).not.toMatch(/^problem\./);
        expect(doc.messages.length, doc.id).toBeGreaterThan(0);
      }
    }
    expect(explainProblem('schema/required', 'sv').messages.map((m) => m.id)).toEqual([
      'problem.schema/required.missing',
      'problem.schema/required.missingIn',
      'problem.schema/required.add.hint',
      'problem.schema/required.addTitled.hint',
    ]);
  });

  it('creates a diagnostic with its message id, data and the text in the language asked for', () => {
    const report = { id: 'schema/unknown-field', message: 'unknown', data: { field: 'taem', suggestion: 'team' }, hint: 'didYouMean' } as const;
    const sv = createProblem('sv', report, { file: 'orders/x.yaml', pointer: '/taem', pointsToKey: true });
    expect(sv).toEqual({
      rule: 'schema/unknown-field',
      severity: 'error',
      messageId: 'problem.schema/unknown-field.unknown',
      data: { field: 'taem', suggestion: 'team' },
      message: "okänt fält 'taem'",
      hint: "Menade du 'team'?",
      file: 'orders/x.yaml',
      pointer: '/taem',
      pointsToKey: true,
    });
    expect(createProblem('en', report, { file: 'orders/x.yaml' })).toMatchObject({ message: "unknown field 'taem'", hint: "Did you mean 'team'?" });
  });

  it('writes plurals and numbers by language', () => {
    const en = createProblem('en', { id: 'schema/min-items', message: 'tooFew', data: { field: 'systems', limit: 1 } }, { file: 'f' });
    const sv = createProblem('sv', { id: 'schema/min-items', message: 'tooFew', data: { field: 'systems', limit: 2 } }, { file: 'f' });
    expect(en.message).toBe("'systems' must list at least 1 value");
    expect(sv.message).toBe("'systems' ska ha minst 2 värden");
  });
});
