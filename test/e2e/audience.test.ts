// styr render --audience: the documents of each rendering, the line on every
// page, the bad value, and styr.yaml's per-field overrides in both directions.
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_READERS } from '../../src/core/render/audience.js';
import { ROOT, styr, tempDir } from '../helpers/cli.js';
import { brokenLinks, listFiles } from '../helpers/links.js';

const DATA = join(ROOT, 'data');
const TODAY = '2026-11-29';
const PUBLIC_LINE = 'Publik utgåva: sidan visar bara det som alla får läsa.';
const INTERNAL_LINE = 'Intern utgåva: sidan innehåller interna uppgifter och får inte publiceras utanför organisationen.';

describe('styr render --audience on the example data', () => {
  const tmp = tempDir('styr-audience-');
  const pub = join(tmp.dir, 'public');
  const internal = join(tmp.dir, 'internal');
  beforeAll(() => {
    const p = styr(['render', '--data', DATA, '--today', TODAY, '--out', pub, '--html', '--audience', 'public']);
    expect(p.code, p.stderr).toBe(0);
    const i = styr(['render', '--data', DATA, '--today', TODAY, '--out', internal, '--html']);
    expect(i.code, i.stderr).toBe(0);
  }, 120_000);
  afterAll(() => tmp.cleanup());
  const pages = (dir: string, ext: string) => listFiles(dir).filter((f) => f.endsWith(ext));
  const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

  it('renders only the public documents for the public, and every document by default', () => {
    const publicDocs = Object.entries(DOCUMENT_READERS)
      .filter(([, readers]) => readers === 'public')
      .map(([name]) => name);
    const top = (dir: string) => [...new Set(pages(dir, '.md').map((f) => (f.includes('/') ? f.slice(0, f.indexOf('/')) : f)))].sort();
    expect(top(pub)).toEqual([...publicDocs, 'index.md'].sort());
    expect(top(internal)).toEqual([...Object.keys(DOCUMENT_READERS), 'index.md'].sort());
    expect(pages(pub, '.md').length).toBeLessThan(pages(internal, '.md').length);
  });

  it('lists on the index only the documents rendered, and leaves no link broken', () => {
    const index = read(pub, 'index.md');
    expect(index).toContain('(catalog/index.md)');
    expect(index).not.toContain('(contracts/index.md)');
    expect(index).not.toContain('(economy/index.md)');
    expect(brokenLinks(pub).broken).toEqual([]);
  });

  it('says on every page who it was rendered for, in the Markdown and in the HTML', () => {
    for (const file of pages(pub, '.md')) expect(read(pub, file), file).toContain(PUBLIC_LINE);
    for (const file of pages(pub, '.html')) {
      const html = read(pub, file);
      expect(html, file).toContain('<meta name="styr-audience" content="public">');
      expect(html, file).toContain(PUBLIC_LINE);
    }
    for (const file of pages(internal, '.md')) expect(read(internal, file), file).toContain(INTERNAL_LINE);
    for (const file of pages(internal, '.html')) expect(read(internal, file), file).toContain('<meta name="styr-audience" content="internal">');
  });

  it('leaves internal sections out of public documents and keeps them in the internal ones', () => {
    const council = read(pub, 'council/index.md');
    expect(council).toContain('## Beslut de senaste');
    // The orders and the preparers' proposals are public; rank, score and money are not.
    expect(council).toContain('## Beställningar som väntar på beslut');
    expect(council).toContain('### Förslag till beslut');
    expect(council).not.toContain('### Så räknas poängen');
    expect(council).not.toContain('### Kostnader för förslagen');
    expect(council).not.toContain('| Rang |');
    expect(read(internal, 'council/index.md')).toContain('### Kostnader för förslagen');
    expect(council).not.toContain('## Vakanta nyckelroller');
    expect(read(internal, 'council/index.md')).toContain('## Vakanta nyckelroller');
    const tactical = read(pub, 'tactical-plan/index.md');
    expect(tactical).toContain('## Årets initiativ per område');
    expect(tactical).not.toContain('## Risker');
    expect(read(internal, 'tactical-plan/index.md')).toContain('## Risker');
    expect(read(pub, 'roles/index.md')).not.toContain('## Vakanser');
  });
});

describe('styr render --audience with a bad value', () => {
  it('stops with one line naming the allowed values, exit 2, nothing written', () => {
    const tmp = tempDir('styr-audience-bad-');
    try {
      const out = join(tmp.dir, 'site');
      const r = styr(['render', '--data', DATA, '--today', TODAY, '--out', out, '--audience', 'everyone']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('styr: ogiltig läsekrets ”everyone” för --audience: välj public eller internal\n');
      expect(existsSync(out)).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('styr.yaml audience.fields', () => {
  const PHONE = '08-555 123 45';
  const DESCRIPTION = 'En väg in för alla IT-frågor';
  const tmp = tempDir('styr-audience-config-');
  const data = join(tmp.dir, 'data');
  const config = join(data, 'styr.yaml');
  const original = readFileSync(join(DATA, 'styr.yaml'), 'utf8');
  beforeAll(() => {
    cpSync(DATA, data, { recursive: true });
    appendFileSync(join(data, 'people', 'magnus-fiktivsson.yaml'), `phone: ${PHONE}\n`);
  });
  afterAll(() => tmp.cleanup());
  const render = (out: string, audience: string) => {
    const r = styr(['render', 'catalog', '--data', data, '--today', TODAY, '--out', join(tmp.dir, out), '--audience', audience]);
    expect(r.code, r.stderr).toBe(0);
    return readFileSync(join(tmp.dir, out, 'catalog', 'services', 'servicedesk.md'), 'utf8');
  };

  it('keeps a phone number off a public page by default, and the service description on it', () => {
    const page = render('default', 'public');
    expect(page).not.toContain(PHONE);
    expect(page).toContain(DESCRIPTION);
  });

  it('widens a field to public and narrows another to internal', () => {
    writeFileSync(config, `${original}audience:\n  fields:\n    person.phone: public\n    service.description: internal\n`);
    const page = render('overridden', 'public');
    expect(page).toContain(PHONE);
    expect(page).not.toContain(DESCRIPTION);
    expect(page).not.toContain('magnus.fiktivsson@lovsala.example'); // e-mail stays internal: only the phone was widened
    const internalPage = render('overridden-internal', 'internal');
    expect(internalPage).toContain(DESCRIPTION);
  });

  it('reports an unknown kind or field with the file and line, as an error', () => {
    const lines = original.split('\n').length;
    writeFileSync(config, `${original}audience:\n  fields:\n    person.phnoe: internal\n    persn.email: public\n`);
    const r = styr(['validate', '--data', data, '--today', TODAY, '--format', 'json']);
    expect(r.code).toBe(1);
    const problems = (JSON.parse(r.stdout) as { problems: { rule: string; file: string; line: number; message: string; hint?: string }[] }).problems.filter(
      (p) => p.rule === 'config/unknown-audience-field',
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'styr.yaml',
        line: lines + 2,
        message: "postslaget person har inget fält 'phnoe' (audience.fields: 'person.phnoe')",
        hint: "Menade du 'person.phone'?",
      }),
      expect.objectContaining({
        file: 'styr.yaml',
        line: lines + 3,
        message: "okänt postslag 'persn' i audience.fields: 'persn.email'",
        hint: "Menade du 'person.email'?",
      }),
    ]);
  });
});
