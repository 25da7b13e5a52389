import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from './chromium.js';

describe('findChromium', () => {
  it('uses STYR_CHROMIUM alone when it is set, and finds nothing if that path does not run', () => {
    expect(chromiumCandidates({ STYR_CHROMIUM: '/opt/x/chrome', PATH: '/usr/bin' })).toEqual(['/opt/x/chrome']);
    expect(findChromium({ STYR_CHROMIUM: '/nonexistent', PATH: '/usr/bin' }, (p) => p === '/usr/bin/chromium')).toBeUndefined();
  });

  it('looks on PATH first, then at the usual paths', () => {
    const env = { PATH: '/home/u/bin:/usr/local/bin' };
    expect(chromiumCandidates(env).slice(0, 2)).toEqual(['/home/u/bin/chromium', '/home/u/bin/chromium-browser']);
    expect(findChromium(env, (p) => p === '/usr/local/bin/google-chrome' || p === '/usr/bin/chromium')).toBe('/usr/local/bin/google-chrome');
    expect(findChromium({ PATH: '' }, (p) => p === '/usr/bin/chromium-browser')).toBe('/usr/bin/chromium-browser');
    expect(findChromium({}, () => false)).toBeUndefined();
  });
});
