#!/usr/bin/env node
// npm run fuzz -- --cases N [--seed S]: the fuzzer of test/fuzz for long runs.
// It runs the same vitest file with more cases (STYR_FUZZ_CASES) and, given
// --seed, replays a run (STYR_FUZZ_SEED); the test prints cases and rate.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const env = { ...process.env };
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split('=', 2);
  const value = inline ?? args[++i];
  if (flag === '--cases' && /^\d+$/.test(value ?? '')) env.STYR_FUZZ_CASES = value;
  else if (flag === '--seed' && /^-?\d+$/.test(value ?? '')) env.STYR_FUZZ_SEED = value;
  else {
    process.stderr.write('usage: npm run fuzz -- --cases N [--seed S]\n');
    process.exit(2);
  }
}
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz/example-data.test.ts', '--silent=false'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 2);
