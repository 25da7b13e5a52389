#!/usr/bin/env node
// npm run bench — times styr against the floor at N = 1,000 and 10,000 orders.
// Prints a table and exits 1 if a target is missed. Figures are medians of
// several runs; compare ratios from one run, not absolute times across runs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('build first: npm run build');
  process.exit(2);
}

function time(args, { expectExit = [0, 1] } = {}) {
  const samples = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(node, args, { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!expectExit.includes(r.status)) {
      console.error(`command failed (${r.status}): node ${args.join(' ')}\n${r.stderr}`);
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
  rows.push([`floor (read + js-yaml) N=${n}`, floor.ms, '']);
  rows.push([`styr validate N=${n}`, validate.ms, `${(validate.ms / floor.ms).toFixed(2)}× floor (target ≤ 2×), peak ${validate.rssMb.toFixed(0)} MB`]);
  results[n] = { floor: floor.ms, validate: validate.ms, rss: validate.rssMb };
}

console.log('\nstyr benchmark (median of ' + RUNS + ' runs, ms)\n');
for (const [name, ms, note] of rows) console.log(`${name.padEnd(34)} ${fmt(ms)}  ${note}`);
const big = results[SIZES[SIZES.length - 1]];
const small = results[SIZES[0]];
if (SIZES.length > 1) {
  const growth = (big.validate - bare.ms) / (small.validate - bare.ms);
  const ratio = SIZES[SIZES.length - 1] / SIZES[0];
  console.log(`\ngrowth of validate (minus process start) from N=${SIZES[0]} to N=${SIZES[SIZES.length - 1]}: ${growth.toFixed(1)}× for ${ratio}× the data`);
}
const misses = [];
if (results.help > 1.5) misses.push('styr --help slower than 1.5× node');
if (big.validate > 2 * big.floor) misses.push('styr validate slower than 2× the floor');
if (big.rss > 400) misses.push('peak memory over 400 MB');
if (misses.length) {
  console.log('\nMISSED: ' + misses.join('; '));
  process.exitCode = 1;
} else console.log('\nall targets met');
