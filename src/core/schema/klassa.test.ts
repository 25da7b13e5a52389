// Classification follows KLASSA: levels 0–4 (ingen eller försumbar … synnerligen
// allvarlig), aspects konfidentialitet, riktighet, tillgänglighet (K-R-T).
// Values from before get a problem that says what to write instead; level 4
// without a stated reason is a warning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import { CLASS_LEVELS } from '../model/types.js';
import { createTranslator } from '../i18n/translate.js';

const withClassification = (classification: Record<string, unknown>): FileTree =>
  edit(
    validTree(),
    'systems/katalog.yaml',
    (s) => (s.classification = { confidentiality: 'moderate', integrity: 'significant', availability: 'moderate', ...classification }),
  );
const katalog = (tree: FileTree, lang: 'sv' | 'en' = 'sv') => loadTree(tree, undefined, lang).diagnostics.filter((d) => d.file === 'systems/katalog.yaml');

describe('KLASSA classification', () => {
  it('has the five levels 0–4 and the three aspects K-R-T in that order, in the schema and the labels', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../../schemas/system.schema.json'), 'utf8'));
    expect(schema.$defs.classLevel.enum).toEqual([...CLASS_LEVELS]);
    expect(Object.keys(schema.$defs.classification.properties)).toEqual(['confidentiality', 'integrity', 'availability', 'topLevelReason', 'assessed']);
    const sv = createTranslator('sv');
    expect(CLASS_LEVELS.map((l) => sv(`class.${l}`))).toEqual(['ingen eller försumbar', 'måttlig', 'betydande', 'allvarlig', 'synnerligen allvarlig']);
  });

  it('reports a traceability aspect as not KLASSA, with a hint to remove it, and nothing else', () => {
    const [d, ...rest] = katalog(withClassification({ traceability: 'moderate' }));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      rule: 'schema/klassa',
      severity: 'error',
      pointer: '/classification/traceability',
      message: "spårbarhet ('traceability') är inte en aspekt i KLASSA",
    });
    expect(d!.hint).toContain('Ta bort `traceability:`');
  });

  it('reports the old top level very-serious with what to write instead', () => {
    const [d, ...rest] = katalog(withClassification({ confidentiality: 'very-serious' }), 'en');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'schema/klassa', pointer: '/classification/confidentiality', message: "'very-serious' is not a KLASSA level ('confidentiality')" });
    expect(d!.hint).toContain('Write `confidentiality: serious`');
    expect(d!.hint).toContain('`exceptionally-serious`');
  });

  it('warns about level 4 without a stated reason, once per aspect, and not with one', () => {
    const top = katalog(withClassification({ confidentiality: 'exceptionally-serious', availability: 'exceptionally-serious' }));
    expect(top.map((d) => [d.rule, d.severity, d.pointer])).toEqual([
      ['system/classification-top-level', 'warning', '/classification/confidentiality'],
      ['system/classification-top-level', 'warning', '/classification/availability'],
    ]);
    expect(top[0]!.message).toBe("systemet 'Katalogtjänst' har nivå 4 (synnerligen allvarlig) för konfidentialitet utan angivet skäl");
    expect(katalog(withClassification({ confidentiality: 'exceptionally-serious', topLevelReason: 'Säkerhetsskyddsklassad enligt analys 2026-02' }))).toEqual([]);
  });
});
