// The feed and every per-episode file parse back and follow the Podcasting 2.0 and Apple rules.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { build } from '../src/build.js';
import { createMarkdown } from '../src/render/markdown.js';
import { feedDescription } from '../src/render/outputs/feedDescription.js';
import { projectRoot } from './helpers/paths.js';
import { parseString } from './helpers/parse.js';
import { buildSite, episode, makeSite, read } from './helpers/site.js';

const outDir = mkdtempSync(join(tmpdir(), 'shownotes-formats-'));
await build({ root: projectRoot, outDir });
const SEED = '149-python-s-small-object-allocator';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, isArray: (name) => ['item', 'podcast:transcript', 'podcast:person', 'itunes:category'].includes(name) });

describe('feed.xml', () => {
  const xml = read(outDir, 'feed.xml');
  const rss = parser.parse(xml).rss;
  const channel = rss.channel;

  it('declares the itunes and podcast namespaces exactly', () => {
    expect(rss['@_xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
    expect(rss['@_xmlns:podcast']).toBe('https://podcastindex.org/namespace/1.0');
  });

  it("has the channel tags Apple requires", () => {
    expect(channel.title).toBe('Python Bytes (shownotes example)');
    expect(channel.description.length).toBeGreaterThan(0);
    expect(channel.language).toBe('en');
    expect(channel['itunes:image']['@_href']).toBe('https://example.com/cover.png');
    expect(channel['itunes:category'][0]['@_text']).toBe('Technology');
    expect(channel['itunes:explicit']).toBe('false');
  });

  it("describes each item with its notes as the episode page shows them, less the page's seek links", () => {
    const item = channel.item.find((i: { link: string }) => i.link.endsWith(`/${SEED}/`));
    const page = read(outDir, `${SEED}/index.html`);
    expect(page).toContain('class="seek"');
    const body = matter(readFileSync(join(projectRoot, 'episodes', SEED, 'index.md'), 'utf8')).content;
    // The same description as from the notes rendered on their own, without the page's anchors and seek links (the
    // feed indents every line of an item, the description's too).
    expect(item.description.replace(/^ +/gm, '')).toBe(feedDescription(createMarkdown(false).render(body, {}), item.link));
    expect(item.description).not.toMatch(/▶|#t=|class=|id=/);
    expect(item.description).toContain('<a href="https://');
  });

  it('gives the notes’ headings and code blocks to podcast apps as paragraphs, not as loose text', () => {
    const notes = createMarkdown(false).render('# Python Bytes 381\n\n## Michael #1: [Oven](https://oven.fming.dev)\n\nLine one  \nline two\n\n```\npip install oven\n```\n\n> quoted\n', {});
    expect(feedDescription(notes, 'https://example.com/381/')).toBe(
      '<p>Python Bytes 381</p>\n<p>Michael #1: <a href="https://oven.fming.dev">Oven</a></p>\n<p>Line one \nline two</p>\n<p>pip install oven\n</p>\n<p>quoted</p>\n<p><a href="https://example.com/381/">Full show notes and transcript</a></p>',
    );
  });

  it('has a podcast:guid that is the UUIDv5 of the feed URL without scheme', () => {
    expect(channel['podcast:guid']).toBe(uuidv5('example.com/feed.xml', 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6'));
  });

  it('gives every item a permanent guid, an RFC 2822 date, a real enclosure, a duration, transcripts, chapters and people', () => {
    expect(channel.item).toHaveLength(2);
    const seed = channel.item.find((i: { title: string }) => i.title.startsWith("Python's small"));
    expect(seed.guid['#text']).toBe(`https://example.com/${SEED}/`);
    expect(seed.pubDate).toBe('Wed, 18 Sep 2019 00:00:00 GMT');
    expect(seed.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(seed.enclosure).toEqual({ '@_url': 'https://example.com/audio/149.mp3', '@_length': '2244024', '@_type': 'audio/mpeg' });
    expect(Number(seed['itunes:duration'])).toBeGreaterThan(2000);
    expect(seed['podcast:transcript'].map((t: Record<string, string>) => t['@_type'])).toEqual(['text/vtt', 'application/x-subrip', 'application/json', 'text/html']);
    expect(seed['podcast:transcript'][0]['@_rel']).toBe('captions');
    expect(seed['podcast:chapters']).toEqual({ '@_url': `https://example.com/${SEED}/chapters.json`, '@_type': 'application/json+chapters' });
    expect(seed['podcast:person'].map((p: Record<string, string>) => [p['#text'], p['@_role']])).toEqual([['Michael Kennedy', 'host'], ['Brian Okken', 'host']]);
    expect(Buffer.byteLength(seed.description)).toBeLessThanOrEqual(4000);
    expect(seed.description).not.toMatch(/<(?!\/?(?:p|ol|ul|li|a)[\s>])/);
  });

  it('lists items newest first', () => {
    expect(channel.item.map((i: { title: string }) => i.title)).toEqual(['A short spoken demo', "Python's small object allocator and other memory features"]);
  });
});

const chaptersSchema = z.object({
  version: z.literal('1.2.0'),
  chapters: z.array(z.object({ startTime: z.number().nonnegative(), title: z.string().optional(), url: z.string().url().optional(), img: z.string().optional(), toc: z.boolean().optional(), endTime: z.number().optional() }).strict()),
}).passthrough();

const transcriptJsonSchema = z.object({
  version: z.literal('1.0.0'),
  segments: z.array(z.object({ speaker: z.string().optional(), startTime: z.number(), endTime: z.number().optional(), body: z.string() }).strict()),
});

describe('per-episode files', () => {
  it('writes JSON chapters 1.2 in ascending startTime with sponsor reads out of the table of contents', () => {
    const doc = chaptersSchema.parse(JSON.parse(read(outDir, `${SEED}/chapters.json`)));
    const times = doc.chapters.map((c) => c.startTime);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const sponsor = doc.chapters.find((c) => c.title === 'Sponsor: Datadog')!;
    expect(sponsor.toc).toBe(false);
    expect(doc.chapters.filter((c) => c.toc === false)).toHaveLength(1);
  });

  it('writes a Podcasting 2.0 JSON transcript with every turn', () => {
    const doc = transcriptJsonSchema.parse(JSON.parse(read(outDir, `${SEED}/transcript.json`)));
    expect(doc.segments).toHaveLength(125);
    expect(doc.segments[0]).toMatchObject({ speaker: 'Michael Kennedy', startTime: 0 });
  });

  it('lays the JSON transcript out with one space of indent, as JSON.stringify would', () => {
    const text = read(outDir, `${SEED}/transcript.json`);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 1)}\n`);
  });

  it('writes VTT that reads back as the same turns', () => {
    const vtt = read(outDir, `${SEED}/transcript.vtt`);
    expect(vtt.startsWith('WEBVTT\n')).toBe(true);
    for (const line of vtt.split('\n')) expect(line.replace(/^<v [^>]+>/, '').length).toBeLessThanOrEqual(65);
    const back = parseString(vtt).transcript.turns;
    const original = parseString(read(projectRoot, `episodes/${SEED}/transcript.txt`)).transcript.turns;
    expect(back.map((t) => [t.start, t.text])).toEqual(original.map((t) => [t.start, t.text]));
    expect(new Set(back.map((t) => t.speaker))).toEqual(new Set(['Michael Kennedy', 'Brian Okken']));
  });

  it('writes SRT cues of at most two lines of about 32 characters, naming each new speaker', () => {
    const srt = read(outDir, `${SEED}/transcript.srt`);
    const cues = srt.trim().split(/\n\n/);
    for (const cue of cues) {
      const [n, timing, ...lines] = cue.split('\n');
      expect(n).toMatch(/^\d+$/);
      expect(timing).toMatch(/^\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}$/);
      expect(lines.length).toBeLessThanOrEqual(2);
    }
    expect(cues[0]).toContain('Michael Kennedy: Hello');
    const back = parseString(srt).transcript;
    expect(back.format).toBe('srt');
  });

  it('writes an HTML transcript with cite, time and p', () => {
    const html = read(outDir, `${SEED}/transcript.html`);
    expect(html).toContain('<cite>Michael Kennedy:</cite>\n<time>00:00:00</time>\n<p>Hello and welcome');
  });
});

const evil = `<script>window.__xss=1</script> & "quotes" 'single' --> ]]>`;
const root = makeSite({
  'episodes/evil/index.md': episode({ title: evil, date: '2024-01-01', description: evil, tags: [evil], guests: [{ name: evil }] }, `## ${evil}\n\n[click](javascript:alert(1)) [data](data:text/html,hi) <img src=x onerror=alert(1)>\n`),
  'episodes/evil/transcript.txt': `00:00:00 EVIL: ${evil}\n00:00:05 OTHER: second\n00:00:09 OTHER: third\n`,
});
const { outDir: out, ok } = await buildSite(root);

describe('escaping in every format', () => {
  it('builds', () => expect(ok).toBe(true));

  it('never lets transcript text or metadata become markup in HTML', () => {
    for (const page of ['evil/index.html', 'index.html', 'evil/transcript.html', 'tags/script-window-xss-1-script-quotes-single/index.html']) {
      const html = read(out, page);
      expect(html, page).not.toContain('<script>window.__xss');
      expect(html, page).not.toContain('<img src=x');
      expect(html, page).not.toMatch(/(?:href|src)="\s*(?:javascript|data):/i);
    }
    const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(read(out, 'evil/index.html'))![1]!;
    expect(JSON.parse(jsonLd).name).toBe(evil);
  });

  it('escapes XML, VTT and JSON', () => {
    const feed = parser.parse(read(out, 'feed.xml'));
    expect(feed.rss.channel.item[0].title).toBe(evil);
    const vtt = read(out, 'evil/transcript.vtt');
    expect(vtt).toContain('&lt;script&gt;');
    expect(vtt).not.toMatch(/-->.*-->/);
    const json = read(out, 'evil/transcript.json');
    expect(JSON.parse(json).segments[0].body).toBe(evil);
    expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 1)}\n`);
  });
});

describe('dollar signs in the feed', () => {
  const notes = 'Pricing: $$ per seat, "$&" and $\' stay as they are, and so does $1.';
  const dollars = makeSite({
    'episodes/money/index.md': episode({ title: 'Money', date: '2024-02-01' }, `## Topic\n\n${notes}\n`),
    'episodes/money/transcript.txt': '00:00:00 ADA: hello\n00:00:05 BOB: hi\n',
  });

  it('keeps "$&", "$$" and "$1" in show notes literally in the feed item description', async () => {
    const { outDir: dir, ok: built } = await buildSite(dollars);
    expect(built).toBe(true);
    const item = parser.parse(read(dir, 'feed.xml')).rss.channel.item[0];
    expect(item.description).toContain("Pricing: $$ per seat, &quot;$&amp;&quot; and $' stay as they are, and so does $1.");
  });
});

describe('soundbites in the feed', () => {
  const lines = (from: number, words: string) => Array.from({ length: 12 }, (_, i) => `${clock(from + i * 10)} ADA: ${words} ${i}.`).join('\n');
  const clock = (t: number) => `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
  const transcript = `${lines(0, 'Welcome to the show, first up is the parser topic')}\n${clock(125)} BEN: And now it is time for the joke, the joke of the week.\n${lines(130, 'A programmer walks into a bar and orders')}\n`;
  const site = makeSite({
    'episodes/a/index.md': episode({ title: 'Joke default', date: '2024-02-01' }, '## Parser topic\n\n**Joke:** [A bar joke](https://jokes.example/bar)\n'),
    'episodes/a/transcript.txt': transcript,
    'episodes/b/index.md': `---\ntitle: Chosen\ndate: 2024-02-02\nsoundbites:\n  - {start: "0:40", duration: 30, title: The parser in one breath}\n  - {start: 100, duration: 20.5}\n---\n## Parser topic\n\n## Joke\n`,
    'episodes/b/transcript.txt': transcript,
    'episodes/c/index.md': `---\ntitle: None\ndate: 2024-02-03\nsoundbites: []\n---\n## Parser topic\n\n## Joke\n`,
    'episodes/c/transcript.txt': transcript,
  });

  it('offers the joke as a soundbite of at most 120 s, or the ones the front matter lists, or none for an empty list', async () => {
    const { outDir, ok } = await buildSite(site);
    expect(ok).toBe(true);
    const items = parser.parse(read(outDir, 'feed.xml')).rss.channel.item as Record<string, unknown>[];
    const bites = (title: string) => {
      const b = items.find((i) => i.title === title)!['podcast:soundbite'];
      return b === undefined ? [] : Array.isArray(b) ? b : [b];
    };
    const [joke] = bites('Joke default');
    expect(Number(joke['@_startTime'])).toBeGreaterThanOrEqual(120);
    expect(Number(joke['@_startTime'])).toBeLessThanOrEqual(130);
    expect(Number(joke['@_duration'])).toBeGreaterThanOrEqual(15);
    expect(Number(joke['@_duration'])).toBeLessThanOrEqual(120);
    expect(joke['#text']).toBe('A bar joke');
    expect(bites('Chosen')).toEqual([
      { '@_startTime': '40', '@_duration': '30', '#text': 'The parser in one breath' },
      { '@_startTime': '100', '@_duration': '20.5' },
    ]);
    expect(bites('None')).toEqual([]);
  });

  it('reports a soundbite start that is not a time as an error, and a length apps advise against as a warning', async () => {
    const bad = makeSite({
      'episodes/x/index.md': `---\ntitle: X\ndate: 2024-02-01\nsoundbites:\n  - {start: "1:75", duration: 30}\n---\nNotes.\n`,
      'episodes/y/index.md': `---\ntitle: Y\ndate: 2024-02-01\nsoundbites:\n  - {start: 10, duration: 300}\n---\nNotes.\n`,
    });
    const r = await buildSite(bad);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.file, d.line, d.severity, d.rule])).toEqual(expect.arrayContaining([
      ['episodes/x/index.md', 4, 'error', 'soundbite-start-invalid'],
      ['episodes/y/index.md', 4, 'warning', 'soundbite-duration'],
    ]));
  });
});
