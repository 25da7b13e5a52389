// Finding the system's Chromium for `styr render --pdf` (and the browser
// tests): STYR_CHROMIUM when it is set — then only that path, so a wrong
// setting is reported instead of silently printing with another browser —
// else the usual names on PATH and the usual Debian/Ubuntu/Chrome paths.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The flags a headless print needs on a closed network (no sandbox in containers, no GPU, nothing fetched in the background). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function executable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where findChromium looks, in order, for `env` (said in the message when none is found). */
export function chromiumCandidates(env: NodeJS.ProcessEnv): string[] {
  if (env.STYR_CHROMIUM) return [env.STYR_CHROMIUM];
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => NAMES.map((name) => join(dir, name)));
  return [...new Set([...onPath, ...PATHS])];
}

/** The first Chromium that exists and can be run, or undefined. */
export function findChromium(env: NodeJS.ProcessEnv, isExecutable: (path: string) => boolean = executable): string | undefined {
  return chromiumCandidates(env).find(isExecutable);
}
