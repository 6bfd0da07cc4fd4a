// Debian's chromium driven by playwright-core. Missing chromium skips these tests with a loud notice,
// except under CI=true, where they must run (and so fail if it is missing).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { build } from '../../src/build.js';
import { startDevServer, type DevServer } from '../../src/serve/devServer.js';
import { projectRoot } from './paths.js';

export const CHROMIUM = '/usr/bin/chromium';
export const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Tests play audio without a click first.
  '--autoplay-policy=no-user-gesture-required',
];

const hasChromium = existsSync(CHROMIUM);
export const skipBrowser = !hasChromium && process.env.CI !== 'true';
if (!hasChromium) {
  const msg = `\n${'!'.repeat(78)}\n!! ${CHROMIUM} is missing: ${process.env.CI === 'true' ? 'CI=true, so browser tests will FAIL' : 'browser tests are SKIPPED'}.\n!! Install it with: apt-get install -y chromium\n${'!'.repeat(78)}\n`;
  console.warn(msg);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** The built site on a loopback port, without live reload. */
export function serve(dir: string): Promise<DevServer> {
  return startDevServer({ dir, host: '127.0.0.1', port: 0, liveReload: false });
}

/** A page context that fails the test on any request leaving the machine. */
export async function localOnly(context: BrowserContext, seen: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url) || url.startsWith('data:')) return route.continue();
    seen.push(url);
    return route.abort();
  });
}

export interface BrowserSite {
  browser: Browser;
  server: DevServer;
  /** Requests that tried to leave the machine; each block checks it is empty at the end. */
  outside: string[];
}

/**
 * For one describe block: builds a site (the example project unless a root is given), serves it on loopback and
 * starts chromium before the tests, and stops both after them.
 */
export function useBrowserSite(root: () => string | Promise<string> = () => projectRoot): BrowserSite {
  const site = { outside: [] as string[] } as BrowserSite;
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'shownotes-browser-'));
    expect((await build({ root: await root(), outDir: out, cache: false })).ok).toBe(true);
    site.server = await serve(out);
    site.browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
    expect(site.outside).toEqual([]);
  });
  return site;
}
