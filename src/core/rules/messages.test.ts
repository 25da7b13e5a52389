// Every rule's words are in the catalogue, in both languages, with exactly the
// parameters the rule declares; and a diagnostic reads in its output language.
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { icuSource } from '../i18n/translate.js';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import { CATALOG, isMessageKey } from '../i18n/catalog.js';
import { LANGUAGES } from '../i18n/language.js';
import { formatMessageText } from '../i18n/translate.js';
import { ruleCatalog } from './catalog.js';
import { ALL_RULES } from './index.js';
import { defineRule, ruleDescriptionKey, ruleHintKey, ruleMessageKey } from './rule.js';

interface Placeholder {
  name: string;
  /** A number is expected (`{n, number}`, `{n, plural, …}`). */
  numeric: boolean;
  /** Printed as it is, outside any select or plural branch. */
  topLevel: boolean;
}

function placeholders(elements: MessageFormatElement[], topLevel = true, out: Placeholder[] = []): Placeholder[] {
  for (const e of elements) {
    if (e.type === TYPE.argument) out.push({ name: e.value, numeric: false, topLevel });
    else if (e.type === TYPE.number) out.push({ name: e.value, numeric: true, topLevel });
    else if (e.type === TYPE.date || e.type === TYPE.time) out.push({ name: e.value, numeric: false, topLevel });
    else if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.push({ name: e.value, numeric: e.type === TYPE.plural, topLevel: false });
      for (const option of Object.values(e.options)) placeholders(option.value, false, out);
    } else if (e.type === TYPE.tag) placeholders(e.children, topLevel, out);
  }
  return out;
}

/**
 * A message with an ICU argument is ICU MessageFormat; a plain one takes
 * translate's fast path, where an apostrophe is just an apostrophe (ICU would
 * read '{x}' as a quoted literal), so it is escaped before parsing.
 */
function parsed(text: string): Placeholder[] {
  const icu = icuSource(text);
  return placeholders(parse(icu, { ignoreTag: true }));
}

/** Every (key, declared parameters) pair of every rule: messages and hints. */
const declared: { rule: string; key: string; params: readonly string[] }[] = ALL_RULES.flatMap((rule) => [
  ...Object.entries(rule.messages).map(([name, params]) => ({ rule: rule.id, key: ruleMessageKey(rule.id, name), params })),
  ...Object.entries(rule.hints).map(([name, params]) => ({ rule: rule.id, key: ruleHintKey(rule.id, name), params })),
]);

describe('rule messages in the catalogue', () => {
  it('every rule has a description in Swedish and English', () => {
    for (const rule of ALL_RULES) {
      const key = ruleDescriptionKey(rule.id);
      expect(isMessageKey(key), key).toBe(true);
      for (const language of LANGUAGES) {
        expect((CATALOG[language] as Record<string, string>)[key]!.length, `${language} ${key}`).toBeGreaterThan(60);
      }
    }
  });

  it('every hint belongs to a declared message', () => {
    for (const rule of ALL_RULES) {
      for (const name of Object.keys(rule.hints)) expect(Object.keys(rule.messages), rule.id).toContain(name);
    }
  });

  it.each(declared)('$key exists in both languages and names exactly its parameters', ({ key, params }) => {
    expect(isMessageKey(key), key).toBe(true);
    for (const language of LANGUAGES) {
      const text = (CATALOG[language] as Record<string, string>)[key]!;
      const names = new Set(parsed(text).map((p) => p.name));
      expect([...names].sort(), `${language} ${key}`).toEqual([...new Set(params)].sort());
    }
  });

  it.each(declared)('$key formats in both languages without stray braces or quotes', ({ key }) => {
    for (const language of LANGUAGES) {
      const text = (CATALOG[language] as Record<string, string>)[key]!;
      const found = parsed(text);
      const values: Record<string, string | number> = {};
      for (const p of found) values[p.name] = p.numeric ? 2 : `‹${p.name}›`;
      // A numeric placeholder also met as a plain argument keeps its number.
      const out = formatMessageText(language, key, text, values);
      expect(out, `${language} ${key}`).not.toMatch(/[{}]|''/);
      for (const p of found.filter((x) => x.topLevel && !x.numeric)) expect(out, `${language} ${key}`).toContain(`‹${p.name}›`);
    }
  });

  it('every rule key in the catalogue is a declared message, hint or description', () => {
    const known = new Set([...declared.map((d) => d.key), ...ALL_RULES.map((r) => ruleDescriptionKey(r.id))]);
    const ruleKeys = Object.keys(CATALOG.sv).filter((k) => k.startsWith('rule.'));
    expect(ruleKeys.filter((k) => !known.has(k))).toEqual([]);
  });

  it('the --explain catalogue lists each rule with its messages in the requested language', () => {
    const sv = ruleCatalog('sv').find((d) => d.id === 'contract/notice-soon');
    expect(sv?.description).toMatch(/^Nästa sista uppsägningsdag som fortfarande kan hållas/);
    expect(sv?.messages).toEqual([
      {
        id: 'rule.contract/notice-soon.noticeSoon',
        params: ['deadline', 'days', 'end'],
        text: CATALOG.sv['rule.contract/notice-soon.noticeSoon'],
      },
      { id: 'rule.contract/notice-soon.noticeSoon.hint', params: [], text: CATALOG.sv['rule.contract/notice-soon.noticeSoon.hint'] },
      {
        id: 'rule.contract/notice-soon.lastPeriod',
        params: ['end', 'days'],
        text: CATALOG.sv['rule.contract/notice-soon.lastPeriod'],
      },
      { id: 'rule.contract/notice-soon.lastPeriod.hint', params: [], text: CATALOG.sv['rule.contract/notice-soon.lastPeriod.hint'] },
    ]);
    expect(ruleCatalog('en').find((d) => d.id === 'contract/notice-soon')?.description).toMatch(/^The next notice deadline that can still be met/);
  });
});

describe('a diagnostic in the output language', () => {
  // start 2024-07-01, 48 months: in force t.o.m. 2028-06-30; notice 6 months → deadline 2027-12-31.
  const noticeSoon = (language: 'sv' | 'en') =>
    loadTree(
      edit(validTree(), 'styr.yaml', (c) => (c.language = language)),
      '2027-12-30',
    ).diagnostics.find((d) => d.rule === 'contract/notice-soon');

  it('reads Swedish, with a Swedish plural', () => {
    const d = noticeSoon('sv');
    expect(d?.message).toBe('sista uppsägningsdag 2027-12-31 infaller om 1 dag (avtalsperioden slutar 2028-06-30)');
    expect(d?.hint).toBe('Besluta om förlängning eller uppsägning och ange beslutet under `noticeDecision:`.');
  });

  it('reads English, with an English plural', () => {
    expect(noticeSoon('en')?.message).toBe('notice deadline 2027-12-31 is in 1 day (contract period ends 2028-06-30)');
  });

  it('prints an enum value by its label and keeps the value in data', () => {
    const d = loadTree(edit(validTree(), 'roles/it-chef.yaml', (r) => delete r.holders)).diagnostics.find((x) => x.rule === 'role/staffing');
    expect(d?.message).toBe('rollen är bemannad men anger ingen innehavare');
    expect(d?.data).toEqual({ staffing: 'filled' });
  });
});

// Compile-time checks (tsc): report accepts only declared messages with exactly their parameters.
export const typedReport = defineRule({
  id: 'test/typed',
  severity: 'warning',
  messages: { one: ['a'], none: [] },
  hints: { one: ['b'] },
  check({ model, report }) {
    const record = model.records.order.values().next().value!;
    report({ record, messageId: 'one', data: { a: 1, b: 'x' } });
    report({ record, messageId: 'none' });
    // @ts-expect-error an undeclared message
    report({ record, messageId: 'two', data: { a: 1 } });
    // @ts-expect-error a missing parameter (the hint's b)
    report({ record, messageId: 'one', data: { a: 1 } });
    // @ts-expect-error a misnamed parameter
    report({ record, messageId: 'one', data: { a: 1, c: 'x' } });
  },
});
