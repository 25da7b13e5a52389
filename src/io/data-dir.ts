// Where the data folder is, found without reading it: light enough for
// `styr --help`, which looks there for the output language.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE } from '../core/kinds/registry.js';

/** --data if given; else the nearest folder upwards holding styr.yaml; else ./data. */
export function resolveDataDir(option: string | undefined, cwd: string): string {
  if (option) return resolve(cwd, option);
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return resolve(cwd, 'data');
}
