// The wording of the rendered documents, checked as classes over every page of
// the example municipality in both languages: a label followed by a value that
// repeats it, table headers that say the same thing twice, "Förvaltning" over a
// unit that is not a department, a heading that is false, plurals and numbers
// by language, month names, and no word of the other language in the labels.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/i18n/catalog.js';
import type { MessageKey } from '../../src/core/i18n/catalog.js';
import type { Language } from '../../src/core/i18n/language.js';
import { validRecords } from '../../src/core/model/repository.js';
import { inline } from '../../src/core/render/markdown.js';
import { excerpt } from '../../src/core/render/page.js';
import { renderDocuments } from '../../src/core/render/render.js';
import type { Page } from '../../src/core/render/types.js';
import { ROOT } from '../helpers/cli.js';
import { loadTree, readTree } from '../helpers/repo.js';

const DATA = join(ROOT, 'data');
const TODAY = '2026-12-01';
const { model } = loadTree(readTree(DATA), TODAY);
const pages: Record<Language, Page[]> = {
  sv: renderDocuments(model, [], { lang: 'sv', today: TODAY }).flat(),
  en: renderDocuments(model, [], { lang: 'en', today: TODAY }).flat(),
};
const LANGS = ['sv', 'en'] as const;

/** Every page without its Mermaid sources (their text is checked with the labels it comes from). */
const withoutDiagrams = (page: Page) => page.markdown.replace(/```[\s\S]*?```/g, '');

interface Table {
  page: string;
  header: string[];
  rows: string[][];
}

function tables(page: Page): Table[] {
  const lines = withoutDiagrams(page).split('\n');
  const out: Table[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if (!lines[i]!.startsWith('| ') || !/^\|[-| :]+\|$/.test(lines[i + 1]!)) continue;
    const split = (l: string) => l.slice(2, -2).split(' | ');
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.startsWith('| '); j++) rows.push(split(lines[j]!));
    out.push({ page: page.path, header: split(lines[i]!), rows });
    i = j;
  }
  return out;
}

/** `- **Label:** value` lines. */
function facts(page: Page): { label: string; value: string }[] {
  return [...withoutDiagrams(page).matchAll(/^- \*\*(.+?):\*\* (.*)$/gm)].map((m) => ({ label: m[1]!, value: m[2]! }));
}

const words = (text: string): string[] => text.toLocaleLowerCase('sv').match(/[\p{L}-]+/gu) ?? [];

/** Every piece of text the records hold, longest first, as the pages print it (escaped, and as index excerpts). */
const recordText: string[] = (() => {
  const texts = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const t of [v, ...v.split('\n')]) {
        const s = t.trim();
        if (s.length < 2) continue;
        texts.add(s);
        texts.add(inline(s));
        texts.add(inline(excerpt(s)).replace(/…$/, ''));
      }
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const kind of Object.values(model.records)) for (const rec of kind.values()) if (rec.valid) walk(rec.data);
  walk(model.config);
  return [...texts].sort((a, b) => b.length - a.length);
})();

/** A page with the records' own text taken out: what is left is the catalogue's words. */
function labelsOnly(page: Page): string {
  let text = withoutDiagrams(page);
  for (const s of recordText) if (text.includes(s)) text = text.split(s).join(' ');
  return text;
}

describe('the wording of the rendered example data', () => {
  it.each(LANGS)('never follows a label with a value that repeats it (%s)', (lang) => {
    const labels = new Set(Object.values(CATALOG[lang]));
    const repeats: string[] = [];
    for (const page of pages[lang]) {
      for (const { label, value } of facts(page)) {
        if (!labels.has(label)) continue; // a label the records give (a KPI's name)
        const [first] = words(label);
        if (first && words(value.replace(/\]\([^)]*\)/g, ']')).includes(first)) repeats.push(`${page.path}: ${label}: ${value}`);
      }
    }
    expect(repeats).toEqual([]);
  });

  it.each(LANGS)('gives no table two headers that say the same thing (%s)', (lang) => {
    const twice: string[] = [];
    for (const page of pages[lang]) {
      for (const { header } of tables(page)) {
        const norm = header.map((h) => h.toLocaleLowerCase('sv'));
        for (const [i, a] of norm.entries()) {
          for (const [j, b] of norm.entries()) {
            // The same header, or one that is the other in its definite form ("Mål" and "Målet").
            if (i < j && a === b) twice.push(`${page.path}: ${header.join(' | ')}`);
            if (i !== j && b.startsWith(a) && /^(et|en|n|t|na|arna|erna|the)$/.test(b.slice(a.length))) twice.push(`${page.path}: ${header.join(' | ')}`);
          }
        }
      }
    }
    expect(twice).toEqual([]);
  });

  it.each(LANGS)('labels a unit "Förvaltning" only when it is a department (%s)', (lang) => {
    const t = CATALOG[lang];
    const departments = new Set(
      validRecords(model, 'unit')
        .filter((u) => u.data.kind === 'department')
        .map((u) => inline(u.data.name)),
    );
    const wrong: string[] = [];
    for (const page of pages[lang]) {
      for (const { label, value } of facts(page)) {
        if (label === t['field.department'] && !departments.has(value)) wrong.push(`${page.path}: ${label}: ${value}`);
        if (label === t['field.departments']) for (const v of value.split(', ')) if (!departments.has(v)) wrong.push(`${page.path}: ${label}: ${v}`);
      }
      for (const table of tables(page)) {
        const column = table.header.indexOf(t['field.department']);
        if (column < 0) continue;
        // Rows in emphasis are the table's own (unallocated, total), not units.
        for (const row of table.rows)
          if (row[column] !== '–' && !row[column]!.startsWith('*') && !departments.has(row[column]!)) wrong.push(`${page.path}: ${row[column]}`);
      }
    }
    expect(wrong).toEqual([]);
    // The IT unit's systems say "Enhet" / "Unit".
    const gis = pages[lang].find((p) => p.path === 'catalog/systems/gis.md')!.markdown;
    expect(gis).toMatch(new RegExp(`\\*\\*(${t['field.unit']}|${t['field.department']}):\\*\\* `));
    const itSystem = pages[lang].find((p) => p.path === 'catalog/systems/iam.md')!.markdown;
    expect(itSystem).toContain(`**${t['field.unit']}:** IT-enheten`);
  });

  it('puts the departments’ roles under a heading that is true, not "Utan enhet"', () => {
    const page = pages.sv.find((p) => p.path === 'roles/index.md')!.markdown;
    expect(page).not.toContain(`### ${CATALOG.sv['roles.noUnit']}`);
    expect(page).not.toContain('Utan enhet');
    // The IT contacts sit in the departments; the orderers in departments and staff units.
    expect(page).toMatch(/### I förvaltningarna\n\n#### IT-samordnare i förvaltning\n/);
    expect(page).toMatch(/### I flera enheter\n\n#### Beställare\n/);
    expect(page).toMatch(/- \*\*Enheter:\*\* Barn- och utbildningsförvaltningen, Ekonomiavdelningen/);
  });

  it('shows the council’s tabled and referred-back outcomes in both languages', () => {
    const row = (lang: Language, id: string) =>
      pages[lang]
        .find((p) => p.path === 'council/index.md')!
        .markdown.split('\n')
        .find((l) => l.startsWith(`| ${id} `) && l.split(' | ').length === 4);
    expect(row('sv', 'ORD-260615-EQ2G')).toContain('| bordlagd |');
    expect(row('sv', 'ORD-261019-AT94')).toContain('| återremitterad |');
    expect(row('en', 'ORD-260615-EQ2G')).toContain('| tabled |');
    expect(row('en', 'ORD-261019-AT94')).toContain('| referred back |');
  });

  it('writes RACI letters the language’s way: HUKI in Swedish, RACI in English', () => {
    const matrices = (lang: Language) =>
      pages[lang]
        .filter((p) => /^raci\/.+\.md$/.test(p.path) && p.path !== 'raci/index.md')
        .map((p) => p.markdown)
        .join('\n');
    expect(matrices('sv')).toContain('H = huvudansvarig, U = utförare, K = konsulteras, I = informeras');
    expect(matrices('sv')).toMatch(/\| \*\*H\*\* \|/);
    expect(matrices('en')).toContain('A = accountable, R = responsible, C = consulted, I = informed');
    expect(matrices('en')).not.toMatch(/\*\*[HUK]\*\*/);
    expect(pages.en.find((p) => p.path === 'raci/index.md')!.markdown).toContain('| A (accountable) | R (responsible) | C (consulted) | I (informed) |');
  });

  it('never gives an enum label a word that is also a column header with another meaning', () => {
    // The order type "management" beside a "Förvaltning" (department) column was one.
    for (const lang of LANGS) {
      const t = CATALOG[lang];
      const headerWords = new Set(pages[lang].flatMap((p) => tables(p).flatMap((x) => x.header.flatMap(words))));
      expect(
        [...words(t['orderType.management'])].filter((w) => headerWords.has(w)),
        lang,
      ).toEqual([]);
      for (const key of Object.keys(t) as MessageKey[]) {
        if (!/^(orderType|metric|orderStatus|lifecycle|hosting|serviceStatus|decisionOutcome)\./.test(key)) continue;
        expect(
          [t['field.department'], t['field.unit']].map((h) => h.toLocaleLowerCase('sv')),
          `${lang} ${key}`,
        ).not.toContain(t[key].toLocaleLowerCase('sv'));
      }
    }
  });
});

describe('numbers, dates and plurals by language in the rendered example data', () => {
  const ONE_PLURAL: Record<Language, RegExp> = {
    sv: /(?<![\d,.\u00a0])1 (dagar|arbetsdagar|persondagar|månader|gånger|roller|timmar|procentenheter|bedömningarna)\b/,
    en: /(?<![\d,.\u00a0])1 (days|business days|person-days|months|times|roles|hours|percentage points|assessments)\b/,
  };

  it.each(LANGS)('writes no "1 days" (%s)', (lang) => {
    for (const page of pages[lang]) expect(labelsOnly(page), page.path).not.toMatch(ONE_PLURAL[lang]);
  });

  it('writes one business day and one month in the singular', () => {
    const sla = pages.sv.find((p) => p.path === 'catalog/services/arbetsplats.md')!.markdown;
    expect(sla).toContain('| 3 | 1 arbetsdag | 5 arbetsdagar |');
    expect(pages.en.find((p) => p.path === 'catalog/services/arbetsplats.md')!.markdown).toContain('| 3 | 1 business day | 5 business days |');
  });

  it('writes Swedish numbers with a decimal comma, English with a point', () => {
    const council = (lang: Language) => pages[lang].find((p) => p.path === 'council/index.md')!.markdown;
    expect(council('sv')).toContain('| 63,9 |');
    expect(council('en')).toContain('| 63.9 |');
    for (const page of pages.sv) expect(labelsOnly(page), page.path).not.toMatch(/(?<![\d.])\d+\.\d+ (%|tim|persondagar|procentenheter)/);
  });

  it('gives maturity gaps and changes in percentage points, not per cent', () => {
    for (const lang of LANGS) {
      const page = pages[lang].find((p) => p.path === 'maturity/index.md')!.markdown;
      const points = lang === 'sv' ? 'procentenheter' : 'percentage points';
      const gapColumn = tables({ path: '', title: '', markdown: page })[0]!;
      const gap = gapColumn.header.indexOf(CATALOG[lang]['maturity.gap']);
      for (const row of gapColumn.rows) expect(row[gap]).toMatch(new RegExp(`^-?[\\d,.]+ ${points}$|^−[\\d,.]+ ${points}$|^[\\d,.]+ (procentenhet|percentage point)$`));
      const trend = tables({ path: '', title: '', markdown: page }).find((x) => x.header.includes(CATALOG[lang]['maturity.change']))!;
      const change = trend.header.indexOf(CATALOG[lang]['maturity.change']);
      for (const row of trend.rows) expect(row[change]).not.toContain('%');
    }
  });

  it('spells English months in full, never "Sept" beside "Jun"', () => {
    const all = pages.en.map((p) => p.markdown).join('\n');
    expect(all).not.toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \d{4}\b/);
    expect(all).toMatch(/\b30 September 2027\b/);
  });

  it('writes no Swedish word in the English labels', () => {
    const swedish = ['och', 'dagar', 'förvaltning', 'beställning', 'enhet', 'godkänd', 'månader', 'tim', 'mån', 'av', 'för', 'inte', 'saknar'];
    for (const page of pages.en) {
      const found = words(labelsOnly(page)).filter((w) => swedish.includes(w));
      expect(found, page.path).toEqual([]);
    }
  });

  it('writes no English word in the Swedish labels', () => {
    const english = ['the', 'and', 'days', 'approved', 'sept', 'unit', 'of', 'months', 'by', 'not', 'with'];
    for (const page of pages.sv) {
      const found = words(labelsOnly(page)).filter((w) => english.includes(w));
      expect(found, page.path).toEqual([]);
    }
  });
});
