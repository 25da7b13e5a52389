// The diff's table of enum fields against the schemas: every field a schema
// closes with an enum is listed with a vocabulary that labels every value,
// except the few whose values are written the same in every language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../i18n/catalog.js';
import { KINDS } from '../kinds/registry.js';
import { ENUM_FIELDS, enumGroupAt, fieldPattern } from './enum-fields.js';

type Json = Record<string, unknown>;

/** Letters and quarters: the same in Swedish and English, so printed as written. */
const AS_WRITTEN: Record<string, string[]> = { order: ['estimates.size'], direction: ['initiatives[].quarters[]'] };

/** Every enum in a schema by the diff's path pattern ('integrations[].direction'). */
function enumFields(schema: Json): Map<string, string[]> {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  const out = new Map<string, string[]>();
  const walk = (node: unknown, path: string, seen: readonly string[]): void => {
    if (node === null || typeof node !== 'object') return;
    const n = node as Json;
    if (typeof n.$ref === 'string') {
      const name = /^#\/\$defs\/(.+)$/.exec(n.$ref)?.[1];
      if (name && !seen.includes(name)) walk(defs[name], path, [...seen, name]);
    }
    if (Array.isArray(n.enum)) out.set(path, [...(out.get(path) ?? []), ...(n.enum as string[])]);
    const join = (key: string) => (path === '' ? key : `${path}.${key}`);
    for (const [key, child] of Object.entries((n.properties ?? {}) as Json)) walk(child, join(key), seen);
    if (n.items) walk(n.items, `${path}[]`, seen);
    if (n.additionalProperties && typeof n.additionalProperties === 'object') walk(n.additionalProperties, `${path}[]`, seen);
    for (const child of Object.values((n.patternProperties ?? {}) as Json)) walk(child, `${path}[]`, seen);
    for (const key of ['oneOf', 'anyOf', 'allOf', 'then', 'else']) {
      const list = n[key];
      if (Array.isArray(list)) for (const child of list) walk(child, path, seen);
      else if (list) walk(list, path, seen);
    }
  };
  walk(schema, '', []);
  return out;
}

describe('ENUM_FIELDS', () => {
  for (const kind of KINDS) {
    it(`labels every enum field of ${kind} records`, () => {
      const schema = JSON.parse(readFileSync(new URL(`../../../schemas/${kind.schema}`, import.meta.url), 'utf8')) as Json;
      const fields = enumFields(schema);
      const expected = [...fields.keys()].filter((p) => !(AS_WRITTEN[kind.name] ?? []).includes(p)).sort();
      expect(Object.keys(ENUM_FIELDS[kind.name]).sort()).toEqual(expected);
      for (const path of expected) {
        const group = ENUM_FIELDS[kind.name][path]!;
        for (const value of fields.get(path)!) expect(isMessageKey(`${group}.${value}`), `${kind.name} ${path} ${value}`).toBe(true);
      }
    });
  }

  it('finds the field of a path with list indexes, ids and map keys', () => {
    expect(fieldPattern('integrations[0].direction')).toBe('integrations[].direction');
    expect(fieldPattern('activities[registrera].roles["it-chef"]')).toBe('activities[].roles[]');
    expect(enumGroupAt('system', 'integrations[2].frequency')).toBe('frequency');
    expect(enumGroupAt('raci', 'activities[registrera].roles.drifttekniker')).toBe('raciLetter');
    expect(enumGroupAt('system', 'name')).toBeUndefined();
  });
});
