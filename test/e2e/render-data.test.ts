// styr render on the example municipality in data/: what matters, asserted on
// the real data. Runs once data/ validates without errors (it is being written
// alongside this feature); until then the fixture tests in render.test.ts cover it.
import { validRecords } from '../../src/core/model/repository.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, styr, tempDir } from '../helpers/cli.js';
import { brokenLinks, listFiles } from '../helpers/links.js';
import { loadTree, readTree } from '../helpers/repo.js';

const DATA = join(ROOT, 'data');
const TODAY = '2026-12-01';
const result = loadTree(readTree(DATA), TODAY);
const clean = result.diagnostics.every((d) => d.severity !== 'error');

describe('styr render on the example data', () => {
  it('starts from example data without errors', () => {
    expect(clean).toBe(true);
  });

  const tmp = tempDir('styr-render-data-');
  const out = join(tmp.dir, 'site');
  beforeAll(() => {
    const r = styr(['render', '--data', DATA, '--today', TODAY, '--out', out, '--html']);
    expect(r.code, r.stderr).toBe(0);
  });
  afterAll(() => tmp.cleanup());
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  const model = result.model;

  it('gives every active published system and service a catalog page', () => {
    const files = new Set(listFiles(out));
    for (const s of model.records.system.values()) {
      if (!s.valid || s.data.internal || !['introduction', 'production', 'phase-out'].includes(s.data.lifecycle)) continue;
      expect(files.has(`catalog/systems/${s.id}.md`), s.id).toBe(true);
    }
    for (const s of model.records.service.values()) {
      if (!s.valid || s.data.internal || s.data.status !== 'active') continue;
      expect(files.has(`catalog/services/${s.id}.md`), s.id).toBe(true);
    }
  });

  it('leaves no link broken', () => {
    expect(brokenLinks(out).broken).toEqual([]);
  });

  it('keeps internal records, notes and costs off the catalog pages', () => {
    const catalog = listFiles(out)
      .filter((f) => f.startsWith('catalog/') && f.endsWith('.md'))
      .map(read)
      .join('\n');
    for (const kind of ['system', 'service'] as const) {
      for (const rec of validRecords(model, kind)) {
        if (rec.data.internalNote) expect(catalog).not.toContain(rec.data.internalNote);
        if (rec.data.internal) expect(listFiles(out)).not.toContain(`catalog/${kind === 'system' ? 'systems' : 'services'}/${rec.id}.md`);
      }
    }
    expect(catalog).not.toMatch(/\d\u00a0kr|Kontinuitet|Konfidentialitet/);
  });

  it('writes no undefined, NaN or [object Object]', () => {
    for (const f of listFiles(out).filter((f) => f.endsWith('.md'))) expect(read(f), f).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  it('orders the contracts by urgency: undecided by days left to the notice deadline, then those a decision covers', () => {
    const page = read('contracts/index.md');
    const table = page.slice(page.indexOf('| Avtal |'), page.indexOf('\n\n', page.indexOf('| Avtal |')));
    const rows = table
      .split('\n')
      .slice(2)
      .map((row) => row.split(' | '));
    const days = (cells: string[]) => Number(cells[5]!.replace(/\u2212/, '-').replace(/\s/g, ''));
    const decided = (cells: string[]) => cells.some((c) => c.startsWith('beslutat'));
    const undecided = rows.filter((r) => !decided(r)).map(days);
    expect(undecided.length).toBeGreaterThan(10);
    expect(undecided).toEqual([...undecided].sort((a, b) => a - b));
    // The finance system's renewal was decided before its deadline passed: listed after every undecided contract.
    expect(rows.findIndex(decided)).toBe(undecided.length);
    expect(rows[rows.length - 1]![0]).toContain('ekonomisystem-2021');
  });

  // One file snapshot per document; after an intended change to data/ or a
  // renderer: npx vitest run test/e2e/render-data.test.ts -u, and review the diff.
  it.each(['catalog', 'systems-map', 'plans', 'contracts'])('snapshot: %s', async (doc) => {
    const pages = listFiles(out).filter((f) => f.endsWith('.md') && f.split('/')[0] === doc);
    await expect(pages.map((f) => `<!-- ${f} -->\n${read(f)}`).join('\n')).toMatchFileSnapshot(`__snapshots__/render-data/${doc}.md`);
  });
});
