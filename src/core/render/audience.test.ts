import { describe, expect, it } from 'vitest';
import { loadSchemas } from '../../io/files.js';
import { audienceTree, internalFields } from '../model/audience.js';
import type { RepositoryModel } from '../model/repository.js';
import { loadTree, readTree } from '../../../test/helpers/repo.js';
import { DOCUMENT_READERS, publicModel } from './audience.js';
import { DOCUMENTS } from './documents.js';
import { KINDS } from '../kinds/registry.js';

const schemas = loadSchemas();
const example: RepositoryModel = loadTree(readTree(new URL('../../../data', import.meta.url).pathname), '2026-11-29').model;

/** The value at a dotted path, through lists: every value found. */
function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  if (path.length === 0) return value === undefined ? [] : [value];
  if (typeof value !== 'object' || value === null) return [];
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}

describe('the public view of the model', () => {
  it('decides the readers of every document', () => {
    expect(Object.keys(DOCUMENT_READERS).sort()).toEqual(DOCUMENTS.map((d) => d.name).sort());
  });

  const view = publicModel(example, schemas);

  it('holds no value of any field the schemas annotate internal, in any record of any kind', () => {
    const left: string[] = [];
    for (const kind of KINDS) {
      const fields = internalFields(audienceTree(schemas.get(kind.schema)!));
      for (const rec of view.records[kind.name].values())
        for (const field of fields) if (valuesAt(rec.data, field.path.split('.')).length) left.push(`${kind.name}/${rec.id}: ${field.path}`);
    }
    expect(left).toEqual([]);
  });

  it('the example data has values in internal fields to leave out', () => {
    expect(valuesAt(example.records.person.get('magnus-fiktivsson')?.data, ['email'])).toHaveLength(1);
  });

  it('leaves out records marked internal and every reference to them', () => {
    expect(example.records.system.get('sakerhetskopiering')?.data).toMatchObject({ internal: true });
    expect(view.records.system.has('sakerhetskopiering')).toBe(false);
    const mentions: string[] = [];
    for (const kind of KINDS)
      for (const rec of view.records[kind.name].values()) if (JSON.stringify(rec.data).includes('"sakerhetskopiering"')) mentions.push(`${kind.name}/${rec.id}`);
    expect(mentions).toEqual([]);
    for (const rec of view.records.contract.values()) expect((rec.data as { internal?: boolean }).internal).not.toBe(true);
  });

  it('leaves the model it is given as it was', () => {
    expect(example.records.person.get('magnus-fiktivsson')?.data).toHaveProperty('email');
    expect(example.config.costs).toBeDefined();
    expect(view.config.costs).toBeUndefined();
  });
});
