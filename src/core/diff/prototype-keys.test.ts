// RACI cells keyed by role ids that are Object.prototype names (issue 12 D3): a role
// `constructor` or a YAML key `__proto__` is a role like any other in the diff.
import { describe, expect, it } from 'vitest';
import { diffRecord } from './record-diff.js';

const matrix = (roles: string) => JSON.parse(`{"id":"p","name":"P","activities":[{"id":"a","name":"A","roles":${roles}}]}`) as unknown;

describe('RACI cells of roles named like Object.prototype members', () => {
  it('reports a letter given to, or taken from, roles called constructor and __proto__', () => {
    const before = matrix('{"it-chef":"H"}');
    const after = matrix('{"it-chef":"H","constructor":"U","__proto__":"K"}');
    expect(diffRecord('raci', before, after, { today: '2026-12-01' })).toEqual([
      { type: 'raci-cell', activity: 'a', role: 'constructor', from: '', to: 'U' },
      { type: 'raci-cell', activity: 'a', role: '__proto__', from: '', to: 'K' },
    ]);
    expect(diffRecord('raci', after, before, { today: '2026-12-01' })).toEqual([
      { type: 'raci-cell', activity: 'a', role: 'constructor', from: 'U', to: '' },
      { type: 'raci-cell', activity: 'a', role: '__proto__', from: 'K', to: '' },
    ]);
  });

  it('finds no change where neither side gives such a role a letter', () => {
    expect(diffRecord('raci', matrix('{"it-chef":"H"}'), matrix('{"it-chef":"H"}'), { today: '2026-12-01' })).toEqual([]);
  });
});
