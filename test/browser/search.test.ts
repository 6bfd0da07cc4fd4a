// Search in a real browser: type, pick a result, land on the exact turn with the audio seeked there.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpus, corpusSkipNotice, hasCorpus } from '../helpers/paths.js';
import { localOnly, skipBrowser, useBrowserSite } from '../helpers/browser.js';
import { makeSite, runCli } from '../helpers/site.js';

async function searchFrom(browser: Browser, url: string, query: string, outside: string[]): Promise<{ page: Page; bytes: () => number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await localOnly(context, outside);
  const page = await context.newPage();
  let bytes = 0;
  page.on('requestfinished', (r) => void r.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize)).catch(() => {}));
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  bytes = 0;
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  // Results of the whole query: on a loaded machine a pause while typing may show a prefix's results first.
  await page.waitForSelector(`#search-results[data-query="${query}"] a`);
  await page.waitForLoadState('networkidle');
  return { page, bytes: () => bytes };
}

describe.skipIf(skipBrowser)('search on the example site', () => {
  const site = useBrowserSite();

  it('finds a phrase only the seed transcript has and lands on that turn with the audio seeked', async () => {
    const { page } = await searchFrom(site.browser, `${site.server.url}150-a-short-spoken-demo/`, 'sub-interpreters', site.outside);
    const first = page.locator('#search-results a').first();
    const label = await first.textContent();
    expect(label).toContain("#149 Python's small object allocator");
    expect(label).toContain('Michael Kennedy');
    expect(label).toContain('17:08');
    expect(label).not.toMatch(/[\u2800-\u28ff]/);
    expect(await first.locator('mark').first().textContent()).toMatch(/sub/i);
    await first.click();
    await page.waitForURL(/149-python-s-small-object-allocator\/#t=1028$/);
    await page.waitForFunction(() => Math.abs(document.querySelector('audio')!.currentTime - 1028) < 1);
    expect(await page.locator('.turn.current').getAttribute('id')).toBe('t=1028');
    expect(await page.locator('.turn.current').textContent()).toContain('sub-interpreters');
    await page.context().close();
  });

  it('works from the keyboard: / focuses, arrows move, Enter opens the highlighted result', async () => {
    const { page } = await searchFrom(site.browser, `${site.server.url}`, 'WebVTT', site.outside);
    await page.keyboard.press('ArrowDown');
    const chosen = page.locator('#search-results a[aria-selected="true"]');
    expect(await chosen.count()).toBe(1);
    const href = await chosen.getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname + u.hash === href);
    await page.context().close();
  });

  it('runs the query of a /search/?q= address (the form without JavaScript ends there)', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=espeak`);
    await page.waitForSelector('#search-results a');
    expect(await page.locator('#search-results a').first().getAttribute('href')).toMatch(/^\/150-a-short-spoken-demo\//);
    await context.close();
  });
});

describe.skipIf(skipBrowser || !hasCorpus)('search on the imported Python Bytes archive', () => {
  corpusSkipNotice('search on the imported archive');
  const site = useBrowserSite(() => {
    const root = makeSite({});
    expect(runCli(['import', '--notes', join(corpus, 'show_notes'), '--transcripts', join(corpus, 'transcripts'), '--into', 'episodes'], root).code).toBe(0);
    return root;
  });

  it('lands on the exact turn of a transcript hit, downloading at most 300 KB for a three-word first search', async () => {
    const { page, bytes } = await searchFrom(site.browser, `${site.server.url}1-intro-to-the-show-and-pip-9-is-out/`, 'small object allocator', site.outside);
    expect(bytes()).toBeLessThan(300 * 1024);
    const first = page.locator('#search-results a').first();
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^\/149-pythons-small-object-allocator-and-other-memory-features\/#t=\d+/);
    // The excerpt reads as it was said: the words the index leaves out are back, and nothing hidden shows.
    const shown = (await page.locator('#search-results').textContent())!;
    expect(shown).not.toMatch(/[\u2800-\u28ff]/);
    expect(shown).toMatch(/\b(the|and|so|it's|that)\b/i);
    await first.click();
    // Imported episodes have no audio to seek: the page opens at the turn, highlighted.
    const id = href.split('#')[1]!;
    await page.waitForFunction((want) => document.querySelector('.turn.current')?.id === want, id);
    const turn = page.locator(`[id="${id}"]`);
    expect((await turn.textContent())!.toLowerCase()).toMatch(/small|object|alloc/);
    await page.context().close();
  });

  it('answers a query of only common words with a hint instead of downloading the biggest index chunks', async () => {
    const context = await site.browser.newContext();
    await localOnly(context, site.outside);
    const page = await context.newPage();
    await page.goto(`${site.server.url}`);
    await page.keyboard.press('/');
    await page.keyboard.type('so it is the');
    await page.waitForSelector('#search-results[data-query="so it is the"] p.none');
    expect(await page.locator('#search-results p.none').textContent()).toContain('too common');
    await context.close();
  });
});
