// Duplicate checks on long lists run in linear time (issue 12 D2): a list of 50,000
// distinct values validates, a duplicate among them is found with both positions, and
// the standalone validators the build writes behave the same.
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { ValidateFunction } from 'ajv';
import { parse as yaml } from 'yaml';
import { edit, loadTree, validTree, validator } from '../../../test/helpers/repo.js';
import { AJV_OPTIONS } from './compile.js';
import { useLinearUniqueItems } from './unique-items.js';

const N = 50_000;

function dates(n: number): string[] {
  const start = Date.UTC(1900, 0, 1);
  return Array.from({ length: n }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

function systemIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `system-${i}`);
}

describe('uniqueItems on long lists', () => {
  // Past the 1 MiB record limit on purpose: the schema check itself must be linear.
  it(`checks ${N * 4} meeting dates in styr.yaml and ${N * 4} system references in an order`, () => {
    const config = { ...(yaml(validTree()['styr.yaml'] as string) as Record<string, unknown>), councilMeetings: dates(N * 4) };
    expect(validator().validate('config.schema.json', config, 'styr.yaml')).toEqual([]);
    const order = yaml(validTree()['orders/ORD-261020-7KQ2.yaml'] as string) as Record<string, unknown>;
    const many = { ...order, systems: systemIds(N * 4) };
    expect(validator().validate('order.schema.json', many, 'orders/ORD-261020-7KQ2.yaml')).toEqual([]);
    const twice = { ...order, systems: [...systemIds(N * 4), 'system-7'] };
    expect(
      validator()
        .validate('order.schema.json', twice, 'orders/ORD-261020-7KQ2.yaml')
        .map((d) => [d.rule, d.data]),
    ).toEqual([['schema/unique', { field: 'systems', first: 7, second: N * 4 }]]);
  });

  it(`validates a repository with ${N} meeting dates in styr.yaml`, () => {
    const tree = edit(validTree(), 'styr.yaml', (c) => {
      c.councilMeetings = dates(N);
    });
    expect(loadTree(tree).diagnostics).toEqual([]);
  });

  it('reports a duplicate meeting date with both positions and the line of the list', () => {
    const meetings = dates(1000);
    const tree = edit(validTree(), 'styr.yaml', (c) => {
      c.councilMeetings = [...meetings, meetings[7]!];
    });
    const line = (tree['styr.yaml'] as string).split('\n').indexOf('councilMeetings:') + 1;
    expect(line).toBeGreaterThan(1);
    const unique = loadTree(tree, undefined, 'en').diagnostics.filter((d) => d.rule === 'schema/unique');
    expect(unique).toHaveLength(1);
    expect(unique[0]).toMatchObject({
      file: 'styr.yaml',
      pointer: '/councilMeetings',
      message: "'councilMeetings' lists the same value twice (items 7 and 1000)",
      range: { line },
    });
  });
});

describe('the linear uniqueItems keyword', () => {
  const schema = { type: 'array', uniqueItems: true };

  function compiled(standalone: boolean): ValidateFunction {
    const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: standalone } });
    useLinearUniqueItems(ajv);
    if (!standalone) return ajv.compile(schema);
    ajv.addSchema(schema, 'list');
    const generate = ((standaloneCode as unknown as { default?: unknown }).default ?? standaloneCode) as (ajv: Ajv2020, refs: Record<string, string>) => string;
    const module: { exports: Record<string, ValidateFunction> } = { exports: {} };
    new Function('module', 'exports', 'require', generate(ajv, { list: 'list' }))(module, module.exports, () => {
      throw new Error('the standalone validator needs no module');
    });
    return module.exports.list!;
  }

  for (const standalone of [false, true]) {
    const mode = standalone ? 'standalone' : 'compiled at run time';
    it(`finds equal items as ajv does (${mode})`, () => {
      const validate = compiled(standalone);
      const duplicate = (items: unknown[]) => (validate(items) ? null : validate.errors!.map((e) => [e.keyword, e.params]));
      expect(duplicate(['a', 'b', 'c'])).toBeNull();
      expect(duplicate(['a', 'b', 'a'])).toEqual([['uniqueItems', { i: 2, j: 0 }]]);
      // Values of different types are different; NaN equals nothing.
      expect(duplicate([1, '1', true, 'true', null, 'null', NaN, NaN])).toBeNull();
      // Objects are equal whatever their key order; keys that are Object.prototype names are plain keys.
      expect(
        duplicate([
          { a: 1, b: [1, { c: 2, d: 3 }] },
          { b: [1, { d: 3, c: 2 }], a: 1 },
        ]),
      ).toEqual([['uniqueItems', { i: 1, j: 0 }]]);
      expect(duplicate([{ a: 1 }, { a: 1, b: 1 }, [1, 2], [2, 1], JSON.parse('{"__proto__": 1}'), JSON.parse('{"__proto__": 2}')])).toBeNull();
      expect(duplicate([JSON.parse('{"__proto__": {"x": 1}}'), JSON.parse('{"__proto__": {"x": 1}}')])).toEqual([['uniqueItems', { i: 1, j: 0 }]]);
    });

    it(`checks ${N * 2} items (${mode})`, () => {
      const validate = compiled(standalone);
      const items = Array.from({ length: N * 2 }, (_, i) => ({ n: i }));
      expect(validate(items)).toBe(true);
      expect(validate([...items, { n: 3 }])).toBe(false);
    });
  }
});
