// The floor styr validate is measured against: one process that only reads
// the same files and parses them with js-yaml 4 (the fastest parser here).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';

const root = process.argv[2];
let count = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else {
      let text = readFileSync(path, 'utf8');
      if (path.endsWith('.md')) text = text.split(/^---$/m)[1] ?? '';
      jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
      count++;
    }
  }
};
walk(root);
process.stderr.write(`floor: parsed ${count} files\n`);
