// Runs the styr CLI in this process and reports its peak memory (maxRSS, kB) on fd 2 at exit.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

process.on('exit', () => {
  process.stderr.write(`\nmaxrss-kb ${process.resourceUsage().maxRSS}\n`);
});
process.argv = [process.argv[0], 'styr', ...process.argv.slice(2)];
await import(pathToFileURL(resolve(import.meta.dirname, '..', 'dist', 'cli', 'bin.js')).href);
