// `styr --help` and every command's help speak the output language: --lang,
// else the language of the data folder's styr.yaml (the example data says
// Swedish), else Swedish. Commander's headings come from the catalogue too.
import { describe, expect, it } from 'vitest';
import * as help from '../../src/core/i18n/catalog/help.js';
import { isIcuMessage } from '../../src/core/i18n/translate.js';
import { ROOT, styr, tempDir, writeTree } from '../helpers/cli.js';

/** Words of an English help that must never reach a Swedish reader. */
const ENGLISH = ['the ', ' and ', 'list ', 'orders', 'show', 'print', 'Usage:', 'Options:', 'Commands:', 'Arguments:', 'display help', 'choices:', 'default:'];
/** Words of a Swedish help that must not appear in English. */
const SWEDISH = ['beställning', ' och ', 'visa', 'Användning', 'Flaggor', 'Kommandon', 'standard:'];

/** The help without its usage line, whose command names (`styr order list [options]`) are the same in both languages, on one line (commander wraps descriptions at 80 columns). */
function described(stdout: string): string {
  return flat(stdout.split('\n').slice(1).join('\n'));
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

const COMMANDS: string[][] = [
  [],
  ['validate'],
  ['diff'],
  ['log'],
  ['init'],
  ['render'],
  ['new'],
  ['order'],
  ['order', 'list'],
  ['order', 'show'],
  ['order', 'move'],
  ['order', 'rank'],
  ['plan'],
  ['systems'],
  ['contracts'],
  ['roles'],
  ['raci'],
];

describe('help in the output language', () => {
  it('has no message with an ICU argument, as the help is formatted without intl-messageformat', () => {
    for (const table of [help.sv, help.en]) {
      for (const [key, text] of Object.entries(table)) expect(isIcuMessage(text), key).toBe(false);
    }
  });

  it('styr --help --lang sv is Swedish', () => {
    const r = styr(['--help', '--lang', 'sv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Användning: styr /);
    expect(flat(r.stdout)).toContain('Kommandon:');
    expect(flat(r.stdout)).toContain('beställningsflödet: lista, visa, flytta och rangordna beställningar');
    expect(flat(r.stdout)).toContain('Avslutningskoder:');
    for (const word of ENGLISH) expect(described(r.stdout), word).not.toContain(word);
  });

  it('styr order list --help takes Swedish from the data folder', () => {
    const r = styr(['order', 'list', '--help', '--data', 'data'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(flat(r.stdout)).toContain('lista beställningar, filtrerade och sorterade');
    expect(flat(r.stdout)).toContain('bara beställningar från den här enheten');
    expect(flat(r.stdout)).toContain('(värden: "id", "created", "status", "score", "wanted-by", standard: "id")');
    for (const word of ENGLISH) expect(described(r.stdout), word).not.toContain(word);
  });

  it('every command speaks Swedish with --lang sv and English with --lang en', () => {
    for (const command of COMMANDS) {
      const sv = styr([...command, '--help', '--lang', 'sv']);
      expect(sv.code, command.join(' ')).toBe(0);
      for (const word of ['the ', ' and ', 'orders', 'print', 'Options:', 'display help']) {
        expect(described(sv.stdout), `${command.join(' ')}: ${word}`).not.toContain(word);
      }
      const en = styr([...command, '--help', '--lang', 'en']);
      expect(en.code, command.join(' ')).toBe(0);
      for (const word of SWEDISH) expect(en.stdout, `${command.join(' ')}: ${word}`).not.toContain(word);
    }
  });

  it('--lang en keeps the English help', () => {
    const root = styr(['--help', '--lang=en']);
    expect(root.stdout).toMatch(/^Usage: styr \[options\] \[command\]/);
    expect(flat(root.stdout)).toContain('the order flow: list, show, move and rank orders');
    expect(flat(root.stdout)).toContain('Exit codes:');
    const list = styr(['order', 'list', '--help', '--lang', 'en', '--data', 'data']);
    expect(flat(list.stdout)).toContain('list orders, filtered and sorted');
    expect(flat(list.stdout)).toContain('(choices: "id", "created", "status", "score", "wanted-by", default: "id")');
    expect(flat(list.stdout)).toContain('display help for command');
    const init = styr(['init', '--help', '--lang', 'en']);
    expect(flat(init.stdout)).toContain('folder to create it in (default: ".")');
    for (const r of [root, list, init]) for (const word of SWEDISH) expect(r.stdout, word).not.toContain(word);
  });

  it("takes the language of the data folder's styr.yaml, found upwards from the working folder", () => {
    const tmp = tempDir();
    try {
      writeTree(tmp.dir, { 'styr.yaml': "language: 'en'\n", 'units/.keep': '' });
      expect(styr(['--help'], { cwd: tmp.dir }).stdout).toMatch(/^Usage: styr /);
      expect(styr(['--help'], { cwd: `${tmp.dir}/units` }).stdout).toMatch(/^Usage: styr /);
      expect(styr(['--help', '--lang', 'sv'], { cwd: tmp.dir }).stdout).toMatch(/^Användning: styr /);
      // A --data folder without styr.yaml: Swedish.
      expect(styr(['--help', '--data', 'units'], { cwd: tmp.dir }).stdout).toMatch(/^Användning: styr /);
    } finally {
      tmp.cleanup();
    }
  });

  it('says after a usage error, in the output language, how to get help', () => {
    const sv = styr(['order', 'list', '--no-such-option', '--lang', 'sv']);
    expect(sv.code).toBe(2);
    expect(sv.stderr).toContain('(kör med --help för att se hur kommandot används)');
    const en = styr(['order', 'list', '--no-such-option', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('(run with --help for usage)');
  });
});
