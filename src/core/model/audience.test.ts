import { describe, expect, it } from 'vitest';
import { audienceTree, fieldAt, internalFields, publicView } from './audience.js';

// A schema with every way a field can be reached: a property, a $ref into
// $defs (annotated beside the $ref and inside the definition), list items and map values.
const SCHEMA = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    phone: { type: 'string', 'x-audience': 'internal' },
    budget: { $ref: '#/$defs/budget', 'x-audience': 'internal' },
    activities: { type: 'array', items: { $ref: '#/$defs/activity' } },
    byUnit: { type: 'object', additionalProperties: { $ref: '#/$defs/activity' } },
  },
  $defs: {
    budget: { type: 'object', properties: { total: { type: 'integer' }, note: { type: 'string' } } },
    activity: { type: 'object', properties: { name: { type: 'string' }, cost: { type: 'number', 'x-audience': 'internal' } } },
  },
};

const RECORD = {
  id: 'a',
  name: 'A',
  phone: '08-1',
  budget: { total: 100, note: 'n' },
  activities: [{ name: 'x', cost: 5 }, { name: 'y' }],
  byUnit: { it: { name: 'z', cost: 7 } },
};

describe('the audience of schema fields', () => {
  it('finds the fields through properties, $ref, items and additionalProperties', () => {
    const tree = audienceTree(SCHEMA);
    expect(fieldAt(tree, 'budget.total')?.path).toBe('budget.total');
    expect(fieldAt(tree, 'activities.cost')?.annotated).toBe('internal');
    expect(fieldAt(tree, 'byUnit.cost')?.annotated).toBe('internal');
    expect(fieldAt(tree, 'activities.missing')).toBeUndefined();
    expect(internalFields(tree).map((f) => f.path)).toEqual(['activities.cost', 'budget', 'budget.note', 'budget.total', 'byUnit.cost', 'phone']);
  });

  it('leaves out every internal field, at any depth, and nothing else', () => {
    expect(publicView(audienceTree(SCHEMA))(RECORD)).toEqual({ id: 'a', name: 'A', activities: [{ name: 'x' }, { name: 'y' }], byUnit: { it: { name: 'z' } } });
  });

  it('does not change the record it is given', () => {
    const copy = structuredClone(RECORD);
    publicView(audienceTree(SCHEMA))(RECORD);
    expect(RECORD).toEqual(copy);
  });

  it('widens a field to public and narrows another to internal', () => {
    const view = publicView(
      audienceTree(SCHEMA),
      new Map([
        ['phone', 'public'],
        ['name', 'internal'],
      ]),
    );
    expect(view(RECORD)).toMatchObject({ phone: '08-1' });
    expect(view(RECORD)).not.toHaveProperty('name');
  });

  it('widens one field inside an internal one, keeping only that part of it', () => {
    const view = publicView(audienceTree(SCHEMA), new Map([['budget.total', 'public']]));
    expect((view(RECORD) as { budget: unknown }).budget).toEqual({ total: 100 });
  });

  it('leaves a value of a schema without internal fields as it is', () => {
    const view = publicView(audienceTree({ type: 'object', properties: { a: { type: 'string' } } }));
    const value = { a: 'x' };
    expect(view(value)).toBe(value);
  });
});
