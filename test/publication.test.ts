// Drafts and scheduled episodes: a published build leaves them out everywhere; --drafts and --future preview them;
// dev and check take in every episode.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { checkSite } from '../src/check/checkSite.js';
import { startDev } from '../src/watch/devSession.js';
import { episode, makeSite, read, runCli, snapshot } from './helpers/site.js';

const DAY = 86_400_000;
const transcript = (word: string) => `00:00:01 ADA: Welcome to the show, today ${word} is the topic.\n00:00:09 BEN: Tell me about ${word}.\n`;

/** One published episode, one draft and one dated 2099-05-01 (scheduled, for a build run before that day). */
function site() {
  return makeSite({
    'episodes/1-out/index.md': episode({ title: 'Out now', date: '2020-01-01', number: 1 }, '## Published topic\n'),
    'episodes/1-out/transcript.txt': transcript('publishedword'),
    'episodes/2-draft/index.md': episode({ title: 'Still a draft', date: '2020-02-01', number: 2, draft: true, tags: ['wip'] }, '## Draft topic\n'),
    'episodes/2-draft/transcript.txt': transcript('draftword'),
    'episodes/3-later/index.md': episode({ title: 'Coming soon', date: '2099-05-01', number: 3 }, '## Later topic\n'),
    'episodes/3-later/transcript.txt': transcript('laterword'),
  });
}
const BEFORE = Date.UTC(2031, 0, 1);

/** Every text file of a built site, concatenated: what a held episode must not appear in. */
function allText(outDir: string): string {
  return [...snapshot(outDir).values()].map((b) => Buffer.from(b, 'base64').toString('utf8')).join('\n');
}

describe('drafts and scheduled episodes', () => {
  it('leaves drafts and episodes dated after the build out of every page, the feed, the sitemap and the search index', async () => {
    const root = site();
    const outDir = join(root, 'dist');
    const result = await build({ root, outDir, now: BEFORE, threads: 0 });
    expect(result.ok).toBe(true);
    expect(result.episodes).toBe(1);
    expect(result.held).toEqual({ draft: 1, scheduled: 1 });
    expect(existsSync(join(outDir, '1-out/index.html'))).toBe(true);
    expect(existsSync(join(outDir, '2-draft'))).toBe(false);
    expect(existsSync(join(outDir, '3-later'))).toBe(false);
    expect(existsSync(join(outDir, 'tags/wip'))).toBe(false);
    const text = allText(outDir);
    for (const held of ['Still a draft', 'Coming soon', '2-draft', '3-later', 'draftword', 'laterword']) expect(text).not.toContain(held);
    expect(text).toContain('publishedword');
  });

  it('says at the end of a build what it left out and how to build it', () => {
    const root = site();
    const r = runCli(['build'], root);
    expect(r.code).toBe(0);
    // The real clock: 2099 is after today.
    expect(r.stderr).toMatch(/built 1 episode, .*; left out 1 draft \(--drafts builds them\) and 1 episode dated after today \(--future builds them\)/);
    const all = runCli(['build', '--drafts', '--future'], root);
    expect(all.stderr).toMatch(/built 3 episodes, \d+ files into \S+ in \d+ ms\n/);
  });

  it('builds drafts with --drafts as marked previews that search engines skip, kept out of the feed and the sitemap', async () => {
    const root = site();
    const outDir = join(root, 'dist');
    const result = await build({ root, outDir, now: BEFORE, drafts: true, threads: 0 });
    expect(result.held).toEqual({ draft: 0, scheduled: 1 });
    const page = read(outDir, '2-draft/index.html');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('class="draft-note"');
    expect(read(outDir, '1-out/index.html')).not.toContain('noindex');
    expect(read(outDir, 'index.html')).toMatch(/Still a draft<\/a> <span class="draft-mark">Draft<\/span>/);
    expect(read(outDir, 'tags/wip/index.html')).toContain('Still a draft');
    expect(read(outDir, 'feed.xml')).not.toContain('Still a draft');
    expect(read(outDir, 'feed.xml')).toContain('Out now');
    expect(read(outDir, 'sitemap.xml')).not.toContain('2-draft');
  });

  it('publishes a scheduled episode in the first build on or after its date, as a cold build would, and keeps the rest', async () => {
    const root = site();
    const outDir = join(root, 'dist');
    await build({ root, outDir, now: BEFORE, drafts: true, threads: 0 });
    const due = Date.UTC(2099, 4, 1);
    const later = await build({ root, outDir, now: due, drafts: true, threads: 0 });
    expect(later.held).toEqual({ draft: 0, scheduled: 0 });
    expect(later.renderedEpisodes).toContain('3-later');
    expect(read(outDir, 'feed.xml')).toContain('Coming soon');
    const cold = join(root, 'cold');
    await build({ root, outDir: cold, now: due + DAY, drafts: true, cache: false, threads: 0 });
    expect(snapshot(outDir)).toEqual(snapshot(cold));
  });

  it('removes the pages of a published episode that becomes a draft, and builds it again once it is not', async () => {
    const root = site();
    const outDir = join(root, 'dist');
    const edit = (draft: boolean) => episode({ title: 'Out now', date: '2020-01-01', number: 1, draft }, '## Published topic\n');
    await build({ root, outDir, now: BEFORE, threads: 0 });
    writeFileSync(join(root, 'episodes/1-out/index.md'), edit(true));
    const hidden = await build({ root, outDir, now: BEFORE, threads: 0 });
    expect(hidden.episodes).toBe(0);
    expect(existsSync(join(outDir, '1-out'))).toBe(false);
    expect(allText(outDir)).not.toContain('publishedword');
    writeFileSync(join(root, 'episodes/1-out/index.md'), edit(false));
    await build({ root, outDir, now: BEFORE, threads: 0 });
    expect(read(outDir, 'feed.xml')).toContain('Out now');
    expect(read(outDir, '1-out/index.html')).not.toContain('draft-note');
  });

  it('checks drafts and scheduled episodes too', async () => {
    const { episodes } = await checkSite(site());
    expect(episodes).toBe(3);
  });

  it('previews drafts and scheduled episodes in dev, and drops the mark when a draft is published', async () => {
    const root = site();
    const outDir = join(root, 'dist');
    const dev = await startDev({ root, outDir, host: '127.0.0.1', port: 0, log: () => {}, debounceMs: 10 });
    try {
      expect(read(outDir, '2-draft/index.html')).toContain('class="draft-note"');
      expect(existsSync(join(outDir, '3-later/index.html'))).toBe(true);
      expect(read(outDir, 'feed.xml')).not.toContain('Still a draft');
      writeFileSync(join(root, 'episodes/2-draft/index.md'), episode({ title: 'Still a draft', date: '2020-02-01', number: 2, tags: ['wip'] }, '## Draft topic\n'));
      for (let i = 0; i < 250 && read(outDir, '2-draft/index.html').includes('draft-note'); i++) await new Promise((r) => setTimeout(r, 20));
      await dev.idle();
      expect(read(outDir, '2-draft/index.html')).not.toContain('draft-note');
      expect(read(outDir, 'index.html')).not.toContain('draft-mark');
      expect(read(outDir, 'feed.xml')).toContain('Still a draft');
      expect(read(outDir, 'sitemap.xml')).toContain('2-draft');
      // Publishing moves nothing in the site's order: only the episode and the pages that list it are rendered again.
      const last = dev.rebuilds[dev.rebuilds.length - 1]!.report;
      expect(last.renderedEpisodes).toEqual(['2-draft']);
      expect([...last.renderedPages].sort()).toEqual(['feed.xml', 'index.html', 'people/ada/index.html', 'people/ben/index.html', 'sitemap.xml', 'tags/wip/index.html']);
    } finally {
      await dev.close();
    }
  });
});
