import { describe, expect, it } from 'vitest';
import { createProblem } from '../core/diagnostics/create.js';
import { summarize } from '../core/diagnostics/diagnostic.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import type { Language } from '../core/i18n/language.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { cell, markdown } from './markdown.js';
import { stylish } from './stylish.js';
import type { FormatContext, Formatter } from './types.js';

function problems(language: Language): Diagnostic[] {
  return [
    createProblem(
      language,
      { id: 'schema/required', message: 'missing', data: { field: 'title', title: 'Rubrik' }, hint: 'addTitled' },
      {
        file: 'orders/a.yaml',
        range: { line: 1, column: 1 },
      },
    ),
    createProblem(
      language,
      { id: 'repo/unexpected-file', message: 'notYaml', data: { file: 'orders/b.txt', folder: 'orders', extensions: '.yaml, .yml' }, hint: 'extensions' },
      {
        file: 'orders/b.txt',
        range: { line: 1, column: 1 },
      },
    ),
  ];
}

function run(formatter: Formatter, language: Language, diagnostics = problems(language), files = ['orders/a.yaml', 'orders/b.txt']): string {
  const context: FormatContext = { summary: summarize(diagnostics, files.length), displayPrefix: 'data/', files, color: false, language };
  return formatter(diagnostics, context);
}

describe('formatters', () => {
  it('print their own words in Swedish, with plurals by count', () => {
    expect(run(stylish, 'sv')).toContain('✖ 2 problem (1 fel, 1 varning) i 2 av 2 filer');
    expect(run(stylish, 'sv')).toMatch(/1:1 +fel +obligatoriskt fält 'title' saknas/);
    expect(run(github, 'sv')).toMatch(/\nstyr: 1 fel, 1 varning i 2 filer\n$/);
    expect(run(markdown, 'sv')).toContain('❌ **1 fel**, 1 varning i 2 av 2 filer.');
    expect(run(junit, 'sv')).toContain('<failure message="1 fel: obligatoriskt fält');
    expect(run(junit, 'sv')).toContain('1:1 varning repo/unexpected-file');
    expect(run(stylish, 'sv', [], ['orders/a.yaml'])).toContain('✔ 1 fil kontrollerad, inga problem');
    expect(run(markdown, 'sv', [], [])).toContain('✅ 0 filer kontrollerade, inga problem.');
    // github's commands and junit's attributes are protocol, not words.
    for (const formatter of [stylish, markdown]) {
      // The rule ids are ids, not words.
      const words = run(formatter, 'sv').replace(/(schema|repo)\/[a-z-]+/g, '');
      expect(words).not.toMatch(/\b(errors?|warnings?|files?|checked|problems)\b/);
    }
  });

  it('print their own words in English, with plurals by count', () => {
    expect(run(stylish, 'en')).toContain('✖ 2 problems (1 error, 1 warning) in 2 of 2 files');
    expect(run(github, 'en')).toMatch(/\nstyr: 1 error, 1 warning in 2 files\n$/);
    expect(run(markdown, 'en')).toContain('| | File | Line | Rule | Problem | Hint |');
    expect(run(stylish, 'en', [], ['orders/a.yaml'])).toContain('✔ 1 file checked, no problems');
  });

  it('json adds messageId and data to each problem', () => {
    const out = JSON.parse(run(json, 'sv')) as { problems: Record<string, unknown>[] };
    expect(out.problems[0]).toMatchObject({
      rule: 'schema/required',
      message: "obligatoriskt fält 'title' saknas",
      hint: 'Lägg till `title:` (Rubrik).',
      messageId: 'problem.schema/required.missing',
      data: { field: 'title', title: 'Rubrik' },
    });
  });

  it('markdown keeps code spans as written and escapes < without entities elsewhere', () => {
    expect(cell('Lägg till `a<b|c:` (x < y)')).toBe('Lägg till `a<b\\|c:` (x \\< y)');
    expect(run(markdown, 'sv')).not.toContain('&lt;');
  });
});
