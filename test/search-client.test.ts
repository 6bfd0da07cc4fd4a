// The search box's engine (src/search/client.ts, shipped as search/client.js) against a built site, with fetch
// reading the site's files: how queries are read, which records answer them, in what order, and where.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openSearch } from '../src/search/client.js';
import { buildSite, episode, makeSite, read } from './helpers/site.js';

describe('the search engine the site ships', async () => {
  const lines = [
    '00:00:00 ADA: Welcome. Today the memory allocator of Python.',
    '00:00:09 BEN: The fastest allocator I know is the small object allocator.',
    '00:00:20 ADA: Allocators aside, let us talk about packaging.',
  ].join('\n');
  const root = makeSite({
    'episodes/1-alloc/index.md': episode({ title: 'Allocators', date: '2024-01-01', number: 1 }, '## Memory\n\nAll about memory.\n'),
    'episodes/1-alloc/transcript.txt': lines,
    'episodes/2-pack/index.md': episode({ title: 'Packaging', date: '2024-02-01', number: 2 }, '## Wheels\n\nPackaging with wheels, again packaging.\n'),
    'episodes/2-pack/transcript.txt': '00:00:00 ADA: Packaging, packaging, packaging.\n00:00:30 BEN: And one allocator.\n',
  });
  const built = await buildSite(root);
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const file = join(built.outDir, url.replace(/^\//, ''));
    return existsSync(file) ? new Response(readFileSync(file)) : new Response('', { status: 404 });
  });
  afterAll(() => vi.unstubAllGlobals());
  const search = await openSearch('/');

  it('ships the engine and the modules it imports with the site', () => {
    expect(built.ok).toBe(true);
    for (const f of ['search/client.js', 'search/terms.js', 'search/format.js', 'core/time.js']) expect(read(built.outDir, `search/engine/${f}`)).not.toContain('sourceMappingURL');
    expect(read(built.outDir, 'search/engine/search/client.js')).toContain("from './terms.js'");
    expect(read(built.outDir, 'search/engine/search/client.js')).toContain("from '../core/time.js'");
  });

  it('reads a query as the index has it: skip words out, words folded, quoted phrases kept', () => {
    expect(search.parse('the Allocators of "small object" memory')).toEqual({ words: ['allocator', 'small', 'object', 'memory'], phrases: [['small', 'object']] });
    expect(search.parse('so it is the').words).toEqual([]);
  });

  it('finds the records holding every word, with where they match', async () => {
    const found = await search.results(search.parse('allocator'), 6);
    expect(new Set(found.map((f) => f.url.split('#')[0]))).toEqual(new Set(['/1-alloc/', '/2-pack/']));
    for (const f of found) for (const at of f.locations) expect(f.tokens[at]!.toLowerCase()).toContain('allocator');
    const both = await search.results(search.parse('packaging allocator'), 6);
    expect(both.every((f) => f.tokens.some((t) => /packaging/i.test(t)) && f.tokens.some((t) => /allocator/i.test(t)))).toBe(true);
  });

  it('matches a prefix of three letters or more, and keeps a phrase only where its words follow one another', async () => {
    expect((await search.results(search.parse('alloc'), 6)).length).toBeGreaterThan(0);
    expect(await search.results(search.parse('al'), 6)).toEqual([]);
    const phrase = await search.results(search.parse('"small object allocator"'), 6);
    expect(phrase.map((f) => f.url.split('#')[0])).toEqual(['/1-alloc/']);
    // It lands where the phrase is, not on an earlier "allocator".
    expect(phrase[0]!.tokens.slice(phrase[0]!.locations[0], phrase[0]!.locations[0]! + 3).join(' ')).toBe('small object allocator.');
    expect(phrase[0]!.turn).toEqual({ id: 't=9', speaker: 'Ben', clock: '0:09' });
    // A hit in the notes has no turn: it lands on the page.
    const notes = await search.results(search.parse('wheels'), 6);
    expect(notes.map((f) => [f.url, f.turn])).toEqual([['/2-pack/', null]]);
    expect(await search.results(search.parse('"object small"'), 6)).toEqual([]);
  });

  it('downloads only the terms files of the query and the records files of its results', async () => {
    fetched.length = 0;
    await search.results(search.parse('wheels'), 6);
    expect(fetched.every((u) => /^\/search\/(terms|records)\//.test(u))).toBe(true);
  });
});
