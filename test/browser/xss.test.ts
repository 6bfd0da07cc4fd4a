// Hostile text in every field: no script runs on any page. A window.__xss tripwire must stay unset in chromium.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import type { DevServer } from '../../src/serve/devServer.js';
import { launch, serve, skipBrowser } from '../helpers/browser.js';
import { makeSite } from '../helpers/site.js';

const PAYLOADS = [
  `<script>window.__xss='script'</script>`,
  `"><img src=x onerror="window.__xss='img'">`,
  `'><svg onload="window.__xss='svg'">`,
  `</script><script>window.__xss='break-out'</script>`,
  `<iframe srcdoc="<script>parent.__xss='iframe'</script>"></iframe>`,
  `javascript:window.__xss='js-url'`,
  `<a href="javascript:window.__xss='a'">x</a>`,
  `--> <v X>\u2028${'<'}b onmouseover="window.__xss='vtt'">`,
  `{{it.x}} <%~ 'eta' %> \${window.__xss='tpl'}`,
];
const P = PAYLOADS.join(' ');

describe.skipIf(skipBrowser)('hostile text', () => {
  let browser: Browser;
  let server: DevServer;
  let pages: string[] = [];

  beforeAll(async () => {
    const yaml = (s: string) => JSON.stringify(s);
    const root = makeSite({
      'episodes/evil/index.md': [
        '---',
        `title: ${yaml(P)}`,
        'date: 2024-01-01',
        `description: ${yaml(P)}`,
        `tags: [${yaml(PAYLOADS[0]!)}, ${yaml(PAYLOADS[1]!)}]`,
        `guests: [{name: ${yaml(PAYLOADS[1]!)}, url: ${yaml("javascript:window.__xss='guest'")}}]`,
        `sponsors: [{name: ${yaml(PAYLOADS[2]!)}, url: ${yaml("javascript:window.__xss='sponsor'")}}]`,
        `speakers: {EVIL: ${yaml(PAYLOADS[3]!)}}`,
        `audio: ${yaml(`/a.mp3"><script>window.__xss='audio'</script>`)}`,
        '---',
        `## ${P}`,
        '',
        `**Brian #1:** [${PAYLOADS[1]}](javascript:window.__xss='md')`,
        '',
        `[data](data:text/html,<script>parent.__xss='data'</script>) ${PAYLOADS.join('\n\n')}`,
        '',
        `<script>window.__xss='raw-html'</script>`,
        '',
        'Sponsored by Evil: [pythonbytes.fm/evil](https://pythonbytes.fm/evil)',
      ].join('\n'),
      'episodes/evil/transcript.txt': PAYLOADS.map((p, i) => `00:0${i}:00 EVIL: ${p} brought to you by ${p}`).join('\n') + '\n',
      'episodes/evil2/index.md': `---\ntitle: ${yaml(PAYLOADS[3]!)}\ndate: 2024-01-02\n---\n${P}\n`,
      'episodes/evil2/transcript.vtt': `WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v ${PAYLOADS[1]}>${P}\n\n00:00:02.000 --> 00:00:04.000\n<v Z>&lt;script&gt;window.__xss='entity'&lt;/script&gt;\n`,
    }, {
      podcast: `title: ${JSON.stringify(P)}\ndescription: ${JSON.stringify(P)}\nauthor: ${JSON.stringify(P)}\nurl: https://x.example/\npeople:\n  evil: {name: ${JSON.stringify(PAYLOADS[0])}, url: ${JSON.stringify("javascript:window.__xss='person'")}}\nhosts: [evil]\n`,
    });
    const out = join(root, 'dist');
    const result = await build({ root, outDir: out, cache: false });
    expect(result.ok).toBe(true);
    const walk = (d: string): string[] => readdirSync(d).flatMap((e) => (statSync(join(d, e)).isDirectory() ? walk(join(d, e)) : [join(d, e)]));
    pages = walk(out).filter((f) => f.endsWith('.html')).map((f) => relative(out, f).replace(/index\.html$/, ''));
    server = await serve(out);
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs no script from transcript text, speaker names, front matter, notes or podcast metadata on any page', async () => {
    expect(pages.length).toBeGreaterThan(8);
    const context = await browser.newContext();
    const tripped: string[] = [];
    for (const p of pages) {
      const page = await context.newPage();
      page.on('dialog', (d) => { tripped.push(`${p}: dialog`); void d.dismiss(); });
      await page.goto(`${server.url}${p}`);
      await page.waitForLoadState('load');
      // Hover, click and search to give event-handler payloads their chance.
      await page.mouse.move(200, 200);
      for (const a of (await page.locator('a.seek').all()).slice(0, 3)) await a.click().catch(() => {});
      if (await page.locator('#q').count()) {
        await page.locator('#q').fill('window');
        await page.waitForTimeout(400);
      }
      const value = await page.evaluate(() => (window as unknown as { __xss?: string }).__xss);
      if (value !== undefined) tripped.push(`${p}: ${value}`);
      await page.close();
    }
    await context.close();
    expect(tripped).toEqual([]);
  });
});
