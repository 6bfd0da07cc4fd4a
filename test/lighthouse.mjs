// `npm run lighthouse`: Lighthouse in Debian's chromium on the example site's seed page (not part of npm test).
// Builds the example site into a temp folder, serves it on loopback, prints the four scores and fails below 95.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { build } from '../lib/build.js';
import { startDevServer } from '../lib/serve/devServer.js';

const out = mkdtempSync(join(tmpdir(), 'shownotes-lighthouse-'));
const result = build({ root: process.cwd(), outDir: out, cache: false });
if (!result.ok) throw new Error('the example site did not build');
const server = await startDevServer({ dir: out, host: '127.0.0.1', port: 0, liveReload: false });
const chrome = await launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const url = `${server.url}149-python-s-small-object-allocator/`;
try {
  const runs = [];
  for (const formFactor of ['mobile', 'desktop']) {
    const settings = formFactor === 'desktop'
      ? { formFactor, screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }, throttlingMethod: 'simulate' }
      : { formFactor };
    const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'], ...settings });
    const scores = Object.fromEntries(Object.entries(r.lhr.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
    runs.push({ formFactor, ...scores });
    for (const [k, v] of Object.entries(r.lhr.categories)) {
      if (v.score < 1) for (const ref of v.auditRefs) { const a = r.lhr.audits[ref.id]; if (a.score !== null && a.score < 1 && ref.weight > 0) console.log(`  ${formFactor} ${k}: ${a.id} ${a.score} ${a.displayValue ?? ''}`); }
    }
  }
  console.table(runs);
  const low = runs.flatMap((r) => Object.entries(r).filter(([k, v]) => k !== 'formFactor' && v < 95).map(([k, v]) => `${r.formFactor} ${k} ${v}`));
  if (low.length) {
    console.error(`below 95: ${low.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await chrome.kill();
  await server.close();
}
