// Every word the order, query and plan commands print is in the output
// language: Swedish with --lang sv (or styr.yaml's language), English with
// --lang en. The example municipality's own texts (titles, names) stay as
// written, so the lists hold words only styr itself would print.
import { describe, expect, it } from 'vitest';
import { styr } from '../helpers/cli.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const RECEIVED = 'ORD-261005-RYZC';
const CLOSED = 'ORD-250915-9F9E';

/** Words an English styr prints that must never reach a Swedish reader. */
const ENGLISH = [
  'the ',
  ' and ',
  'approved',
  'prepared',
  'received',
  ' days',
  'Yes',
  'No ',
  'Status:',
  'Unit',
  'Orderer',
  'Score',
  ' not ',
  'must',
  'unknown',
  'Allowed',
  'rank ',
  'weight',
  'Plan for',
];
/** Words of a Swedish styr that must not appear in English output. */
const SWEDISH = ['dagar', 'beställningar', ' godkänd ', 'Förvaltning', 'Enhet', ' Rubrik ', 'Poäng', 'Nästa steg', 'visas av', 'finns inte', 'persondagar'];

function run(args: string[], columns = '400') {
  return styr([...args, '--data', 'data', '--today', '2026-12-01'], { cwd: ROOT, env: { COLUMNS: columns } });
}

const COMMANDS: string[][] = [
  ['order', 'list'],
  ['order', 'show', RECEIVED],
  ['order', 'show', CLOSED],
  ['order', 'rank'],
  ['order', 'rank', '--explain'],
  ['plan'],
  ['systems'],
  ['contracts'],
  ['roles'],
  ['raci'],
  ['raci', 'bestallning-och-beredning'],
  // A refused move and a usage error.
  ['order', 'move', CLOSED, 'received'],
  ['order', 'move', RECEIVED, 'planned'],
  ['order', 'move', RECEIVED, 'approved'],
  ['order', 'show', 'ORD-000000-XXXX'],
  ['systems', '--lifecycle', 'prod'],
  ['contracts', '--notice-within', 'snart'],
];

describe('the order, query and plan commands speak the output language', () => {
  it.each(COMMANDS)('styr %s … --lang sv prints no English word', (...args) => {
    const r = run([...args, '--lang', 'sv']);
    const out = `${r.stdout}\n${r.stderr}`;
    expect(out.trim()).not.toBe('');
    for (const word of ENGLISH) expect(out, `${args.join(' ')}: "${word}"`).not.toContain(word);
  });

  it.each(COMMANDS)('styr %s … --lang en prints no Swedish word of its own', (...args) => {
    const r = run([...args, '--lang', 'en']);
    const out = `${r.stdout}\n${r.stderr}`;
    for (const word of SWEDISH) expect(out, `${args.join(' ')}: "${word}"`).not.toContain(word);
  });

  it('writes numbers as the documents do: a decimal comma and grouped amounts in Swedish, plurals by count', () => {
    const rank = run(['order', 'rank', '--lang', 'sv']).stdout;
    expect(rank).toMatch(/\d+,\d/);
    expect(rank).not.toMatch(/ \d+\.\d │/);
    expect(run(['contracts', '--lang', 'sv']).stdout).toMatch(/\d{1,3}(\u00a0\d{3})+\u00a0kr/);
    const one = run(['order', 'list', '--status', 'received', '--older-than', '30', '--lang', 'sv']).stdout;
    expect(one).toMatch(/^\d+ beställninga?r? visas av \d+$/m);
    expect(run(['order', 'show', RECEIVED, '--lang', 'sv']).stdout).toMatch(/sedan \d{4}-\d{2}-\d{2}, \d+ dagar?\)/);
  });

  it('accepts --format json wherever --json is accepted', () => {
    for (const args of [['order', 'list'], ['order', 'show', RECEIVED], ['order', 'rank'], ['plan'], ['systems'], ['contracts'], ['roles'], ['raci']]) {
      const json = run([...args, '--json']);
      const format = run([...args, '--format', 'json']);
      expect(format.code, format.stderr).toBe(0);
      expect(JSON.parse(format.stdout), args.join(' ')).toEqual(JSON.parse(json.stdout));
    }
  });

  it('fits the tables into 80 columns', () => {
    for (const args of [['order', 'list'], ['order', 'rank'], ['systems'], ['contracts'], ['roles'], ['raci'], ['raci', 'bestallning-och-beredning'], ['plan']]) {
      const r = run(args, '80');
      expect(r.code, r.stderr).toBe(0);
      const long = r.stdout.split('\n').filter((line) => [...line].length > 80);
      expect(long, args.join(' ')).toEqual([]);
    }
  });
});
