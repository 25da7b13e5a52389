import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import { en } from '../i18n/en.js';
import { sv } from '../i18n/sv.js';
import { CATALOG as LABELS } from '../i18n/catalog.js';
import type { MessageKey as LabelKey } from '../i18n/catalog.js';
import { invalidValueProblem, skippedRecordsNote, unknownIdProblem } from './common.js';

describe('what the query commands share', () => {
  it('names an unknown id with the closest known one, and calls a RACI matrix a process', () => {
    const model = loadTree(validTree()).model;
    expect(unknownIdProblem(model, 'unit', 'utbildning', '--unit')).toBeUndefined();
    expect(unknownIdProblem(model, 'unit', 'utbilding', '--unit')).toBe("--unit: unknown unit 'utbilding' — did you mean 'utbildning'?");
    expect(unknownIdProblem(model, 'person', 'nobody-at-all', '--owner')).toBe("--owner: unknown person 'nobody-at-all'");
    expect(unknownIdProblem(model, 'raci', 'bestalning')).toBe("unknown process 'bestalning' — did you mean 'bestallning'?");
  });

  it('names the allowed values of a closed vocabulary', () => {
    expect(invalidValueProblem('--level', 'level', 'tactical', ['strategic', 'tactical'])).toBeUndefined();
    expect(invalidValueProblem('--level', 'level', 'tacticle', ['strategic', 'tactical'])).toBe(
      "--level: unknown level 'tacticle' — did you mean 'tactical'? (strategic, tactical)",
    );
  });

  it('notes records of the kind that failed validation or could not be parsed, as styr order list does', () => {
    expect(skippedRecordsNote(loadTree(validTree()).model, [], 'system')).toBeUndefined();
    const broken = loadTree(edit(validTree(), 'systems/katalog.yaml', (s) => (s.lifecycle = 'live')));
    expect(skippedRecordsNote(broken.model, broken.diagnostics, 'system')).toBe('1 system file has errors and is left out; run styr validate');
    expect(skippedRecordsNote(broken.model, broken.diagnostics, 'role')).toBeUndefined();
    const unreadable = loadTree({ ...validTree(), 'roles/trasig.yaml': 'id: trasig\nname: [oavslutad\n' });
    expect(skippedRecordsNote(unreadable.model, unreadable.diagnostics, 'role')).toBe('1 role file has errors and is left out; run styr validate');
  });

  it('prints vocabularies in the same words as the rendered documents', () => {
    for (const [labels, table] of [
      [sv, LABELS.sv],
      [en, LABELS.en],
    ] as const) {
      const groups = { lifecycle: labels.lifecycle, level: labels.level, staffing: labels.staffing, recruitmentStatus: labels.recruitmentStatus, outcome: labels.noticeOutcome, raciLetter: labels.raciLetter };
      for (const [group, words] of Object.entries(groups)) {
        for (const [value, word] of Object.entries(words)) expect(word, `${labels.language} ${group}.${value}`).toBe(table[`${group}.${value}` as LabelKey]);
      }
      expect(labels.renewal.none).toBe(table['contracts.renewal.none']);
    }
  });
});
