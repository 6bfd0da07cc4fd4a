// Dev rebuilds against cold builds: after every kind of edit, the site that `shownotes dev` keeps up to date in place
// must be byte for byte the site a cold build makes from the same files. The rebuilds reuse keys, the site's order,
// groupings of people and tags, and feed items from the run before; this is what keeps those shortcuts honest.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { emptyCache } from '../src/incremental/cache.js';
import { SiteBuilder, type ChangeSet } from '../src/incremental/siteBuilder.js';
import { MemoryItems } from '../src/incremental/feedItems.js';
import { ShapeMemo } from '../src/render/outputs/memoByShape.js';
import type { EpisodeSummary } from '../src/core/episode.js';
import { InPlaceWriter, StagedDiskWriter } from '../src/write/writer.js';
import { episode, makeSite, snapshot } from './helpers/site.js';

const transcript = (who: string) => `00:00:01 ADA: Welcome to the show.\n00:00:09 BEN: Today ${who} talks about pytest fixtures.\n00:01:30 ADA: That is all for today.\n`;

function ep(n: number, extra: Record<string, unknown> = {}, body = `Notes of episode ${n}.\n\n## Topics\n\n- [Fixtures](https://example.com/${n})\n`) {
  return episode({ title: `Episode ${n}`, date: `2024-01-${String(n * 2).padStart(2, '0')}`, number: n, tags: ['python'], ...extra }, body);
}

describe('dev rebuilds', () => {
  it('leave the same site as a cold build after every kind of edit', async () => {
    const { root, dist, builder } = await sevenEpisodes();

    const edits: [string, () => ChangeSet][] = [
      ['notes of one episode', () => edit(root, 'e3', ep(3, {}, 'New notes.\n'))],
      ['a title, shown by its neighbours', () => edit(root, 'e4', ep(4, { title: 'Renamed' }))],
      ['a date that keeps the order', () => edit(root, 'e5', ep(5, { date: '2024-01-11' }))],
      ['a date that moves the episode', () => edit(root, 'e2', ep(2, { date: '2024-02-20' }))],
      ['a tag added', () => edit(root, 'e6', ep(6, { tags: ['python', 'testing'] }))],
      ['a guest added', () => edit(root, 'e1', ep(1, { guests: [{ name: 'Grace Hopper', url: 'https://grace.example' }] }))],
      ['the guest renamed', () => edit(root, 'e1', ep(1, { guests: [{ name: 'Grace B. Hopper', url: 'https://grace.example' }] }))],
      ['a transcript edited', () => ({ episodes: new Set([write(root, 'episodes/e7/transcript.txt', transcript('someone else'))]) })],
      // e7 again: its last parse and segmentation are kept from the edit before, and must not be reused now.
      ['the same transcript edited again', () => ({ episodes: new Set([write(root, 'episodes/e7/transcript.txt', `00:00:01 BEN: Hello.\n00:00:40 ADA: ${'Sponsor words. '.repeat(3)}\n`)]) })],
      ['then its notes', () => edit(root, 'e7', ep(7, {}, 'Notes without topics.\n'))],
      ['an episode added', () => {
        mkdirSync(join(root, 'episodes/e8'));
        write(root, 'episodes/e8/transcript.txt', transcript('guest 8'));
        return edit(root, 'e8', ep(8, { date: '2024-01-13' }));
      }],
      ['an episode removed', () => {
        rmSync(join(root, 'episodes/e3'), { recursive: true });
        return { episodes: new Set(['e3']) };
      }],
      ['two episodes at once', () => ({ episodes: new Set([...edit(root, 'e5', ep(5, { tags: [] })).episodes!, ...edit(root, 'e6', ep(6, {}, 'Other notes.\n')).episodes!]) })],
    ];
    // The dev runs follow each other with nothing in between, as in `shownotes dev` (a build in between would
    // reset what they remember); each state of the project is built cold afterwards.
    const states: { what: string; site: Map<string, string>; project: string }[] = [];
    for (const [what, make] of edits) {
      const report = await builder.run(new InPlaceWriter(dist, true), make(), { search: 'later', defer: true });
      expect(report.ok, what).toBe(true);
      await builder.writeDeferred(new InPlaceWriter(dist, true));
      const project = join(root, '..', `${basename(root)}-state-${states.length}`);
      for (const part of ['episodes', 'templates', 'public', 'podcast.yaml']) cpSync(join(root, part), join(project, part), { recursive: true });
      states.push({ what, site: snapshot(dist), project });
    }
    for (const { what, site, project } of states) {
      expect((await build({ root: project, outDir: join(project, 'dist'), cache: false, search: false })).ok).toBe(true);
      expect(site, what).toEqual(snapshot(join(project, 'dist')));
    }
  });
});

describe('a dev rebuild after a notes edit', () => {
  it('looks only at the edited episode, its neighbours and the pages that list it', async () => {
    const { root, dist, builder } = await sevenEpisodes();
    const filesOf = (...folders: string[]) => folders.flatMap((f) => builder.cache.episodes[f]!.files);
    const asked: string[] = [];
    const written: string[] = [];
    class Watching extends InPlaceWriter {
      override keep(path: string): boolean {
        asked.push(path);
        return super.keep(path);
      }
      override write(file: { path: string; content: string | Uint8Array }): void {
        written.push(file.path);
        super.write(file);
      }
    }
    // Newest first: e7 e6 | e5 e4 | e3 e2 | e1 on the index pages; e4's neighbours are e5 and e3.
    const report = await builder.run(new Watching(dist, true), edit(root, 'e4', ep(4, {}, 'New notes.\n')), { search: 'later', defer: true });
    expect(report.ok).toBe(true);
    expect(report.renderedEpisodes).toEqual(['e4']);
    expect(asked.filter((p) => filesOf('e1', 'e2', 'e6', 'e7').includes(p))).toEqual([]);
    expect(asked.filter((p) => filesOf('e3', 'e5').includes(p)).length).toBeGreaterThan(0);
    // The pages listing e4 (index page 2, its tag's and hosts' page 2) and nothing else; the feed comes after.
    const sitePages = [...asked, ...written].filter((p) => !filesOf('e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7').includes(p) && !p.startsWith('assets/'));
    expect(new Set(sitePages)).toEqual(new Set(['page/2/index.html', 'tags/python/page/2/index.html', 'people/ada/page/2/index.html', 'people/ben/page/2/index.html']));
    expect(report.renderedPages).not.toContain('feed.xml');
    expect(await builder.writeDeferred(new Watching(dist, true))).toEqual(['feed.xml']);
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain('New notes.');
  });

  it('drops the feed items its edits replaced once they could be a fifth of those kept, not after every save', async () => {
    const { root, dist, builder } = await sevenEpisodes();
    const items = builder.items as MemoryItems;
    expect(items.count).toBe(7);
    const counts: number[] = [];
    for (let k = 1; k <= 30; k++) {
      expect((await builder.run(new InPlaceWriter(dist, true), edit(root, 'e4', ep(4, {}, `Notes, version ${k}.\n`)), { search: 'later' })).ok).toBe(true);
      counts.push(items.count);
    }
    // Each edit replaces e4's item; the replaced ones go in the run that takes the store past 7 × 1.25 + 16.
    expect(counts.slice(0, 3)).toEqual([8, 9, 10]);
    expect(Math.max(...counts)).toBe(24);
    expect(counts).toContain(7);
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    expect(feed).toContain('Notes, version 30.');
    expect(feed.match(/<item>/g)).toHaveLength(7);
  });
});

describe('the shape memo', () => {
  const summary = (slug: string, tags: string[]) => ({ slug, tags, version: `${slug}:${tags.join()}` }) as unknown as EpisodeSummary;

  it('derives again only when an episode comes, goes, moves or changes what the format reads', () => {
    const memo = new ShapeMemo<number>((e) => e.tags.join());
    let derived = 0;
    const get = (list: EpisodeSummary[], ctx: unknown = 'ctx') => memo.get(list, ctx, () => ++derived);
    const a = summary('a', ['x']);
    const b = summary('b', ['y']);
    get([a, b]);
    expect(derived).toBe(1);
    get([a, b]);
    get([summary('a', ['x']), b]); // a new summary, same tags
    expect(derived).toBe(1);
    get([summary('a', ['z']), b]);
    expect(derived).toBe(2);
    get([b, summary('a', ['z'])]);
    expect(derived).toBe(3);
    get([b]);
    expect(derived).toBe(4);
    get([b], 'another context');
    expect(derived).toBe(5);
  });
});

/** Seven episodes two days apart, two to a page (so that edits move episodes between pages), built once by a builder. */
async function sevenEpisodes() {
  const files: Record<string, string> = {};
  for (let n = 1; n <= 7; n++) {
    files[`episodes/e${n}/index.md`] = ep(n);
    files[`episodes/e${n}/transcript.txt`] = transcript(`guest ${n}`);
  }
  const root = makeSite(files);
  writeFileSync(join(root, 'podcast.yaml'), `${readYaml(root)}pageSize: 2\n`);
  const dist = join(root, 'dist');
  const builder = new SiteBuilder(root, emptyCache(dist));
  expect((await builder.run(new StagedDiskWriter(dist), undefined, { search: 'later' })).ok).toBe(true);
  return { root, dist, builder };
}

function readYaml(root: string): string {
  return readFileSync(join(root, 'podcast.yaml'), 'utf8');
}

function write(root: string, path: string, content: string): string {
  writeFileSync(join(root, path), content);
  return path.split('/')[1]!;
}

function edit(root: string, folder: string, content: string): ChangeSet {
  write(root, `episodes/${folder}/index.md`, content);
  return { episodes: new Set([folder]) };
}
