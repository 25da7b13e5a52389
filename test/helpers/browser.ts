// Shared by the browser tests: a static server over a rendered site and
// Debian's Chromium driven by playwright-core. Without Chromium the caller's
// test fails (it never skips): .ci/run installs it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/io/chromium.js';

export const CHROMIUM = findChromium(process.env);
export { CHROMIUM_ARGS };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('no Chromium found (STYR_CHROMIUM, PATH, /usr/bin/chromium): apt-get install chromium (as .ci/run does)');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface StaticSite {
  /** http://127.0.0.1:PORT/ */
  base: string;
  close(): Promise<void>;
}

/** Serve a folder on loopback; 404 for anything outside it. */
export async function serveFolder(folder: string): Promise<StaticSite> {
  const root = resolve(folder);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
