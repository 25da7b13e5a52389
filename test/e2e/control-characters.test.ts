// Terminal escape codes and other control characters in record text (issue 12 D12):
// every terminal output and every diagram shows them as symbols (ESC as ␛), so a record
// cannot clear the screen, retitle the window, hide text or plant a link.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, styr, writeTree } from '../helpers/cli.js';

const ESC = '\u001b';
/** Clear screen, set the window title, an OSC 8 link, a bell, a carriage return, DEL, a C1 CSI. */
const NASTY = `${ESC}[2J${ESC}]0;pwned\u0007${ESC}]8;;https://evil.example${ESC}\\\\klick${ESC}]8;;${ESC}\\\\\r\u007f\u009b31m`;
/** Any control character but line feed. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

let dir: string;
let cleanup: () => void;
const run = (args: string[]) => styr([...args, '--data', dir, '--today', '2026-12-01', '--lang', 'en']);

function yamlString(text: string): string {
  return JSON.stringify(text);
}

beforeAll(() => {
  ({ dir, cleanup } = copyFixture('valid'));
  const order = readFileSync(join(dir, 'orders', 'ORD-261020-7KQ2.yaml'), 'utf8')
    .replace('title: Ny inloggning för elever', `title: ${yamlString(`Inloggning ${NASTY}`)}`)
    .replace('description: Eleverna behöver en enklare och säkrare inloggning.', `description: ${yamlString(`Behov ${NASTY}`)}`);
  const raci = readFileSync(join(dir, 'raci', 'bestallning.yaml'), 'utf8').replace('name: Registrera beställning', `name: ${yamlString(`Registrera ${NASTY}`)}`);
  const system = readFileSync(join(dir, 'systems', 'skolsystem.yaml'), 'utf8').replace('name: Skolsystemet', `name: ${yamlString(`Skolsystemet ${NASTY}`)}`);
  // An invalid value shown in a message, in a second order.
  const second = readFileSync(join(dir, 'orders', 'ORD-261115-A3BC.yaml'), 'utf8').replace('type: project', `type: ${yamlString(`project${NASTY}`)}`);
  writeTree(dir, {
    'orders/ORD-261020-7KQ2.yaml': order,
    'raci/bestallning.yaml': raci,
    'systems/skolsystem.yaml': system,
    'orders/ORD-261115-A3BC.yaml': second,
  });
});
afterAll(() => cleanup());

function expectVisible(output: string, what: string): void {
  expect(output, what).not.toMatch(CONTROL);
  expect(output, what).toContain('␛[2J␛]0;pwned␇');
}

describe('control characters in record text', () => {
  it('order list and order show print them as symbols', () => {
    const list = run(['order', 'list']);
    expect(list.code, list.stderr).toBe(0);
    expectVisible(list.stdout, 'order list');
    const show = run(['order', 'show', 'ORD-261020-7KQ2']);
    expect(show.code, show.stderr).toBe(0);
    expectVisible(show.stdout, 'order show');
    const rank = run(['order', 'rank', '--explain']);
    expect(rank.code, rank.stderr).toBe(0);
    expectVisible(rank.stdout, 'order rank');
  });

  it('validate prints them as symbols in every text format', () => {
    for (const format of ['stylish', 'github', 'markdown']) {
      const r = run(['validate', '--format', format]);
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
      expect(r.stdout, format).not.toMatch(CONTROL);
      // The markdown format also escapes Markdown punctuation in record text (`[` → `\[`).
      expect(r.stdout, format).toContain(format === 'markdown' ? 'project␛\\[2J' : 'project␛[2J');
    }
  });

  it('raci and systems print them as symbols, in tables and in the narrow form', () => {
    for (const args of [['raci', 'bestallning'], ['raci', 'bestallning'], ['systems']]) {
      const wide = run(args);
      expect(wide.code, wide.stderr).toBe(0);
      expectVisible(wide.stdout, args.join(' '));
    }
    const narrow = styr(['raci', 'bestallning', '--data', dir, '--today', '2026-12-01', '--lang', 'en'], { env: { COLUMNS: '40' } });
    expect(narrow.code, narrow.stderr).toBe(0);
    expect(narrow.stdout).not.toMatch(CONTROL);
  });

  it('rendered Mermaid diagrams carry no control character', () => {
    const out = join(dir, '..', `${dir.split('/').pop()}-out`);
    const r = run(['render', 'systems-map', 'portfolio', 'roles', '--out', out, '--force']);
    expect(r.code, r.stderr).toBe(0);
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.md'));
    const diagrams = pages.flatMap((p) => readFileSync(join(out, p), 'utf8').match(/```mermaid\n[\s\S]*?```/g) ?? []);
    expect(diagrams.join('\n')).toContain('Skolsystemet ␛');
    for (const diagram of diagrams) expect(diagram).not.toMatch(CONTROL);
  });
});
