#!/usr/bin/env node
// npm run bench — times styr against the floor at N = 1,000 and 10,000 orders.
// Prints a table and exits 1 if a target is missed. Figures are medians of
// several runs; compare ratios from one run, not absolute times across runs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'bench', '.work');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, sizes: { type: 'string', default: '1000,10000' } } });
const RUNS = Number(values.runs);
const SIZES = values.sizes.split(',').map(Number);
const TODAY = '2027-01-15';
const node = process.execPath;
const cli = join(root, 'bin', 'styr');

if (!existsSync(join(root, 'dist', 'cli', 'bin.js'))) {
  console.error('build first: npm run build');
  process.exit(2);
}

function time(args, { expectExit = [0, 1] } = {}) {
  const samples = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    const runArgs = typeof args === 'function' ? args(i) : args;
    const start = process.hrtime.bigint();
    const r = spawnSync(node, runArgs, { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!expectExit.includes(r.status)) {
      console.error(`command failed (${r.status}): node ${runArgs.join(' ')}\n${r.stderr}`);
      process.exit(2);
    }
    const m = /maxrss-kb (\d+)/.exec(r.stderr ?? '');
    if (m) rss = Math.max(rss, Number(m[1]));
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)], rssMb: rss / 1024 };
}

const rows = [];
const results = {};
const fmt = (n) => n.toFixed(0).padStart(7);

const bare = time(['-e', '']);
const help = time([cli, '--help']);
rows.push(['node -e ""', bare.ms, '']);
rows.push(['styr --help', help.ms, `${(help.ms / bare.ms).toFixed(2)}× node (target ≤ 1.5×)`]);
results.help = help.ms / bare.ms;

for (const n of SIZES) {
  const dir = join(work, `n${n}`);
  if (!existsSync(join(dir, 'styr.yaml'))) {
    const g = spawnSync(node, [join(root, 'bench', 'generate.mjs'), '--out', dir, '--orders', String(n)], { stdio: 'inherit' });
    if (g.status !== 0) process.exit(2);
  }
  const floor = time([join(root, 'bench', 'floor.mjs'), dir], { expectExit: [0] });
  const validate = time([join(root, 'bench', 'rss.mjs'), 'validate', '--data', dir, '--today', TODAY, '--format', 'json'], { expectExit: [0] });
  // The order flow reads the same repository and adds scoring, ranking and planning on top.
  const rank = time([join(root, 'bench', 'rss.mjs'), 'order', 'rank', '--json', '--data', dir, '--today', TODAY], { expectExit: [0] });
  const plan = time([join(root, 'bench', 'rss.mjs'), 'plan', '--json', '--data', dir, '--today', TODAY], { expectExit: [0] });
  rows.push([`floor (read + js-yaml) N=${n}`, floor.ms, '']);
  rows.push([`styr validate N=${n}`, validate.ms, `${(validate.ms / floor.ms).toFixed(2)}× floor (target ≤ 2×), peak ${validate.rssMb.toFixed(0)} MB`]);
  rows.push([`styr order rank N=${n}`, rank.ms, `${(rank.ms / validate.ms).toFixed(2)}× validate (target ≤ 2×), peak ${rank.rssMb.toFixed(0)} MB`]);
  rows.push([`styr plan N=${n}`, plan.ms, `${(plan.ms / validate.ms).toFixed(2)}× validate (target ≤ 2×), peak ${plan.rssMb.toFixed(0)} MB`]);
  results[n] = { floor: floor.ms, validate: validate.ms, rss: validate.rssMb, rank: rank.ms, plan: plan.ms };
}

// styr diff: two commits of the largest repository that differ in 10 order
// files. Only the changed files and what they need are parsed, so it must take
// far less than a full validate of the same repository.
{
  const n = SIZES[SIZES.length - 1];
  const repoDir = join(work, `git-n${n}`);
  const git = (...args) => {
    const r = spawnSync('git', args, {
      cwd: repoDir,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.org' },
    });
    if (r.status !== 0) {
      console.error(`git ${args.join(' ')} failed:\n${r.stderr}`);
      process.exit(2);
    }
    return r.stdout;
  };
  if (!existsSync(join(repoDir, '.git', 'styr-bench-ready'))) {
    rmSync(repoDir, { recursive: true, force: true });
    cpSync(join(work, `n${n}`), repoDir, { recursive: true });
    git('init', '-q', '-b', 'main');
    git('config', 'commit.gpgsign', 'false');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const orders = readdirSync(join(repoDir, 'orders'))
      .sort()
      .filter((_, i) => i % 997 === 0)
      .slice(0, 10);
    for (const file of orders) {
      const path = join(repoDir, 'orders', file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (ändrad)'));
    }
    git('add', '-A');
    git('commit', '-q', '-m', 'change 10 orders');
    writeFileSync(join(repoDir, '.git', 'styr-bench-ready'), '');
  }
  const diff = time([join(root, 'bench', 'rss.mjs'), 'diff', 'HEAD~1', 'HEAD', '--data', repoDir, '--today', TODAY, '--format', 'json'], { expectExit: [0] });
  const out = spawnSync(node, [cli, 'diff', 'HEAD~1', 'HEAD', '--data', repoDir, '--today', TODAY, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const stats = JSON.parse(out.stdout).stats;
  const full = results[n].validate;
  rows.push([
    `styr diff (10 files) N=${n}`,
    diff.ms,
    `${(diff.ms / full).toFixed(2)}× validate (target ≤ 0.6×), parsed ${stats.parsedFiles.head} of ${stats.recordFiles.head} files, peak ${diff.rssMb.toFixed(0)} MB`,
  ]);
  results.diff = { ms: diff.ms, ratio: diff.ms / full, parsed: stats.parsedFiles, files: stats.recordFiles };
}

// styr render --html of every document at the largest N: validate, render
// each page to Markdown and HTML, check (and if need be sanitise) and write.
// Each run writes into a folder of its own that does not exist yet, as a CI
// job does; the folders are removed after the runs. Target: under 3×
// validate. A re-render into an up-to-date folder is shown too.
{
  const n = SIZES[SIZES.length - 1];
  const data = join(work, `n${n}`);
  const outDir = (i) => join(work, `render-n${n}-${i}`);
  const clear = () => {
    for (const entry of readdirSync(work)) if (entry.startsWith(`render-n${n}`)) rmSync(join(work, entry), { recursive: true, force: true });
    spawnSync('sync');
  };
  clear();
  const renderArgs = (i) => [join(root, 'bench', 'rss.mjs'), 'render', '--html', '--data', data, '--today', TODAY, '--out', outDir(i)];
  const render = time(renderArgs, { expectExit: [0] });
  const pages = readdirSync(outDir(0), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const again = time(() => renderArgs(0), { expectExit: [0] });
  clear();
  const full = results[n].validate;
  rows.push([
    `styr render --html N=${n}`,
    render.ms,
    `${(render.ms / full).toFixed(2)}× validate (target < 3×), ${pages} HTML pages into a new folder, peak ${render.rssMb.toFixed(0)} MB`,
  ]);
  rows.push([`  again, nothing changed`, again.ms, `${(again.ms / full).toFixed(2)}× validate, peak ${again.rssMb.toFixed(0)} MB`]);
  results.render = { ms: render.ms, ratio: render.ms / full, pages };
}

// Long lists (issue 12 D2): a valid styr.yaml with 75,000 meeting dates (ajv's
// uniqueItems compared every pair: 25 s of CPU) and a RACI activity with 20,000 roles
// that do not exist (each problem's line was found by a search from the mapping's start).
// Both must stay within a few times the floor of reading and parsing the same files.
{
  const dir = join(work, 'long-lists');
  if (!existsSync(join(dir, 'styr.yaml'))) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(root, 'test', 'fixtures', 'valid'), dir, { recursive: true });
    const day = (i) => new Date(Date.UTC(1900, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const dates = Array.from({ length: 75_000 }, (_, i) => day(i));
    writeFileSync(join(dir, 'styr.yaml'), `${readFileSync(join(dir, 'styr.yaml'), 'utf8')}councilMeetings: [${dates.join(', ')}]\n`);
    const raci = join(dir, 'raci', 'bestallning.yaml');
    const roles = Array.from({ length: 20_000 }, (_, i) => `r${i}: I`).join(', ');
    writeFileSync(raci, readFileSync(raci, 'utf8').replace('it-chef: I }', `it-chef: I, ${roles} }`));
  }
  const floor = time([join(root, 'bench', 'floor.mjs'), dir], { expectExit: [0] });
  const validate = time([join(root, 'bench', 'rss.mjs'), 'validate', '--data', dir, '--today', TODAY, '--format', 'json'], { expectExit: [1] });
  rows.push(['floor (read + js-yaml) long lists', floor.ms, '']);
  rows.push(['styr validate long lists', validate.ms, `${(validate.ms / floor.ms).toFixed(2)}× floor (target ≤ 10×), peak ${validate.rssMb.toFixed(0)} MB`]);
  results.longLists = validate.ms / floor.ms;
}

console.log('\nstyr benchmark (median of ' + RUNS + ' runs, ms)\n');
for (const [name, ms, note] of rows) console.log(`${name.padEnd(34)} ${fmt(ms)}  ${note}`);
const big = results[SIZES[SIZES.length - 1]];
const small = results[SIZES[0]];
if (SIZES.length > 1) {
  const growth = (big.validate - bare.ms) / (small.validate - bare.ms);
  const ratio = SIZES[SIZES.length - 1] / SIZES[0];
  console.log(`\ngrowth of validate (minus process start) from N=${SIZES[0]} to N=${SIZES[SIZES.length - 1]}: ${growth.toFixed(1)}× for ${ratio}× the data`);
  // N log N allows ratio × log(big)/log(small); anything above grows worse than N log N.
  const nLogN = ratio * (Math.log(SIZES[SIZES.length - 1]) / Math.log(SIZES[0]));
  for (const name of ['rank', 'plan']) {
    const g = (big[name] - bare.ms) / (small[name] - bare.ms);
    results[`${name}Growth`] = { growth: g, limit: nLogN };
    console.log(
      `growth of ${name === 'rank' ? 'order rank' : 'plan'} (minus process start): ${g.toFixed(1)}× for ${ratio}× the data (N log N allows ${nLogN.toFixed(1)}×)`,
    );
  }
}
const misses = [];
if (results.help > 1.5) misses.push('styr --help slower than 1.5× node');
if (big.validate > 2 * big.floor) misses.push('styr validate slower than 2× the floor');
if (big.rss > 400) misses.push('peak memory over 400 MB');
if (results.diff && results.diff.ratio > 0.6) misses.push('styr diff of 10 files above 0.6× a full validate');
if (big.rank > 2 * big.validate) misses.push('styr order rank slower than 2× validate');
if (big.plan > 2 * big.validate) misses.push('styr plan slower than 2× validate');
for (const name of ['rank', 'plan']) {
  const g = results[`${name}Growth`];
  if (g && g.growth > g.limit) misses.push(`styr ${name === 'rank' ? 'order rank' : 'plan'} grows worse than N log N`);
}
if (results.longLists > 10) misses.push('styr validate of long lists above 10× the floor');
if (results.render && results.render.ratio >= 3) misses.push('styr render --html at or above 3× validate');
if (misses.length) {
  console.log('\nMISSED: ' + misses.join('; '));
  process.exitCode = 1;
} else console.log('\nall targets met');
