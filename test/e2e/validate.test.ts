// styr validate as a user runs it: the built CLI, real files, real exit codes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, copyFixture, styr, tempDir, writeTree } from '../helpers/cli.js';

const TODAY = ['--today', '2026-12-01'];
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function fixture(name = 'valid') {
  const t = copyFixture(name);
  cleanups.push(t.cleanup);
  return t.dir;
}

const BAD_INPUT: Record<string, string | Uint8Array> = {
  'systems/malformed.yaml': 'id: malformed\nname: [unclosed\n',
  'systems/duplicate-key.yaml': 'id: duplicate-key\nname: A\nname: B\n',
  'systems/alias-bomb.yaml': [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
    '',
  ].join('\n'),
  'systems/huge.yaml': 'id: huge\ndescription: "' + 'x'.repeat(1024 * 1024 + 10) + '"\n',
  'systems/binary.yaml': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  'systems/latin1.yaml': new Uint8Array([...Buffer.from('id: latin1\nname: M'), 0xe5, 0x6c, 0x0a]),
  'systems/proto.yaml': 'id: proto\nname: P\nbusinessArea: X\nlifecycle: planned\n__proto__: { polluted: true }\nconstructor: { prototype: 1 }\n',
  'systems/traversal.yaml': 'id: ../../etc/passwd\nname: T\nbusinessArea: X\nlifecycle: planned\n',
  'systems/empty.yaml': '',
  'systems/two-docs.yaml': 'id: two-docs\nname: A\n---\nid: other\n',
};

describe('styr validate', () => {
  it('passes the valid fixture with exit 0', () => {
    const r = styr(['validate', '--data', fixture(), ...TODAY]);
    expect(r.stdout).toContain('22 filer kontrollerade, inga problem');
    expect(r.code).toBe(0);
  });

  it('prints in English with --lang en, plurals by count in both languages', () => {
    const dir = fixture();
    for (const file of ['roles/it-chef.yaml', 'units/utbildning.yaml']) {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8') + 'taem: x\n');
    }
    const en = styr(['validate', '--data', dir, ...TODAY, '--lang', 'en']);
    expect(en.stdout).toMatch(/\d+:1\s+error\s+unknown field 'taem'\s+schema\/unknown-field/);
    expect(en.stdout).toContain('✖ 2 problems (2 errors, 0 warnings) in 2 of 22 files');
    expect(en.stdout).not.toMatch(/\bfel\b|filer/);
    const sv = styr(['validate', '--data', dir, ...TODAY]);
    expect(sv.stdout).toMatch(/\d+:1\s+fel\s+okänt fält 'taem'\s+schema\/unknown-field/);
    expect(sv.stdout).toContain('✖ 2 problem (2 fel, 0 varningar) i 2 av 22 filer');
    writeFileSync(join(dir, 'units/utbildning.yaml'), readFileSync(join(dir, 'units/utbildning.yaml'), 'utf8').replace('taem: x\n', ''));
    const one = styr(['validate', '--data', dir, ...TODAY, '--format', 'github']);
    expect(one.stdout.trimEnd().split('\n').at(-1)).toBe('styr: 1 fel, 0 varningar i 22 filer');
    const oneFile = tempDir();
    cleanups.push(oneFile.cleanup);
    writeTree(oneFile.dir, { 'styr.yaml': 'organisation: X\nlanguage: sv\nplanningYear: 2027\n', 'people/x.yaml': 'id: x\nname: X\n' });
    expect(styr(['validate', '--data', oneFile.dir, ...TODAY]).stdout).toContain('✖ 1 problem (1 fel, 0 varningar) i 1 av 1 fil\n');
    expect(styr(['validate', '--data', oneFile.dir, ...TODAY, '--format', 'github']).stdout).toContain('\nstyr: 1 fel, 0 varningar i 1 fil\n');
  });

  it('handles every kind of bad input with one located diagnostic each, exit 1, no stack trace, and checks the rest', () => {
    const dir = fixture();
    writeTree(dir, BAD_INPUT);
    // a CRLF + BOM record among them is fine
    writeTree(dir, { 'people/crlf.yaml': '\ufeffid: crlf\r\nname: Cecilia Radslut\r\nemail: crlf@testby.example\r\n' });
    // and a broken reference in an otherwise fine file is still found
    const order = join(dir, 'orders/ORD-261115-A3BC.yaml');
    writeFileSync(order, readFileSync(order, 'utf8').replace('orderer: eva-exempelsson', 'orderer: eva-exempelson'));
    const started = Date.now();
    const r = styr(['validate', '--data', dir, ...TODAY, '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\n\s+at /);
    const { problems } = JSON.parse(r.stdout) as { problems: { file: string; rule: string; line: number; column: number; message: string }[] };
    const byFile = (file: string) => problems.filter((p) => p.file === file).map((p) => p.rule);
    expect(byFile('systems/malformed.yaml')).toEqual(['parse/syntax']);
    expect(byFile('systems/duplicate-key.yaml')).toEqual(['parse/duplicate-key']);
    expect(byFile('systems/alias-bomb.yaml')).toEqual(['parse/alias-limit']);
    expect(byFile('systems/huge.yaml')).toEqual(['parse/too-large']);
    expect(byFile('systems/binary.yaml')).toEqual(['parse/binary']);
    expect(byFile('systems/latin1.yaml')).toEqual(['parse/encoding']);
    expect(byFile('systems/proto.yaml')).toEqual(['schema/unknown-field', 'schema/unknown-field']);
    expect(byFile('systems/traversal.yaml').sort()).toEqual(['repo/id-mismatch', 'schema/id-format']);
    expect(byFile('systems/empty.yaml')).toEqual(['parse/empty']);
    expect(byFile('systems/two-docs.yaml')).toEqual(['parse/multiple-documents']);
    expect(byFile('people/crlf.yaml')).toEqual([]);
    expect(byFile('orders/ORD-261115-A3BC.yaml')).toEqual(['ref/unknown-person']);
    for (const p of problems) {
      expect(p.line, `${p.file} ${p.rule}`).toBeGreaterThan(0);
      expect(p.column, `${p.file} ${p.rule}`).toBeGreaterThan(0);
    }
    expect(problems.find((p) => p.file === 'systems/duplicate-key.yaml')).toMatchObject({ line: 3, column: 1 });
    expect(problems.find((p) => p.file === 'systems/latin1.yaml')).toMatchObject({ line: 2, column: 8 });
    expect(problems.find((p) => p.file === 'systems/two-docs.yaml')).toMatchObject({ line: 3 });
  });

  it('prints the documented JSON shape with files relative to the data folder', () => {
    const dir = fixture();
    const path = join(dir, 'roles/it-chef.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('level: strategic', 'level: strategc'));
    const r = styr(['validate', '--data', dir, ...TODAY, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.problems).toEqual([
      {
        severity: 'error',
        rule: 'schema/enum',
        message: "'strategc' är inte ett tillåtet värde för 'level'",
        file: 'roles/it-chef.yaml',
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 16,
        pointer: '/level',
        hint: "Menade du 'strategic'? Tillåtna: strategic, tactical, operational.",
        messageId: 'problem.schema/enum.notAllowed',
        data: { value: 'strategc', field: 'level', allowed: 'strategic, tactical, operational', suggestion: 'strategic' },
      },
    ]);
    expect(Object.keys(out.problems[0])).toEqual([
      'severity',
      'rule',
      'message',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'pointer',
      'hint',
      'messageId',
      'data',
    ]);
    const en = JSON.parse(styr(['validate', '--data', dir, ...TODAY, '--format', 'json', '--lang', 'en']).stdout);
    expect(en.problems[0]).toMatchObject({
      message: "'strategc' is not an allowed value for 'level'",
      hint: "Did you mean 'strategic'? Allowed: strategic, tactical, operational.",
      messageId: 'problem.schema/enum.notAllowed',
      data: out.problems[0].data,
    });
    expect(out.summary).toEqual({ errors: 1, warnings: 0, infos: 0, files: 22, filesWithProblems: 1 });
  });

  it('prints file:line:column, severity, message, rule and hint in the terminal format', () => {
    const dir = fixture();
    const path = join(dir, 'units/utbildning.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('itContact: per-provlund\n', ''));
    const r = styr(['validate', '--data', dir, ...TODAY], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('units/utbildning.yaml');
    expect(r.stdout).toMatch(/1:1\s+varning\s+förvaltningen 'Utbildningsförvaltningen' saknar IT-samordnare\s+unit\/it-contact/);
    expect(r.stdout).toContain('↳ Ange under `itContact:`');
    expect(r.stdout).toContain('1 problem (0 fel, 1 varning) i 1 av 22 filer');
  });

  it('fails on more warnings than --max-warnings', () => {
    const dir = fixture();
    const path = join(dir, 'units/utbildning.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('itContact: per-provlund\n', ''));
    expect(styr(['validate', '--data', dir, ...TODAY, '--max-warnings', '1']).code).toBe(0);
    expect(styr(['validate', '--data', dir, ...TODAY, '--max-warnings', '0']).code).toBe(1);
    const many = styr(['validate', '--data', dir, ...TODAY, '--max-warnings', 'many']);
    expect(many.code).toBe(2);
    expect(many.stderr).toBe("styr: --max-warnings måste vara ett heltal ≥ 0, fick 'many'\n");
    expect(styr(['validate', '--data', dir, ...TODAY, '--max-warnings', '0']).stderr).toBe('styr: 1 varning, fler än --max-warnings 0\n');
    expect(styr(['validate', '--data', dir, ...TODAY, '--max-warnings', '0', '--lang', 'en']).stderr).toBe('styr: 1 warning, more than --max-warnings 0\n');
  });

  it('--quiet hides warnings from the listing but still counts them against --max-warnings', () => {
    const dir = fixture();
    const path = join(dir, 'units/utbildning.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('itContact: per-provlund\n', ''));
    const listed = styr(['validate', '--data', dir, ...TODAY, '--format', 'json']);
    const warnings = (JSON.parse(listed.stdout) as { summary: { warnings: number } }).summary.warnings;
    expect(warnings).toBeGreaterThan(0);
    const quiet = styr(['validate', '--data', dir, ...TODAY, '--quiet', '--max-warnings', '0', '--format', 'json']);
    expect(quiet.code).toBe(1);
    const out = JSON.parse(quiet.stdout) as { problems: unknown[]; summary: { warnings: number } };
    expect(out.problems).toEqual([]);
    expect(out.summary.warnings).toBe(warnings);
    expect(styr(['validate', '--data', dir, ...TODAY, '--quiet', '--max-warnings', String(warnings)]).code).toBe(0);
  });

  it('--quiet on the example data still counts its 17 warnings: JSON summary, --max-warnings and the markdown summary', () => {
    const data = join(ROOT, 'data');
    const json = styr(['validate', '--data', data, ...TODAY, '--quiet', '--max-warnings', '10', '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ problems: [], summary: { errors: 0, warnings: 17 } });
    const markdown = styr(['validate', '--data', data, ...TODAY, '--quiet', '--max-warnings', '17', '--format', 'markdown']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('17 varningar');
    expect(markdown.stdout).not.toContain('inga problem');
  });

  describe('formats for CI', () => {
    function broken() {
      const dir = fixture();
      const path = join(dir, 'orders/ORD-261020-7KQ2.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('team: drift', 'team: "drift, natt: 50%"'));
      return dir;
    }

    it('github annotations name the file, line and rule', () => {
      const dir = broken();
      const r = styr(['validate', ...TODAY, '--format', 'github'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout.split('\n')[0]).toBe(
        "::error file=orders/ORD-261020-7KQ2.yaml,line=9,col=7,endLine=9,title=schema/pattern::'drift, natt: 50%25' har fel format för 'team'%0AVäntade ett värde som matchar ^[a-z0-9][a-z0-9-]*$ (Team).",
      );
      expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('styr: 1 fel, 0 varningar i 22 filer');
    });

    it('junit: a test case per file, errors as failures, well-formed XML', () => {
      const dir = broken();
      const r = styr(['validate', '--data', dir, ...TODAY, '--format', 'junit'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="styr validate" tests="23" failures="1"/);
      expect(r.stdout).toContain('<testcase name="orders/ORD-261020-7KQ2.yaml" classname="styr.orders">');
      expect(r.stdout).toContain('type="schema/pattern"');
      expect(r.stdout).toContain('<failure message="1 fel: ');
      expect(r.stdout).toContain('9:7 fel schema/pattern: ');
      expect(r.stdout).toContain('<testcase name="people/eva-exempelsson.yaml" classname="styr.people"/>');
      const xmllint = spawnSync('xmllint', ['--noout', '-'], { input: r.stdout });
      if (xmllint.error === undefined) expect(xmllint.status).toBe(0);
    });

    it('markdown: a table a pull-request comment can show', () => {
      const dir = broken();
      const r = styr(['validate', '--data', dir, ...TODAY, '--format', 'markdown']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`\`${dir}/orders/ORD-261020-7KQ2.yaml\``);
      expect(r.stdout).toContain('## styr validate');
      expect(r.stdout).toContain('❌ **1 fel**, 0 varningar i 1 av 22 filer.');
      expect(r.stdout).toContain('| | Fil | Rad | Regel | Problem | Tips |');
      expect(r.stdout).toMatch(/\| ❌ \| `.*orders\/ORD-261020-7KQ2\.yaml` \| 9 \| `schema\/pattern` \| 'drift, natt: 50%' har fel format för 'team' \|/);
      const en = styr(['validate', '--data', dir, ...TODAY, '--format', 'markdown', '--lang', 'en']);
      expect(en.stdout).toContain('❌ **1 error**, 0 warnings in 1 of 22 files.');
      expect(en.stdout).toContain('| | File | Line | Rule | Problem | Hint |');
    });

    it('markdown: a hint keeps its code spans as written, without HTML entities', () => {
      const dir = fixture();
      const path = join(dir, 'orders/ORD-261020-7KQ2.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*\n/m, ''));
      const r = styr(['validate', '--data', dir, ...TODAY, '--format', 'markdown']);
      expect(r.stdout).toContain('| Lägg till `title:` (Rubrik). |');
      expect(r.stdout).not.toContain('&lt;');
    });
  });

  describe('global options', () => {
    it('finds the data folder upwards from the working directory', () => {
      const dir = fixture();
      const r = styr(['validate', ...TODAY], { cwd: join(dir, 'orders') });
      expect(r.stdout).toContain('22 filer kontrollerade');
      expect(r.code).toBe(0);
    });

    it('falls back to ./data', () => {
      const tmp = tempDir();
      cleanups.push(tmp.cleanup);
      mkdirSync(join(tmp.dir, 'data'));
      writeTree(join(tmp.dir, 'data'), { 'styr.yaml': 'organisation: X\nlanguage: sv\nplanningYear: 2027\n' });
      // styr.yaml in ./data is found via the fallback, not upwards
      const r = styr(['validate', ...TODAY], { cwd: tmp.dir });
      expect(r.stdout).toContain('0 filer kontrollerade, inga problem');
      expect(r.code).toBe(0);
    });

    it('exits 2 when the data folder does not exist', () => {
      const r = styr(['validate', '--data', '/nonexistent/styr-data', ...TODAY]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('styr: datamappen /nonexistent/styr-data finns inte\n');
    });

    it('--today and STYR_TODAY decide what is stale; a bad date is a usage error', () => {
      const dir = fixture();
      // the fixture's contract has its notice deadline on 2027-12-31
      expect(styr(['validate', '--data', dir, '--today', '2027-12-01']).stdout).toContain('contract/notice-soon');
      expect(styr(['validate', '--data', dir], { env: { STYR_TODAY: '2027-12-01' } }).stdout).toContain('contract/notice-soon');
      expect(styr(['validate', '--data', dir], { env: { STYR_TODAY: '2026-12-01' } }).stdout).not.toContain('contract/notice-soon');
      const bad = styr(['validate', '--data', dir, '--today', '2026-13-01']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--today måste vara ett datum på formen ÅÅÅÅ-MM-DD');
    });

    it('--lang only takes sv or en', () => {
      expect(styr(['validate', '--data', fixture(), ...TODAY, '--lang', 'sv']).code).toBe(0);
      const r = styr(['validate', '--data', fixture(), ...TODAY, '--lang', 'de']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Allowed choices are sv, en');
    });

    it('colours only when asked for, and never with --no-color or NO_COLOR', () => {
      const dir = fixture();
      const path = join(dir, 'units/utbildning.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('itContact: per-provlund\n', ''));
      const ESC = '\u001b[';
      expect(styr(['validate', '--data', dir, ...TODAY], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain(ESC);
      expect(styr(['validate', '--data', dir, ...TODAY, '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
      expect(styr(['validate', '--data', dir, ...TODAY], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    });

    it('an unknown option or format is a usage error (exit 2)', () => {
      expect(styr(['validate', '--frobnicate']).code).toBe(2);
      expect(styr(['validate', '--format', 'xml']).code).toBe(2);
      expect(styr(['no-such-command']).code).toBe(2);
    });
  });

  describe('--explain', () => {
    it('lists every rule and every parse, schema, repository and reference problem, in Swedish or English, without a data folder', () => {
      const tmp = tempDir();
      cleanups.push(tmp.cleanup);
      const sv = styr(['validate', '--explain'], { cwd: tmp.dir });
      expect(sv.code).toBe(0);
      for (const id of [
        'raci/single-accountable',
        'unit/authorised-orderer',
        'parse/alias-limit',
        'parse/syntax',
        'schema/required',
        'schema/enum',
        'repo/duplicate-id',
        'ref/unknown-person',
        'ref/wrong-kind',
        'config/unknown-rule',
        'contract/notice-passed',
      ]) {
        expect(sv.stdout).toContain(id);
      }
      expect(sv.stdout).toMatch(/^schema\/required +fel +\(alltid på\)$/m);
      expect(sv.stdout).toMatch(/^ref\/unknown-person +fel$/m);
      const en = styr(['validate', '--explain', '--lang', 'en'], { cwd: tmp.dir });
      expect(en.stdout).toMatch(/^parse\/syntax +error +\(always on\)$/m);
      expect(en.stdout).toContain('styr validate --explain ID explains one rule or problem.');
    });

    it('explains one rule or problem with its default severity, description and messages', () => {
      const r = styr(['validate', '--explain', 'raci/single-accountable', '--lang', 'en']);
      expect(r.stdout).toContain('Default severity: error (can be changed under `rules:` in styr.yaml)');
      expect(r.stdout).toContain('exactly one H');
      expect(styr(['validate', '--explain', 'raci/single-accountable']).stdout).toContain('Standardnivå: fel (kan ändras under `rules:` i styr.yaml)');
      const required = styr(['validate', '--explain', 'schema/required']).stdout;
      expect(required).toContain('Standardnivå: fel (kan inte ändras)');
      expect(required).toContain('Ett obligatoriskt fält saknas.');
      expect(required).toContain("problem.schema/required.missing\n    obligatoriskt fält '{field}' saknas\n");
      const system = styr(['validate', '--explain', 'ref/unknown-system', '--lang', 'en']).stdout;
      expect(system).toContain('(can be changed under `rules:` in styr.yaml)');
      expect(system).toContain("problem.ref/unknown.unknown\n    unknown {target} '{id}' in '{path}'\n");
      const unknown = styr(['validate', '--explain', 'no/such-rule']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toBe("styr: okänd regel 'no/such-rule' (styr validate --explain listar dem)\n");
    });
  });

  describe('startup', () => {
    it('documents the exit codes in --help', () => {
      const r = styr(['--help', '--lang', 'en']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Exit codes:');
      expect(styr(['validate', '--help', '--lang', 'en']).stdout).toMatch(/2\s+usage error/);
      expect(styr(['--help']).stdout).toContain('Avslutningskoder:');
      expect(styr(['validate', '--help', '--lang', 'sv']).stdout).toMatch(/2\s+användningsfel/);
    });

    it('a reader that closes the pipe early (| head) is not an error', () => {
      // Enough output (1,000 orders) that the writer is still writing when head exits.
      const tmp = tempDir();
      cleanups.push(tmp.cleanup);
      spawnSync(process.execPath, [join(ROOT, 'bench/generate.mjs'), '--out', tmp.dir, '--orders', '1000']);
      const cmd = `"${process.execPath}" "${BIN}" order list --json --data "${tmp.dir}" --today 2027-01-15 | head -n 1; exit \${PIPESTATUS[0]}`;
      const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    });

    it('styr --help loads neither ajv, marked nor simple-git', () => {
      const r = spawnSync(process.execPath, ['--import', join(ROOT, 'test/fixtures/trace-imports.mjs'), BIN, '--help'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.status).toBe(0);
      const loaded = r.stderr.split('\n').filter((l) => /^(IMPORT|REQUIRE) /.test(l));
      expect(loaded.some((l) => l.includes('commander'))).toBe(true);
      // The help's words come from the catalogue's 'help' section alone, without intl-messageformat.
      for (const heavy of ['ajv', 'marked', 'simple-git', 'js-yaml', 'schema-validators', 'intl-messageformat', 'i18n/catalog.js']) {
        expect(
          loaded.filter((l) => l.includes(heavy)),
          heavy,
        ).toEqual([]);
      }
    });
  });
});
