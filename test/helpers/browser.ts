// Debian's chromium driven by playwright-core. Missing chromium skips these tests with a loud notice,
// except under CI=true, where they must run (and so fail if it is missing).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startDevServer, type DevServer } from '../../src/serve/devServer.js';

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
