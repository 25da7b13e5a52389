import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { introducedErrors } from './introduced-errors.js';

const d = (file: string, rule: string, severity: Diagnostic['severity'] = 'error', line = 1): Diagnostic => ({
  file,
  rule,
  severity,
  messageId: `problem.${rule}.x`,
  data: {},
  message: `${rule} in ${file}`,
  pointer: '/status',
  range: { line, column: 1 },
});

describe('introducedErrors', () => {
  it('reports errors that are new, ignoring moved lines, warnings and errors that were there', () => {
    const before = [d('a.yaml', 'x/one', 'error', 3), d('b.yaml', 'x/two', 'warning')];
    const after = [d('a.yaml', 'x/one', 'error', 9), d('b.yaml', 'x/two', 'error'), d('c.yaml', 'x/three', 'warning')];
    expect(introducedErrors(before, after).map((x) => `${x.file} ${x.rule}`)).toEqual(['b.yaml x/two']);
  });

  it('counts repeated errors', () => {
    expect(introducedErrors([d('a', 'r')], [d('a', 'r'), d('a', 'r')])).toHaveLength(1);
  });
});
