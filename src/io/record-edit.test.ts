import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editRecordText, RecordEditError } from './record-edit.js';
import type { FieldEdit } from './record-edit.js';

const SYSTEM = `# yaml-language-server: $schema=../../schemas/system.schema.json
id: ekonomisystem   # stays
name: "Ekonomisystemet"
lifecycle: development

# Klassning enligt KLASSA
classification:
    confidentiality: 2   # odd indentation
    integrity: 2
integrations:
  - target: lonesystem
    protocol: API
  - target: ekonomi   # the one
    protocol: FTP
    direction: out
holders: [anna-berg, olof-pahittson]
tags:
- a
- b
notes: |
  rad ett
  rad två
`;

function edit(text: string, ...edits: FieldEdit[]): string {
  return editRecordText(text, 'yaml', edits);
}

/** The text with the lines of `from` replaced by `to`, for asserting "only this changed". */
function replaced(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('editRecordText: set', () => {
  it('replaces a scalar in place and keeps the comment, quotes and every other byte', () => {
    expect(edit(SYSTEM, { op: 'set', path: ['id'], value: 'ny' })).toBe(replaced(SYSTEM, 'id: ekonomisystem   # stays', 'id: ny   # stays'));
    expect(edit(SYSTEM, { op: 'set', path: ['name'], value: 'Ekonomi' })).toBe(replaced(SYSTEM, 'name: "Ekonomisystemet"', 'name: "Ekonomi"'));
  });

  it('sets a nested field at the file’s own odd indentation', () => {
    expect(edit(SYSTEM, { op: 'set', path: ['classification', 'integrity'], value: 3 })).toBe(replaced(SYSTEM, '    integrity: 2\n', '    integrity: 3\n'));
    expect(edit(SYSTEM, { op: 'set', path: ['classification', 'availability'], value: 3 })).toBe(
      replaced(SYSTEM, '    integrity: 2\n', '    integrity: 2\n    availability: 3\n'),
    );
  });

  it('creates missing maps along a nested path', () => {
    const out = edit(SYSTEM, { op: 'set', path: ['costs', 'yearly', 'licence'], value: 120000 });
    expect(out).toBe(`${SYSTEM}costs:\n    yearly:\n        licence: 120000\n`);
    expect(parse(out).costs).toEqual({ yearly: { licence: 120000 } });
  });

  it('fills a field written without a value, keeping its comment', () => {
    const text = 'id: x\nowner: # vem?\nname: y\n';
    expect(edit(text, { op: 'set', path: ['owner'], value: 'karin' })).toBe('id: x\nowner: karin # vem?\nname: y\n');
    const nested = edit(text, { op: 'set', path: ['owner', 'person'], value: 'karin' });
    expect(nested).toBe('id: x\nowner: # vem?\n  person: karin\nname: y\n');
    expect(parse(nested).owner).toEqual({ person: 'karin' });
  });

  it('selects a list item by a field', () => {
    const out = edit(SYSTEM, { op: 'set', path: ['integrations', { key: 'target', value: 'ekonomi' }, 'protocol'], value: 'SFTP' });
    expect(out).toBe(replaced(SYSTEM, '    protocol: FTP\n', '    protocol: SFTP\n'));
  });

  it('selects a list item by index', () => {
    const out = edit(SYSTEM, { op: 'set', path: ['integrations', 0, 'protocol'], value: 'SFTP' });
    expect(out).toBe(replaced(SYSTEM, '    protocol: API\n', '    protocol: SFTP\n'));
  });

  it('adds a field to a list item', () => {
    const out = edit(SYSTEM, { op: 'set', path: ['integrations', { key: 'target', value: 'lonesystem' }, 'direction'], value: 'in' });
    expect(out).toBe(replaced(SYSTEM, '    protocol: API\n', '    protocol: API\n    direction: in\n'));
  });

  it('quotes a value that would read as another type', () => {
    const out = edit(SYSTEM, { op: 'set', path: ['lifecycle'], value: '123' });
    expect(parse(out).lifecycle).toBe('123');
    expect(parse(edit(SYSTEM, { op: 'set', path: ['lifecycle'], value: 'a: b # c' })).lifecycle).toBe('a: b # c');
  });

  it('replaces a block scalar', () => {
    expect(edit(SYSTEM, { op: 'set', path: ['notes'], value: 'kort' })).toBe(replaced(SYSTEM, 'notes: |\n  rad ett\n  rad två\n', 'notes: kort\n'));
  });

  it('replaces a whole list in the list’s own style', () => {
    expect(edit(SYSTEM, { op: 'set', path: ['holders'], value: ['x'] })).toBe(replaced(SYSTEM, 'holders: [anna-berg, olof-pahittson]', 'holders: [x]'));
    expect(edit(SYSTEM, { op: 'set', path: ['tags'], value: ['c'] })).toBe(replaced(SYSTEM, 'tags:\n- a\n- b\n', 'tags:\n- c\n'));
  });

  it('writes a new list of mappings as a block', () => {
    const out = edit('id: x\n', { op: 'set', path: ['integrations'], value: [{ target: 'a', protocol: 'API' }] });
    expect(out).toBe('id: x\nintegrations:\n  - target: a\n    protocol: API\n');
  });

  it('applies several edits in turn', () => {
    const out = edit(SYSTEM, { op: 'set', path: ['lifecycle'], value: 'production' }, { op: 'set', path: ['owner'], value: 'karin' });
    expect(out).toBe(`${replaced(SYSTEM, 'lifecycle: development', 'lifecycle: production')}owner: karin\n`);
  });

  it('keeps a file without a final line break working', () => {
    expect(edit('id: x', { op: 'set', path: ['a'], value: 1 })).toBe('id: x\na: 1\n');
  });

  it('edits flow mappings in place', () => {
    expect(edit('id: x\nm: {a: 1, b: 2}\n', { op: 'set', path: ['m', 'b'], value: 3 })).toBe('id: x\nm: {a: 1, b: 3}\n');
    expect(edit('id: x\nm: {a: 1}\n', { op: 'set', path: ['m', 'c'], value: 3 })).toBe('id: x\nm: {a: 1, c: 3}\n');
  });
});

describe('editRecordText: unset', () => {
  it('removes a field’s line and nothing else', () => {
    expect(edit(SYSTEM, { op: 'unset', path: ['lifecycle'] })).toBe(replaced(SYSTEM, 'lifecycle: development\n', ''));
    expect(edit(SYSTEM, { op: 'unset', path: ['notes'] })).toBe(replaced(SYSTEM, 'notes: |\n  rad ett\n  rad två\n', ''));
  });

  it('removes a nested block and keeps the comment above the next field', () => {
    const text = 'id: x\nm:\n  a: 1\n  b: 2\n# om n\nn: 1\n';
    expect(edit(text, { op: 'unset', path: ['m'] })).toBe('id: x\n# om n\nn: 1\n');
    expect(edit(text, { op: 'unset', path: ['m', 'a'] })).toBe('id: x\nm:\n  b: 2\n# om n\nn: 1\n');
  });

  it('leaves an empty mapping when the last field of a nested map goes', () => {
    expect(edit('id: x\nm:\n  a: 1\nn: 2\n', { op: 'unset', path: ['m', 'a'] })).toBe('id: x\nm: {}\nn: 2\n');
  });

  it('removes the first field of a list item by moving the next one up', () => {
    const out = edit(SYSTEM, { op: 'unset', path: ['integrations', 1, 'target'] });
    expect(out).toBe(replaced(SYSTEM, '  - target: ekonomi   # the one\n    protocol: FTP', '  - protocol: FTP'));
  });

  it('removes a list item selected by a field', () => {
    const out = edit(SYSTEM, { op: 'unset', path: ['integrations', { key: 'target', value: 'lonesystem' }] });
    expect(out).toBe(replaced(SYSTEM, '  - target: lonesystem\n    protocol: API\n', ''));
  });

  it('does nothing for a field that is not there', () => {
    expect(edit(SYSTEM, { op: 'unset', path: ['nope'] })).toBe(SYSTEM);
  });
});

describe('editRecordText: lists', () => {
  it('appends to a flow list', () => {
    expect(edit(SYSTEM, { op: 'append', path: ['holders'], value: 'karin' })).toBe(
      replaced(SYSTEM, 'holders: [anna-berg, olof-pahittson]', 'holders: [anna-berg, olof-pahittson, karin]'),
    );
    expect(edit('holders: []\n', { op: 'append', path: ['holders'], value: 'karin' })).toBe('holders: [karin]\n');
  });

  it('appends to a block list at its own indentation', () => {
    expect(edit(SYSTEM, { op: 'append', path: ['tags'], value: 'c' })).toBe(replaced(SYSTEM, '- b\n', '- b\n- c\n'));
  });

  it('appends a mapping to a list of mappings in its style', () => {
    const out = edit(SYSTEM, { op: 'append', path: ['integrations'], value: { target: 'gis', protocol: 'WMS' } });
    expect(out).toBe(replaced(SYSTEM, '    direction: out\n', '    direction: out\n  - target: gis\n    protocol: WMS\n'));
  });

  it('creates a missing or empty list', () => {
    expect(edit('id: x\n', { op: 'append', path: ['holders'], value: 'anna' })).toBe('id: x\nholders: [anna]\n');
    expect(edit('id: x\nholders:\nb: 1\n', { op: 'append', path: ['holders'], value: 'anna' })).toBe('id: x\nholders: [anna]\nb: 1\n');
  });

  it('removes an item from a flow list and a block list', () => {
    expect(edit(SYSTEM, { op: 'remove', path: ['holders'], value: 'anna-berg' })).toBe(
      replaced(SYSTEM, 'holders: [anna-berg, olof-pahittson]', 'holders: [olof-pahittson]'),
    );
    expect(edit(SYSTEM, { op: 'remove', path: ['holders'], value: 'olof-pahittson' })).toBe(
      replaced(SYSTEM, 'holders: [anna-berg, olof-pahittson]', 'holders: [anna-berg]'),
    );
    expect(edit(SYSTEM, { op: 'remove', path: ['tags'], value: 'a' })).toBe(replaced(SYSTEM, '- a\n', ''));
  });

  it('leaves an empty list when the last item goes', () => {
    expect(edit('holders:\n  - anna # x\nb: 1\n', { op: 'remove', path: ['holders'], value: 'anna' })).toBe('holders: []\nb: 1\n');
  });

  it('refuses to remove what the list does not hold', () => {
    expect(() => edit(SYSTEM, { op: 'remove', path: ['holders'], value: 'nobody' })).toThrow(RecordEditError);
    expect(() => edit(SYSTEM, { op: 'append', path: ['name'], value: 'x' })).toThrow(/not a list/);
  });
});

describe('editRecordText: refusals', () => {
  it('names the path of a list item that does not exist', () => {
    const attempt = (): string => edit(SYSTEM, { op: 'set', path: ['integrations', { key: 'target', value: 'nej' }, 'protocol'], value: 'x' });
    expect(attempt).toThrow("'integrations[target=nej]': no item has target = nej");
    try {
      attempt();
    } catch (e) {
      expect((e as RecordEditError).path).toEqual(['integrations', { key: 'target', value: 'nej' }, 'protocol']);
    }
  });

  it('refuses a field below a plain value and a file that is not YAML', () => {
    expect(() => edit(SYSTEM, { op: 'set', path: ['name', 'x'], value: 1 })).toThrow(/not a mapping/);
    expect(() => edit('a: [\n', { op: 'set', path: ['a'], value: 1 })).toThrow(/not valid YAML/);
  });
});

describe('editRecordText: line endings and Markdown', () => {
  it('keeps CRLF line endings and writes new lines with them', () => {
    const crlf = SYSTEM.replace(/\n/g, '\r\n');
    const out = edit(
      crlf,
      { op: 'set', path: ['classification', 'availability'], value: 3 },
      { op: 'append', path: ['tags'], value: 'c' },
      { op: 'unset', path: ['lifecycle'] },
      { op: 'append', path: ['integrations'], value: { target: 'gis', protocol: 'WMS' } },
    );
    const expected = SYSTEM.replace('    integrity: 2\n', '    integrity: 2\n    availability: 3\n')
      .replace('- b\n', '- b\n- c\n')
      .replace('lifecycle: development\n', '')
      .replace('    direction: out\n', '    direction: out\n  - target: gis\n    protocol: WMS\n')
      .replace(/\n/g, '\r\n');
    expect(out).toBe(expected);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('keeps a byte-order mark', () => {
    expect(edit('\ufeffid: x\n', { op: 'set', path: ['id'], value: 'y' })).toBe('\ufeffid: y\n');
  });

  it('edits Markdown front matter and leaves the body alone', () => {
    const md = '---\nid: 2026-11-12-bit\nstatus: proposed # ännu inte\norders:\n  - order: ORD-1\n    outcome: approved\n---\n\n# Rubrik\n\nstatus: proposed\n---\n';
    const out = editRecordText(md, 'markdown', [
      { op: 'set', path: ['status'], value: 'accepted' },
      { op: 'append', path: ['orders'], value: { order: 'ORD-2', outcome: 'tabled' } },
    ]);
    expect(out).toBe(
      '---\nid: 2026-11-12-bit\nstatus: accepted # ännu inte\norders:\n  - order: ORD-1\n    outcome: approved\n  - order: ORD-2\n    outcome: tabled\n---\n\n# Rubrik\n\nstatus: proposed\n---\n',
    );
  });

  it('edits CRLF Markdown front matter', () => {
    const md = '---\r\nid: x\r\ndeciders: [a]\r\n---\r\nText\r\n';
    expect(editRecordText(md, 'markdown', [{ op: 'append', path: ['deciders'], value: 'b' }])).toBe('---\r\nid: x\r\ndeciders: [a, b]\r\n---\r\nText\r\n');
    expect(editRecordText(md, 'markdown', [{ op: 'set', path: ['consulted'], value: ['c'] }])).toBe('---\r\nid: x\r\ndeciders: [a]\r\nconsulted: [c]\r\n---\r\nText\r\n');
  });

  it('refuses Markdown without front matter', () => {
    expect(() => editRecordText('# Rubrik\n', 'markdown', [{ op: 'set', path: ['id'], value: 'x' }])).toThrow(RecordEditError);
  });
});
