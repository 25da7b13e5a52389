import { describe, expect, it } from 'vitest';
import { loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import { listProcesses, raciMatrix, roleAssignments } from './raci.js';

/** The fixture's bestallning plus a second matrix whose name starts with Ä. */
function withChange(tree: FileTree): FileTree {
  return {
    ...tree,
    'raci/andring.yaml': [
      'id: andring',
      'name: Ändringshantering',
      'process: change',
      'activities:',
      '  - id: godkanna',
      '    name: Godkänna ändring',
      '    roles: { it-chef: H, drifttekniker: U }',
      '',
    ].join('\n'),
  };
}

describe('styr raci (listProcesses, raciMatrix, roleAssignments)', () => {
  it('lists the matrices by name in the language’s order, with activities and the roles used', () => {
    const model = loadTree(withChange(validTree())).model;
    expect(listProcesses(model, 'sv')).toEqual([
      { id: 'bestallning', name: 'Beställning och beredning', process: 'ordering', activities: 2, roles: ['it-chef', 'bestallare', 'drifttekniker'] },
      { id: 'andring', name: 'Ändringshantering', process: 'change', activities: 1, roles: ['it-chef', 'drifttekniker'] },
    ]);
    expect(listProcesses(model, 'en').map((p) => p.id)).toEqual(['andring', 'bestallning']);
  });

  it('gives one matrix as activities in their order, roles as columns by level (strategic first)', () => {
    const matrix = raciMatrix(loadTree(validTree()).model, 'bestallning', 'sv');
    expect(matrix).toEqual({
      id: 'bestallning',
      name: 'Beställning och beredning',
      roles: ['it-chef', 'bestallare', 'drifttekniker'],
      activities: [
        { process: 'bestallning', activity: 'registrera', name: 'Registrera beställning', roles: { 'it-chef': 'I', bestallare: 'H', drifttekniker: 'U' } },
        { process: 'bestallning', activity: 'besluta', name: 'Besluta', roles: { 'it-chef': 'H', bestallare: 'K', drifttekniker: 'U' } },
      ],
    });
    // JSON keys follow the columns, not the record.
    expect(Object.keys(matrix!.activities[0]!.roles)).toEqual(['it-chef', 'bestallare', 'drifttekniker']);
    expect(raciMatrix(loadTree(validTree()).model, 'okand', 'sv')).toBeUndefined();
  });

  it('lists every activity where a role has a letter, matrices by name, optionally in one process', () => {
    const model = loadTree(withChange(validTree())).model;
    expect(roleAssignments(model, 'it-chef', 'sv').map((a) => `${a.process}/${a.activity} ${a.letter}`)).toEqual([
      'bestallning/registrera I',
      'bestallning/besluta H',
      'andring/godkanna H',
    ]);
    expect(roleAssignments(model, 'bestallare', 'sv', 'andring')).toEqual([]);
    expect(roleAssignments(model, 'drifttekniker', 'sv', 'andring')).toEqual([
      { process: 'andring', processName: 'Ändringshantering', activity: 'godkanna', activityName: 'Godkänna ändring', role: 'drifttekniker', letter: 'U' },
    ]);
  });
});
