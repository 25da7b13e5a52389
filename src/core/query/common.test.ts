import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import { invalidValueProblem, skippedRecords, unknownIdProblem } from './common.js';

describe('what the query commands share', () => {
  it('names an unknown id with the closest known one, and calls a RACI matrix a process', () => {
    const model = loadTree(validTree()).model;
    expect(unknownIdProblem(model, 'unit', 'utbildning', '--unit')).toBeUndefined();
    expect(unknownIdProblem(model, 'unit', 'utbilding', '--unit')).toEqual({
      id: 'query.unknownId',
      kind: 'unit',
      value: 'utbilding',
      flag: '--unit',
      guess: 'utbildning',
    });
    expect(unknownIdProblem(model, 'person', 'nobody-at-all', '--owner')).toEqual({ id: 'query.unknownId', kind: 'person', value: 'nobody-at-all', flag: '--owner' });
    expect(unknownIdProblem(model, 'raci', 'bestalning')).toEqual({ id: 'query.unknownId', kind: 'raci', value: 'bestalning', guess: 'bestallning' });
  });

  it('names the allowed values of a closed vocabulary', () => {
    expect(invalidValueProblem('--level', 'tactical', ['strategic', 'tactical'])).toBeUndefined();
    expect(invalidValueProblem('--level', 'tacticle', ['strategic', 'tactical'])).toEqual({
      id: 'query.invalidValue',
      flag: '--level',
      value: 'tacticle',
      guess: 'tactical',
      allowed: ['strategic', 'tactical'],
    });
  });

  it('counts records of the kind that failed validation or could not be parsed, as styr order list does', () => {
    expect(skippedRecords(loadTree(validTree()).model, [], 'system')).toBe(0);
    const broken = loadTree(edit(validTree(), 'systems/katalog.yaml', (s) => (s.lifecycle = 'live')));
    expect(skippedRecords(broken.model, broken.diagnostics, 'system')).toBe(1);
    expect(skippedRecords(broken.model, broken.diagnostics, 'role')).toBe(0);
    const unreadable = loadTree({ ...validTree(), 'roles/trasig.yaml': 'id: trasig\nname: [oavslutad\n' });
    expect(skippedRecords(unreadable.model, unreadable.diagnostics, 'role')).toBe(1);
  });
});
