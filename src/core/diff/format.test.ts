// The pull-request comment and the terminal text of `styr diff` show record text and
// file names as data (issue 12 D12–D14): no live @mention, no table broken by a `|`
// in a file name, no control character.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiffMarkdown, formatDiffText } from './format.js';
import type { DiffReport } from './types.js';

const problem: Diagnostic = {
  rule: 'schema/required',
  severity: 'error',
  message: "missing required field 'owner', ask @kommun/it-chefer",
  messageId: 'problem.schema/required.missing',
  data: { field: 'owner' },
  file: 'systems/a|b @x.yaml',
  pointer: '',
  range: { line: 3, column: 1 },
};

const report: DiffReport = {
  version: 1,
  base: { rev: 'main', commit: '0123456789abcdef0123456789abcdef01234567' },
  head: { rev: 'working tree' },
  summary: { added: 1, removed: 0, renamed: 0, changed: 0, problemsIntroduced: 1, problemsFixed: 0 },
  records: [
    {
      kind: 'order',
      id: 'ORD-261020-7KQ2',
      title: 'Ping @octocat and @kommun/drift \u001b]0;owned\u0007 now',
      change: 'removed',
      file: 'orders/ORD-261020-7KQ2.yaml',
      changes: [],
    },
  ],
  problems: { introduced: [problem], fixed: [] },
  stats: { changedFiles: 1, recordFiles: { base: 1, head: 1 }, parsedFiles: { base: 1, head: 1 } },
};

describe('the diff pull-request comment', () => {
  const markdown = formatDiffMarkdown(report, { lang: 'en' });

  it('mentions no one: every @ in text is followed by a word joiner (code spans mention no one anyway)', () => {
    expect(markdown.replace(/`[^`]*`/g, '')).not.toMatch(/@[A-Za-z0-9]/);
    expect(markdown).toContain('Ping @\u2060octocat and @\u2060kommun/drift');
    expect(markdown).toContain('ask @\u2060kommun/it-chefer');
  });

  it('keeps a table row whole when a file name holds a |', () => {
    const row = markdown.split('\n').find((line) => line.includes('schema/required'))!;
    expect(row).toContain('`systems/a\\|b @x.yaml:3:1`');
    // Four cells: the row splits on unescaped bars only.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
  });

  it('shows control characters as symbols', () => {
    // eslint-disable-next-line no-control-regex
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(markdown).toContain('␛\\]0;owned␇');
  });
});

describe('the diff text', () => {
  it('shows control characters in record text as symbols', () => {
    const text = formatDiffText(report, { lang: 'en' });
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain('␛]0;owned␇ now');
  });
});
