// Accessibility with axe-core in the page, and screenshots compared with the stored ones, light and dark, wide and narrow.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.js';
import { localOnly, skipBrowser, useBrowserSite } from '../helpers/browser.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = join(projectRoot, 'test', 'screenshots');
const SEED = '149-python-s-small-object-allocator/';

describe.skipIf(skipBrowser)('quality in a real browser', () => {
  const site = useBrowserSite();

  async function open(path: string, opts: { scheme: 'light' | 'dark'; width: number; height?: number }): Promise<Page> {
    const context = await site.browser.newContext({ colorScheme: opts.scheme, viewport: { width: opts.width, height: opts.height ?? 900 }, deviceScaleFactor: 1 });
    await localOnly(context, site.outside);
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    await page.evaluate(() => document.fonts.ready);
    const audio = page.locator('audio');
    if (await audio.count()) await page.waitForFunction(() => document.querySelector('audio')!.readyState >= 1);
    return page;
  }

  for (const scheme of ['light', 'dark'] as const) {
    for (const path of ['', SEED, 'people/michael-kennedy/', 'no-such-page/']) {
      it(`has no axe-core violations on /${path} (${scheme})`, async () => {
        const page = await open(path, { scheme, width: 1280 });
        await page.addScriptTag({ path: axePath });
        const result = await page.evaluate(() =>
          (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
          }),
        );
        expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`)).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('can be used from the keyboard with a visible focus', async () => {
    const page = await open(SEED, { scheme: 'light', width: 1280 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.context().close();
  });

  for (const [name, path] of [['index', ''], ['seed', SEED]] as const) {
    for (const width of [1280, 390]) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`looks as stored: ${name} at ${width} px, ${scheme}`, async () => {
          const page = await open(path, { scheme, width, height: 1000 });
          const shot = PNG.sync.read(await page.screenshot({ animations: 'disabled', caret: 'hide' }));
          await page.context().close();
          const file = join(SHOTS, `${name}-${width}-${scheme}.png`);
          if (!existsSync(file) || process.env.UPDATE_SCREENSHOTS === '1') {
            if (process.env.CI === 'true') throw new Error(`no stored screenshot ${file}: run UPDATE_SCREENSHOTS=1 npm test locally and commit it`);
            mkdirSync(SHOTS, { recursive: true });
            writeFileSync(file, PNG.sync.write(shot));
            console.warn(`wrote new screenshot ${file}`);
            return;
          }
          const want = PNG.sync.read(readFileSync(file));
          expect([shot.width, shot.height]).toEqual([want.width, want.height]);
          const diff = pixelmatch(shot.data, want.data, undefined, want.width, want.height, { threshold: 0.15 });
          expect(diff / (want.width * want.height)).toBeLessThan(0.005);
        });
      }
    }
  }
});
