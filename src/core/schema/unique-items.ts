// `uniqueItems` in linear time. Ajv compares every pair of items (O(n²)) unless the
// items' own schema names a scalar `type`, and ours reach their type through a `$ref`,
// so 75,000 meeting dates in styr.yaml cost 40 seconds. This replaces ajv's keyword
// with one that keys each item (deep-equal items get equal keys, objects regardless of
// key order) and keeps the error ajv reports: keyword `uniqueItems`, params {i, j}
// with j the earlier and i the later of two equal items.
import type { Ajv, CodeKeywordDefinition, KeywordErrorDefinition } from 'ajv';
import { _, str } from 'ajv';

/**
 * The key of one item, as plain JavaScript so that it works alike in validators compiled
 * at run time and in the standalone module the build writes. NaN equals nothing, so it has no key.
 */
const ITEM_KEY = _`function (item) {
  if (typeof item !== 'object' || item === null) return item !== item ? undefined : typeof item + ':' + String(item);
  return 'json:' + JSON.stringify(item, function (name, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    var sorted = Object.create(null);
    Object.keys(value).sort().forEach(function (key) { sorted[key] = value[key]; });
    return sorted;
  });
}`;

const error: KeywordErrorDefinition = {
  message: ({ params: { i, j } }) => str`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
  params: ({ params: { i, j } }) => _`{i: ${i}, j: ${j}}`,
};

const linearUniqueItems: CodeKeywordDefinition = {
  keyword: 'uniqueItems',
  type: 'array',
  schemaType: 'boolean',
  error,
  code(cxt) {
    const { gen, data, schema } = cxt;
    if (!schema) return;
    const valid = gen.let('valid', true);
    const i = gen.let('i', 0);
    const j = gen.let('j');
    cxt.setParams({ i, j });
    const keyOf = gen.const('keyOf', ITEM_KEY);
    const seen = gen.const('seen', _`new Map()`);
    const key = gen.let('key');
    gen.for(_`; ${i} < ${data}.length; ${i}++`, () => {
      gen.assign(key, _`${keyOf}(${data}[${i}])`);
      gen.if(_`${key} === undefined`, _`continue`);
      gen.if(
        _`${seen}.has(${key})`,
        () => {
          gen.assign(j, _`${seen}.get(${key})`);
          cxt.error();
          gen.assign(valid, false).break();
        },
        () => gen.code(_`${seen}.set(${key}, ${i})`),
      );
    });
    cxt.ok(valid);
  },
};

/** Replace ajv's quadratic `uniqueItems` with the linear one; call before compiling any schema. */
export function useLinearUniqueItems(ajv: Ajv): void {
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword(linearUniqueItems);
}
