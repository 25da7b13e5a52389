// Where and how styr writes (issue 12, "Paths and writes"): never through a
// symbolic link, every file atomically (a failed write keeps the old file and
// leaves no temporary file), never into the data folder or a folder holding
// it, removing only what it wrote; and a failed read or write is one line
// naming the file and the reason, never an internal error.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, styr, tempDir } from '../helpers/cli.js';
import { governanceRepo } from './helpers/governance-repo.js';
import type { GovernanceRepo } from './helpers/governance-repo.js';

const TODAY = ['--today', '2026-12-01'];
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function temp(): string {
  const t = tempDir('styr-writes-');
  cleanups.push(t.cleanup);
  return t.dir;
}
function fixture(): string {
  const f = copyFixture('valid');
  cleanups.push(f.cleanup);
  return f.dir;
}
function repo(): GovernanceRepo {
  const r = governanceRepo('valid');
  cleanups.push(r.cleanup);
  return r;
}
/** Every file under `dir`, dot-files too, relative paths. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('styr render: where it writes', () => {
  it('refuses --out that is the data folder, inside it, a link to it, a folder holding it, the root or the home folder (exit 2), writing nothing', () => {
    const root = temp();
    const data = join(root, 'data');
    mkdirSync(data);
    writeFileSync(join(data, 'styr.yaml'), readFileSync(join(fixture(), 'styr.yaml')));
    symlinkSync(data, join(root, 'link'));
    const home = join(root, 'home');
    mkdirSync(home);
    const cases: [string, string][] = [
      ['data', '--out data är datamappen eller en mapp i den; välj en mapp utanför datamappen'],
      ['data/site', '--out data/site är datamappen eller en mapp i den; välj en mapp utanför datamappen'],
      ['link/site', '--out link/site är datamappen eller en mapp i den; välj en mapp utanför datamappen'],
      ['.', '--out . innehåller datamappen; välj en egen mapp för sidorna'],
      ['/', '--out / är filsystemets rot; välj en egen mapp för sidorna'],
      [home, `--out ${home} är hemmappen; välj en egen mapp för sidorna`],
    ];
    for (const [outDir, message] of cases) {
      const r = styr(['render', '--data', 'data', ...TODAY, '--out', outDir], { cwd: root, env: { HOME: home } });
      expect(r.code, outDir).toBe(2);
      expect(r.stderr).toBe(`styr: ${message}\n`);
    }
    expect(allFiles(root)).toEqual(['data/styr.yaml', 'link']);
  });

  it('never writes its manifest through a symbolic link, even a dangling one: exit 2, one line, nothing written', () => {
    const root = temp();
    const site = join(root, 'site');
    mkdirSync(site);
    symlinkSync(join(root, 'victim'), join(site, '.styr-render.json'));
    const r = styr(['render', '--data', fixture(), ...TODAY, '--out', site]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^styr: \S*site\/\.styr-render\.json är en symbolisk länk; styr skriver aldrig genom en länk\. Ta bort länken eller välj en annan mapp\.\n$/,
    );
    expect(existsSync(join(root, 'victim'))).toBe(false);
    expect(allFiles(site)).toEqual(['.styr-render.json']);
  });

  it.each(['0', '1'])('keeps the published page when the disk fills up while it is rewritten, and leaves no temporary file (worker %s)', (worker) => {
    const data = fixture();
    const site = join(temp(), 'site');
    expect(styr(['render', '--data', data, ...TODAY, '--out', site, '--html'], { env: { STYR_HTML_WORKER: worker } }).code).toBe(0);
    const before = new Map(allFiles(site).map((f) => [f, readFileSync(join(site, f), 'utf8')]));
    // A new date changes every page's footer, so every page is rewritten.
    const r = styr(['render', '--data', data, '--today', '2026-12-02', '--out', site, '--html'], {
      env: { STYR_HTML_WORKER: worker, STYR_TEST_WRITE_FAIL: 'catalog/index.html' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^styr: kan inte skriva \S*site\/catalog\/index\.html: disken är full \(ENOSPC\)\n$/);
    expect(readFileSync(join(site, 'catalog', 'index.html'), 'utf8')).toBe(before.get('catalog/index.html'));
    expect(allFiles(site)).toEqual([...before.keys()]);
    expect(readFileSync(join(site, '.styr-render.json'), 'utf8')).toBe(before.get('.styr-render.json'));
  });

  it('removes no file it did not write, whatever a forged manifest says, and warns about a damaged one', () => {
    const data = fixture();
    const site = join(temp(), 'site');
    mkdirSync(join(site, '.git'), { recursive: true });
    writeFileSync(join(site, '.git', 'config'), '[core]\n');
    writeFileSync(join(site, 'notes.txt'), 'mine\n');
    writeFileSync(join(site, '.styr-render.json'), JSON.stringify({ files: { 'notes.txt': '0'.repeat(64) } }));
    const r = styr(['render', '--data', data, ...TODAY, '--out', site]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(site, 'notes.txt'), 'utf8')).toBe('mine\n');
    writeFileSync(join(site, '.styr-render.json'), JSON.stringify({ files: { '.git/config': '0'.repeat(64), 'a\0b': '0'.repeat(64) } }));
    const forged = styr(['render', '--data', data, ...TODAY, '--out', site]);
    expect(forged.code).toBe(0);
    expect(forged.stderr).toMatch(/^styr: varning: \S*site\/\.styr-render\.json är skadad och används inte \(bad entry "\.git\/config"\); inga gamla sidor tas bort\n$/);
    expect(readFileSync(join(site, '.git', 'config'), 'utf8')).toBe('[core]\n');
    // The damaged manifest is replaced: the next render is clean.
    const next = styr(['render', '--data', data, ...TODAY, '--out', site]);
    expect([next.code, next.stderr]).toEqual([0, '']);
  });
});

describe('styr init: never through a symbolic link', () => {
  it('refuses a file that is a dangling symbolic link, with and without --force, and writes nothing through it', () => {
    const root = temp();
    const target = join(root, 'styrning');
    mkdirSync(target);
    symlinkSync(join(root, 'victim.yaml'), join(target, 'styr.yaml'));
    const r = styr(['init', target], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('\n  styr.yaml\n');
    const forced = styr(['init', target, '--force'], { cwd: root });
    expect(forced.code).toBe(2);
    expect(forced.stderr).toBe('styr: styrning/styr.yaml är en symbolisk länk; styr skriver aldrig genom en länk. Ta bort länken eller välj en annan mapp.\n');
    expect(existsSync(join(root, 'victim.yaml'))).toBe(false);
    expect(allFiles(target)).toEqual(['styr.yaml']);
  });

  it('refuses a folder that a symbolic link leads outside, before writing any file', () => {
    const root = temp();
    const target = join(root, 'styrning');
    mkdirSync(join(root, 'elsewhere'));
    mkdirSync(target);
    symlinkSync(join(root, 'elsewhere'), join(target, '.github'));
    const r = styr(['init', target], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^styr: skriver inte styrning\/\.github\/workflows\/styr-comment\.yml: sökvägen leder ut ur mappen/);
    expect(allFiles(join(root, 'elsewhere'))).toEqual([]);
    expect(allFiles(target)).toEqual(['.github']);
  });
});

describe('failed reads and writes: one line with the file and the reason (exit 2)', () => {
  it('styr new creates the record folder when it is missing', () => {
    const data = fixture();
    rmSync(join(data, 'orders'), { recursive: true });
    const r = styr(
      ['new', 'order', '--data', data, ...TODAY, '--title', 'Ny', '--description', 'Behov', '--unit', 'utbildning', '--orderer', 'eva-exempelsson', '--type', 'project'],
      { cwd: data },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(data, 'orders'))).toEqual([expect.stringMatching(/^ORD-261201-\w{4}\.yaml$/)]);
  });

  it('a full disk during order move: the order is unchanged, no temporary or lock file is left', () => {
    const r = repo();
    const file = 'orders/ORD-261115-A3BC.yaml';
    const before = r.read(file);
    const m = r.run(['order', 'move', 'ORD-261115-A3BC', 'in-preparation'], { env: { STYR_TEST_WRITE_FAIL: file } });
    expect(m.code).toBe(2);
    expect(m.stderr).toBe(`styr: kan inte skriva data/${file}: disken är full (ENOSPC)\n`);
    expect(r.read(file)).toBe(before);
    expect(r.status()).toEqual([]);
  });

  it('waits for another styr writing the same record, then stops, naming the lock file, and writes nothing', () => {
    const r = repo();
    const file = 'orders/ORD-261115-A3BC.yaml';
    const before = r.read(file);
    writeFileSync(join(r.data, 'orders', '.ORD-261115-A3BC.yaml.styr-lock'), 'another styr’s new content\n');
    const m = r.run(['order', 'move', 'ORD-261115-A3BC', 'in-preparation']);
    expect(m.code).toBe(2);
    expect(m.stderr).toBe(
      `styr: data/${file} skrivs av en annan styr-process (låsfilen data/orders/.ORD-261115-A3BC.yaml.styr-lock finns); inget skrevs. Om ingen styr kör, ta bort låsfilen.\n`,
    );
    expect(r.read(file)).toBe(before);
  });

  it('a record that cannot be read, and a data folder that does not exist, in the output language', () => {
    const data = fixture();
    rmSync(join(data, 'styr.yaml'));
    mkdirSync(join(data, 'styr.yaml'));
    const r = styr(['validate', '--data', data, ...TODAY], { cwd: data });
    expect([r.code, r.stderr]).toEqual([2, 'styr: kan inte läsa styr.yaml: det är en mapp (EISDIR)\n']);
    const missing = styr(['validate', '--data', 'nowhere', ...TODAY, '--lang', 'en'], { cwd: data });
    expect([missing.code, missing.stderr]).toEqual([2, 'styr: the data folder nowhere does not exist\n']);
  });

  it('an output folder where a file stands in the way of a folder', () => {
    const site = join(temp(), 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'catalog'), 'a file, not a folder\n');
    const r = styr(['render', '--data', fixture(), ...TODAY, '--out', site]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^styr: kan inte skriva \S*site\/catalog: (en del av sökvägen är ingen mapp \(ENOTDIR\)|finns redan \(EEXIST\))\n$/);
    expect(r.stderr).not.toContain('internal error');
  });
});

describe('a symbolically linked record', () => {
  it('is reported with its file, not skipped in silence', () => {
    const data = fixture();
    const outside = join(temp(), 'ORD-261201-LINK.yaml');
    writeFileSync(outside, readFileSync(join(data, 'orders', 'ORD-261115-A3BC.yaml'), 'utf8').replace('ORD-261115-A3BC', 'ORD-261201-LINK'));
    symlinkSync(outside, join(data, 'orders', 'ORD-261201-LINK.yaml'));
    const r = styr(['validate', '--data', data, ...TODAY, '--format', 'json']);
    const problems = (JSON.parse(r.stdout) as { problems: { rule: string; file: string; severity: string; message: string }[] }).problems;
    expect(problems.filter((p) => p.rule === 'repo/symbolic-link')).toEqual([
      expect.objectContaining({ file: 'orders/ORD-261201-LINK.yaml', severity: 'warning', message: '”orders/ORD-261201-LINK.yaml” är en symbolisk länk och läses inte' }),
    ]);
  });
});
