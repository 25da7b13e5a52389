// styr init --styr-spec: the dependency the new repository pins, read by npm's
// own parser; and the refusals (exit 2, one line, nothing written).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { styr, tempDir } from '../helpers/cli.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir('styr-init-spec-');
});
afterEach(() => tmp.cleanup());

function pinned(dir: string): Record<string, string> {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies;
}

describe('styr init --styr-spec', () => {
  const accepted: [string, Record<string, string>][] = [
    ['styr-cli@0.2.0', { 'styr-cli': '0.2.0' }],
    ['styr-cli@^0.2.0', { 'styr-cli': '^0.2.0' }],
    ['^0.3.1', { 'styr-cli': '^0.3.1' }],
    ['1.0.0', { 'styr-cli': '1.0.0' }],
    ['@kommun/styr-cli@1.2.3', { '@kommun/styr-cli': '1.2.3' }],
    ['styr-cli@next', { 'styr-cli': 'next' }],
    ['git+https://github.com/exempel/styr.git#v0.2.0', { 'styr-cli': 'git+https://github.com/exempel/styr.git#v0.2.0' }],
    ['github:exempel/styr#v0.2.0', { 'styr-cli': 'github:exempel/styr#v0.2.0' }],
    ['https://example.org/styr-cli-0.2.0.tgz', { 'styr-cli': 'https://example.org/styr-cli-0.2.0.tgz' }],
  ];
  for (const [spec, expected] of accepted) {
    it(`pins ${spec} as ${JSON.stringify(expected)}`, () => {
      const dir = join(tmp.dir, 'repo');
      const r = styr(['init', dir, '--styr-spec', spec], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(pinned(dir)).toEqual(expected);
      expect(r.stdout).toContain(`package.json fastställer ${Object.keys(expected)[0]} ${Object.values(expected)[0]}`);
    });
  }

  it('writes a file: tarball relative to the new repository, resolved from where styr ran', () => {
    writeFileSync(join(tmp.dir, 'styr-cli-0.2.0.tgz'), 'not really a tarball');
    mkdirSync(join(tmp.dir, 'work'));
    const r = styr(['init', '../kommun/styrning', '--styr-spec', 'file:../styr-cli-0.2.0.tgz'], { cwd: join(tmp.dir, 'work') });
    expect(r.code, r.stderr).toBe(0);
    expect(pinned(join(tmp.dir, 'kommun', 'styrning'))).toEqual({ 'styr-cli': 'file:../../styr-cli-0.2.0.tgz' });
  });

  const refused: [string, string, RegExp][] = [
    ['not an npm spec', 'foo bar', /^styr: --styr-spec "foo bar" är ingen npm-specifikation \(till exempel /],
    ['an invalid tag', 'styr-cli@$(rm -rf ~)', /^styr: --styr-spec .* är ingen npm-specifikation/],
    ['an invalid name', '@@@', /^styr: --styr-spec "@@@" är ingen npm-specifikation/],
    ['an empty spec', '', /^styr: --styr-spec "" är ingen npm-specifikation/],
    ['a line break', 'styr-cli@1.0.0\nrm', /^styr: --styr-spec .* är ingen npm-specifikation/],
    [
      'unencrypted http',
      'http://example.org/styr-cli.tgz',
      /^styr: --styr-spec http:\/\/example\.org\/styr-cli\.tgz: styr hämtas inte över okrypterad http; använd https\n$/,
    ],
    ['a missing file', 'file:./saknas.tgz', /^styr: --styr-spec file:\.\/saknas\.tgz: saknas\.tgz finns inte\n$/],
  ];
  for (const [what, spec, message] of refused) {
    it(`refuses ${what} with one line, exit 2, nothing written`, () => {
      const dir = join(tmp.dir, 'repo');
      const r = styr(['init', dir, '--styr-spec', spec], { cwd: tmp.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
      expect(existsSync(dir)).toBe(false);
    });
  }

  it('says it in English with --lang en', () => {
    const r = styr(['init', join(tmp.dir, 'repo'), '--styr-spec', 'foo bar', '--lang', 'en'], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^styr: --styr-spec "foo bar" is not an npm spec \(for example /);
  });
});

describe('styr init into a folder that holds another governance repository', () => {
  it('refuses a styr.yaml of another organisation, with --force too: one line, exit 2, nothing written', () => {
    const dir = join(tmp.dir, 'annan');
    mkdirSync(dir);
    writeFileSync(join(dir, 'styr.yaml'), 'organisation: Annan kommun\nlanguage: sv\nplanningYear: 2027\n');
    for (const args of [[], ['--force']]) {
      const r = styr(['init', dir, ...args], { cwd: tmp.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'styr: annan innehåller redan ett annat styrningsrepositorium (styr.yaml, Annan kommun); styr init skriver inte i det, med --force inte heller. Välj en tom mapp.\n',
      );
      expect(readdirSync(dir)).toEqual(['styr.yaml']);
      expect(readFileSync(join(dir, 'styr.yaml'), 'utf8')).toContain('Annan kommun');
    }
  });

  it('refuses a folder with records that are not the template’s, even without a styr.yaml', () => {
    const dir = join(tmp.dir, 'poster');
    mkdirSync(join(dir, 'orders'), { recursive: true });
    writeFileSync(join(dir, 'orders', 'ORD-261001-AAAA.yaml'), 'id: ORD-261001-AAAA\n');
    const r = styr(['init', dir, '--force'], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^styr: poster innehåller redan ett annat styrningsrepositorium \(orders\/ORD-261001-AAAA\.yaml\);/);
    expect(readdirSync(dir)).toEqual(['orders']);
  });

  it('refuses the example municipality in a repository made from the template, and the template in the example', () => {
    const plain = join(tmp.dir, 'plain');
    expect(styr(['init', plain], { cwd: tmp.dir }).code).toBe(0);
    const r = styr(['init', plain, '--example', '--force'], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^styr: plain innehåller redan ett annat styrningsrepositorium \(/);
  });

  it('runs again over its own repository, leaving every unchanged file alone', () => {
    const dir = join(tmp.dir, 'igen');
    expect(styr(['init', dir], { cwd: tmp.dir }).code).toBe(0);
    const again = styr(['init', dir], { cwd: tmp.dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^Skapade 0 filer i igen:/);
    expect(again.stdout).toMatch(/\nLämnade \d+ filer orörda/);
  });
});
