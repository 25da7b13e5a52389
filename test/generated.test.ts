// The generated record types and id patterns are current: generating them again
// from schemas/ gives exactly the checked-in files (run `npm run generate`).
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTPUTS, generate } from '../scripts/generate-types.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const checkedIn = (path: string) => readFileSync(join(root, path), 'utf8');

describe('generated files', () => {
  it('are what npm run generate makes from schemas/ (if not: run npm run generate and commit)', async () => {
    const outputs = await generate();
    expect(Object.keys(outputs).sort()).toEqual(Object.values(OUTPUTS).sort());
    for (const [path, text] of Object.entries(outputs)) expect(checkedIn(path), `${path} is stale: run npm run generate`).toBe(text);
  });

  it('go stale when a schema changes', async () => {
    const schemaDir = mkdtempSync(join(tmpdir(), 'styr-schemas-'));
    try {
      cpSync(join(root, 'schemas'), schemaDir, { recursive: true });
      const file = join(schemaDir, 'order.schema.json');
      const order = JSON.parse(readFileSync(file, 'utf8')) as { $defs: { orderStatus: { enum: string[] } }; properties: { id: { pattern: string } } };
      order.$defs.orderStatus.enum.push('archived');
      order.properties.id.pattern = '^ORD-[0-9]{8}$';
      writeFileSync(file, JSON.stringify(order, null, 2));
      const outputs = await generate({ schemaDir });
      expect(outputs[OUTPUTS.records]).not.toBe(checkedIn(OUTPUTS.records));
      expect(outputs[OUTPUTS.records]).toContain("| 'archived'");
      expect(outputs[OUTPUTS.idPatterns]).not.toBe(checkedIn(OUTPUTS.idPatterns));
    } finally {
      rmSync(schemaDir, { recursive: true, force: true });
    }
  });

  it('refuse a shared definition that differs between two schemas', async () => {
    const schemaDir = mkdtempSync(join(tmpdir(), 'styr-schemas-'));
    try {
      cpSync(join(root, 'schemas'), schemaDir, { recursive: true });
      const file = join(schemaDir, 'plan.schema.json');
      const plan = JSON.parse(readFileSync(file, 'utf8')) as { $defs: { riskLevel: { enum: string[] } } };
      plan.$defs.riskLevel.enum.push('critical');
      writeFileSync(file, JSON.stringify(plan, null, 2));
      await expect(generate({ schemaDir })).rejects.toThrow(/riskLevel differs between/);
    } finally {
      rmSync(schemaDir, { recursive: true, force: true });
    }
  });
});
