// The search records: what Pagefind indexes (no skip words), what it keeps for the excerpts (all of the text), and
// where each turn begins, counted the way Pagefind numbers its word positions.
import { describe, expect, it } from 'vitest';
import { hideText, indexedText, skipForm, skipSet } from '../src/search/skipWords.js';
import type { SearchRecord } from '../src/render/outputs/searchRecords.js';
import { buildSite, episode, makeSite, PODCAST_YAML, read } from './helpers/site.js';

/** What the search box does to hidden text (site.js, `shown`): Braille patterns back to their UTF-8 bytes. */
function shown(text: string): string {
  return text.replace(/[\u2800-\u28ff]+/g, (run) => new TextDecoder().decode(Uint8Array.from([...run].map((c) => c.charCodeAt(0) - 0x2800))));
}

/** The tokens of indexed content that Pagefind makes words of: those that are not hidden. */
function searchable(content: string): string[] {
  return content.split(' ').filter((t) => !/^[\u2800-\u28ff]+$/.test(t));
}

describe('skip words', () => {
  const skip = skipSet();

  it('hides skip words and tokens with no letter or digit, and keeps every other token as written', () => {
    const { text, words } = indexedText('So, the memory  allocator -- it’s FAST! The end.', skip);
    expect(searchable(text)).toEqual(['memory', 'allocator', 'FAST!', 'end.']);
    expect(shown(text)).toBe('So, the memory allocator -- it’s FAST! The end.');
    // Pagefind numbers a position for every token, hidden or not.
    expect(words).toBe(9);
  });

  it('hides any text as symbols with no letter or digit that read back to the same text', () => {
    for (const text of ['it’s', 'Łukasz: 3|t=12', '日本語', '', '-'.repeat(200_000)]) {
      const hidden = hideText(text);
      expect(hidden).toMatch(/^[\u2800-\u28ff]*$/);
      expect(shown(hidden)).toBe(text);
    }
  });

  it('compares words in lower case with straight apostrophes and no punctuation around them', () => {
    expect(skipForm('“It’s,')).toBe("it's");
    expect(skipForm('--')).toBe('');
    expect(skipSet(['Python']).has('python')).toBe(true);
    expect(skip.has('python')).toBe(false);
  });
});

describe('the search records of a built site', async () => {
  const lines: [number, string, string][] = [
    [0, 'ADA', 'So this is the show about the memory allocator.'],
    [7, 'BEN', 'Yeah, and it’s the fastest Python allocator.'],
    [15, 'ADA', 'Right.'],
    [18, 'BEN', 'Python, Python, Python!'],
  ];
  const transcript = lines.map(([t, who, text]) => `00:00:${String(t).padStart(2, '0')} ${who}: ${text}`).join('\n');
  const root = makeSite(
    { 'episodes/1-alloc/index.md': episode({ title: 'The allocator episode', date: '2024-01-01', number: 1 }, 'All about [the allocator](https://example.com/alloc).\n'), 'episodes/1-alloc/transcript.txt': transcript },
    { podcast: `${PODCAST_YAML}search:\n  skipWords: [Python]\n` },
  );
  const built = await buildSite(root);
  const records = JSON.parse(read(built.outDir, '1-alloc/search.json')) as SearchRecord[];
  const segments = records.filter((r) => r.meta.kind !== 'notes');
  /** A record's turns as the search box reads them: [word position, turn id, speaker, clock]. */
  const turnsOf = (r: SearchRecord) => {
    const [names, entries] = shown(r.meta.turns!).split(';') as [string, string];
    let at = 0;
    return entries.split(',').map((e) => {
      const [delta, id, k] = e.split(':') as [string, string, string];
      at += Number(delta);
      const s = Number(id.split('-')[0]);
      return [at, `t=${id}`, k === '' ? '' : names.split('|')[Number(k)]!, `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`] as const;
    });
  };

  it('builds', () => expect(built.ok).toBe(true));

  it('indexes no skip word, built in or from podcast.yaml, and keeps the whole text for the excerpts', () => {
    const skip = skipSet(['python']);
    for (const r of records) for (const w of searchable(r.content)) expect(skip.has(skipForm(w)), w).toBe(false);
    expect(segments.map((r) => shown(r.content)).join(' ')).toBe(lines.map((l) => l[2]).join(' '));
    expect(segments.flatMap((r) => searchable(r.content))).toEqual(['show', 'memory', 'allocator.', 'fastest', 'allocator.']);
  });

  it('lists where each turn begins in positions that count hidden tokens too, hidden from the index as well', () => {
    const seen: number[] = [];
    for (const r of segments) {
      expect(r.meta.turns).toMatch(/^[\u2800-\u28ff]+$/);
      let at = 0;
      for (const [offset, id, speaker, clock] of turnsOf(r)) {
        const line = lines.find((l) => `t=${l[0]}` === id)!;
        expect(offset, id).toBe(at);
        expect(speaker).toBe(line[1] === 'ADA' ? 'Ada' : 'Ben');
        expect(clock).toBe(`0:${String(line[0]).padStart(2, '0')}`);
        at += line[2].split(' ').length;
        seen.push(line[0]);
      }
    }
    expect(seen).toEqual([0, 7, 15, 18]);
  });

  it("writes the site's skip list for the search box, with the podcast's own words", () => {
    const words = JSON.parse(read(built.outDir, 'search/skip-words.json')) as string[];
    expect(words).toContain('the');
    expect(words).toContain("it's");
    expect(words).toContain('python');
    expect(words).toEqual([...words].sort());
  });
});
