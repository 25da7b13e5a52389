import { describe, expect, it } from 'vitest';
import { applyEditsToData, valueAt } from './apply-data.js';
import { parseAssignment, parseEditPath } from './assignment.js';
import { allowedEnumValues, labelGroupsFor, matchEnumValue } from './enum-values.js';
import { candidateIds } from './ids.js';
import { unifiedDiff } from './line-diff.js';
import { coerceValue, schemaAt } from './schema-values.js';
import type { JsonSchema } from './schema-values.js';

describe('parseAssignment', () => {
  it('reads the three operators and paths with selectors', () => {
    expect(parseAssignment('team=drift')).toMatchObject({ path: ['team'], op: '=', raw: 'drift' });
    expect(parseAssignment('holders+=anna-berg')).toMatchObject({ path: ['holders'], op: '+=', raw: 'anna-berg' });
    expect(parseAssignment('holders-=x')).toMatchObject({ path: ['holders'], op: '-=', raw: 'x' });
    expect(parseAssignment('integrations[target=ekonomi].protocol=SFTP')).toMatchObject({
      path: ['integrations', { key: 'target', value: 'ekonomi' }, 'protocol'],
      op: '=',
      raw: 'SFTP',
    });
    expect(parseAssignment('note=a=b')).toMatchObject({ path: ['note'], raw: 'a=b' });
    expect(parseAssignment('team=')).toMatchObject({ path: ['team'], op: '=', raw: '' });
  });

  it('reads JSON pointers and indexes', () => {
    expect(parseEditPath('/integrations/0/protocol')).toEqual(['integrations', 0, 'protocol']);
    expect(parseEditPath('a.b[2]')).toEqual(['a', 'b', 2]);
    expect(parseEditPath('/a~1b')).toEqual(['a/b']);
  });

  it('refuses what is not an assignment or a path', () => {
    expect(parseAssignment('team')).toEqual({ error: 'form', text: 'team' });
    expect(parseAssignment('a..b=1')).toEqual({ error: 'path', text: 'a..b=1' });
    expect(parseAssignment('=1')).toEqual({ error: 'path', text: '=1' });
    expect(parseAssignment('a[=1')).toEqual({ error: 'form', text: 'a[=1' });
  });
});

describe('enum values by label', () => {
  const LIFECYCLES = ['planned', 'introduction', 'production', 'phase-out', 'retired'];

  it('finds the catalogue group from the values', () => {
    expect(labelGroupsFor(LIFECYCLES)[0]).toBe('lifecycle');
  });

  it('accepts the value, or its Swedish or English label, in any case', () => {
    expect(matchEnumValue('production', LIFECYCLES)).toBe('production');
    expect(matchEnumValue('I drift', LIFECYCLES)).toBe('production');
    expect(matchEnumValue('avvecklat', LIFECYCLES)).toBe('retired');
    expect(matchEnumValue('godkänd', ['received', 'in-preparation', 'prepared', 'approved'])).toBe('approved');
    expect(matchEnumValue('nej', LIFECYCLES)).toBeUndefined();
  });

  it('accepts the last words of a label when only one label ends so', () => {
    expect(matchEnumValue('drift', LIFECYCLES)).toBe('production');
    expect(matchEnumValue('avveckling', LIFECYCLES)).toBe('phase-out');
    expect(matchEnumValue('allvarlig', ['none', 'moderate', 'significant', 'serious', 'exceptionally-serious'])).toBe('serious');
  });

  it('takes a KLASSA level by its number (0–4)', () => {
    const levels = ['none', 'moderate', 'significant', 'serious', 'exceptionally-serious'];
    expect(matchEnumValue('3', levels)).toBe('serious');
    expect(matchEnumValue('0', levels)).toBe('none');
    expect(matchEnumValue('5', levels)).toBeUndefined();
    expect(matchEnumValue('3', LIFECYCLES)).toBeUndefined();
  });

  it('lists the allowed values with their labels', () => {
    expect(allowedEnumValues(['none', 'moderate'], 'sv')).toBe('none (ingen eller försumbar), moderate (måttlig)');
  });
});

describe('candidateIds', () => {
  it('lists the ids containing a partial one, those starting with it first', () => {
    expect(candidateIds('karin', ['olof', 'anna-karin', 'karin-testberg', 'karin-exempelsson'])).toEqual(['karin-exempelsson', 'karin-testberg', 'anna-karin']);
    expect(candidateIds('ORD-261129', ['ORD-261129-AAAA', 'ORD-261128-BBBB'])).toEqual(['ORD-261129-AAAA']);
    expect(candidateIds('olfo', ['olof'])).toEqual(['olof']);
  });
});

describe('schema values', () => {
  const SCHEMA: JsonSchema = {
    type: 'object',
    properties: {
      n: { type: 'integer', minimum: 1, maximum: 5 },
      d: { $ref: '#/$defs/date' },
      b: { type: 'boolean' },
      l: { type: 'array', items: { type: 'integer' } },
      m: { type: 'object', properties: { x: { type: 'string', format: 'email' } } },
    },
    $defs: { date: { type: 'string', format: 'date' } },
  };
  const coerce = (path: string[], raw: string) => {
    const at = schemaAt(SCHEMA, path);
    if (!at.ok) throw new Error('no field');
    return coerceValue(SCHEMA, at.node, raw, { language: 'sv' });
  };

  it('reads values by the type at the path', () => {
    expect(coerce(['n'], '3')).toEqual({ ok: true, value: 3 });
    expect(coerce(['b'], 'ja')).toEqual({ ok: true, value: true });
    expect(coerce(['l'], '1, 2')).toEqual({ ok: true, value: [1, 2] });
    expect(coerce(['d'], '2026-12-01')).toEqual({ ok: true, value: '2026-12-01' });
  });

  it('refuses values of the wrong type', () => {
    expect(coerce(['n'], '7')).toMatchObject({ ok: false, problem: { key: 'edit.value.range' } });
    expect(coerce(['d'], '2026-13-01')).toMatchObject({ ok: false, problem: { key: 'edit.value.date' } });
    expect(coerce(['m', 'x'], 'nope')).toMatchObject({ ok: false, problem: { key: 'edit.value.email' } });
  });

  it('names the fields there are when one is not', () => {
    expect(schemaAt(SCHEMA, ['m', 'y'])).toEqual({ ok: false, depth: 1, field: 'y', known: ['x'] });
  });
});

describe('applyEditsToData', () => {
  it('means the same as the text edits', () => {
    const data = { a: 1, l: ['x'], items: [{ id: 'p', v: 1 }] };
    const out = applyEditsToData(data, [
      { op: 'set', path: ['m', 'n'], value: 2 },
      { op: 'append', path: ['l'], value: 'y' },
      { op: 'remove', path: ['l'], value: 'x' },
      { op: 'set', path: ['items', { key: 'id', value: 'p' }, 'v'], value: 3 },
      { op: 'unset', path: ['a'] },
    ]);
    expect(out).toEqual({ l: ['y'], items: [{ id: 'p', v: 3 }], m: { n: 2 } });
    expect(data.a).toBe(1);
    expect(valueAt(out, ['items', { key: 'id', value: 'p' }, 'v'])).toBe(3);
  });
});

describe('unifiedDiff', () => {
  it('prints hunks with three lines of context, removals first', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const after = 'a\nb\nc\nd\nE\nf\ng\nh\n';
    expect(unifiedDiff('x.yaml', before, after)).toBe('--- a/x.yaml\n+++ b/x.yaml\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n');
    expect(unifiedDiff('x.yaml', before, before)).toBe('');
  });
});
