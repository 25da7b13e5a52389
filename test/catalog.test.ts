// The label catalogue is the one place for every word: both languages have
// every key, placeholders agree, no two sections define a key, and no key is
// left unused by the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOG, SECTIONS } from '../src/core/i18n/catalog.js';
import { icuSource, isIcuMessage } from '../src/core/i18n/translate.js';

const ROOT = join(import.meta.dirname, '..');

function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if ('value' in el && typeof el.value === 'string') into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentNames(option.value, into);
    }
    if (el.type === TYPE.tag) argumentNames(el.children, into);
  }
  return into;
}

/** The values a message names, read the way translate() reads it. */
function messageArguments(text: string): Set<string> {
  if (isIcuMessage(text)) return argumentNames(parse(icuSource(text), { ignoreTag: true }));
  return new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

describe('the label catalogue', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(CATALOG.en).sort()).toEqual(Object.keys(CATALOG.sv).sort());
    for (const lang of ['sv', 'en'] as const) {
      for (const [key, text] of Object.entries(CATALOG[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('defines each key in one section only', () => {
    const seen = new Map<string, string>();
    for (const [name, section] of Object.entries(SECTIONS)) {
      for (const key of Object.keys(section.sv)) {
        expect(seen.get(key), `${key} in ${name} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('holds each group of labels once (no second group with the same words for the same values)', () => {
    const groups = new Map<string, Map<string, string>>();
    for (const [key, text] of Object.entries(CATALOG.sv)) {
      const dot = key.lastIndexOf('.');
      const group = key.slice(0, dot);
      if (!groups.has(group)) groups.set(group, new Map());
      groups.get(group)!.set(key.slice(dot + 1), text);
    }
    const seen = new Map<string, string>();
    for (const [group, entries] of groups) {
      if (entries.size < 3) continue;
      const signature = JSON.stringify([...entries].sort());
      expect(seen.get(signature), `${group} repeats ${seen.get(signature)}`).toBeUndefined();
      seen.set(signature, group);
    }
  });

  it('parses every message and names the same values in Swedish and English', () => {
    for (const key of Object.keys(CATALOG.sv) as (keyof typeof CATALOG.sv)[]) {
      const sv = messageArguments(CATALOG.sv[key]);
      const en = messageArguments(CATALOG.en[key]);
      expect([...en].sort(), key).toEqual([...sv].sort());
    }
  });

  it('has no key that the code never uses', () => {
    const code = [...sourceFiles(join(ROOT, 'src'))]
      .filter((f) => !relative(ROOT, f).startsWith(join('src', 'core', 'i18n', 'catalog')))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Literal keys ('index.title') and the heads of keys built from a value
    // (`orderStatus.${status}` → 'orderStatus.').
    const literals = new Set<string>();
    for (const m of code.matchAll(/'([A-Za-z][\w./-]*)'/g)) literals.add(m[1]!);
    const heads: string[] = [];
    for (const m of code.matchAll(/`([A-Za-z][\w./-]*\.)\$\{/g)) heads.push(m[1]!);
    // A closed vocabulary's labels are looked up by group name and value
    // (enumLabel('stepAction', status), the diff's table of enum fields).
    const enumGroupUsed = (key: string) => key in SECTIONS.enums.sv && literals.has(key.slice(0, key.indexOf('.')));
    const unused = Object.keys(CATALOG.sv).filter((key) => !literals.has(key) && !heads.some((head) => key.startsWith(head)) && !enumGroupUsed(key));
    expect(unused).toEqual([]);
  });
});
