// The fuzzer (issue 12): mutated copies of the example data, run through styr
// in-process. A few hundred cases here; `npm run fuzz -- --cases N` runs more
// (scripts/fuzz.mjs sets STYR_FUZZ_CASES and STYR_FUZZ_SEED). A failure prints
// the seed and the shrunk mutations, which replay with the same seed.
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';
import { applyMutations, mutationArbitrary, readDataFolder } from './mutate.js';
import { baselineElements, checkCase, COMMANDS, Workspace } from './check.js';

const CASES = Number(process.env.STYR_FUZZ_CASES ?? 200);
const SEED = process.env.STYR_FUZZ_SEED === undefined ? undefined : Number(process.env.STYR_FUZZ_SEED);
const DATA = join(ROOT, 'data');
const files = readDataFolder(DATA);
const tmp = tempDir('styr-fuzz-');
let ws: Workspace;
let allowed: ReadonlySet<string>;

beforeAll(async () => {
  // Small data: the pages are converted on the main thread, as in a real run.
  process.env.STYR_HTML_WORKER = '0';
  ws = new Workspace(tmp.dir, files, DATA);
  allowed = await baselineElements(ws);
});
afterAll(() => tmp.cleanup());

describe('styr on mutated example data', () => {
  it(
    `keeps its promises over ${CASES} cases`,
    async () => {
      const started = Date.now();
      let ran = 0;
      const codes = new Map<number, number>();
      const property = fc.asyncProperty(mutationArbitrary(files), fc.nat({ max: COMMANDS.length - 1 }), async (mutations, command) => {
        ran++;
        ws.apply(applyMutations(files, mutations));
        try {
          const failures = await checkCase(ws, COMMANDS[command]!, allowed, codes);
          expect(failures).toEqual([]);
        } finally {
          ws.restore();
        }
      });
      const params: fc.Parameters<[unknown, number]> = { numRuns: CASES, endOnFailure: CASES > 1000 };
      if (SEED !== undefined) params.seed = SEED;
      await fc.assert(property, params);
      const seconds = (Date.now() - started) / 1000;
      const byCode = [...codes].sort(([a], [b]) => a - b).map(([code, n]) => `exit ${code}: ${n}`);
      console.log(`fuzz: ${ran} cases in ${seconds.toFixed(1)} s (${(ran / seconds).toFixed(1)} cases/s; ${byCode.join(', ')})`);
      // The mutations must break the data often enough to test the error paths.
      expect(codes.get(1) ?? 0).toBeGreaterThan(ran / 4);
    },
    Math.max(120_000, CASES * 2_000),
  );
});
