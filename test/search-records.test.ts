// The search records and the index made of them: which words are terms (no skip words), what each record keeps for
// the excerpts (all of its text), where each turn begins in word positions, and the index files the search box reads.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skipForm, skipSet } from '../src/search/skipWords.js';
import { fold, termsOf, tokensOf } from '../src/search/terms.js';
import { buildSearchIndex, SearchIndex, TextBytes } from '../src/search/buildSearchIndex.js';
import { RecordTerms } from '../src/search/recordTerms.js';
import { hashOf, TokenTable } from '../src/core/tokenTable.js';
import { episodesFileOf, EPISODES_PER_FILE, recordIn } from '../src/search/format.js';
import { MemoryWriter } from '../src/write/writer.js';
import { joinedTokens, type SearchRecord } from '../src/render/outputs/searchRecords.js';
import { buildSite, episode, makeSite, PODCAST_YAML, read } from './helpers/site.js';

describe('terms', () => {
  const skip = skipSet();

  it('splits text at white space into tokens, the positions a turn list counts in', () => {
    expect(tokensOf('  So, the memory\tallocator -- it’s FAST!\n')).toEqual(['So,', 'the', 'memory', 'allocator', '--', 'it’s', 'FAST!']);
  });

  it('makes the words of a token its terms, in lower case, without skip words or punctuation', () => {
    expect(termsOf('Sub-interpreters,', skip)).toEqual(['sub', 'interpreter']);
    expect(termsOf('It’s', skip)).toEqual([]);
    expect(termsOf('--', skip)).toEqual([]);
    expect(termsOf('state-of-the-art', skip)).toEqual(['state', 'art']);
    expect(termsOf('Python3.12', skip)).toEqual(['python3', '12']);
    expect(termsOf('Łukasz', skip)).toEqual(['łukasz']);
  });

  it('folds plurals and possessives, and leaves words that only end in s alone', () => {
    expect(['allocators', "allocator's", 'classes', 'class', 'status', 'analysis', 'bus', 'gas'].map(fold)).toEqual(['allocator', 'allocator', 'classe', 'class', 'status', 'analysis', 'bus', 'gas']);
  });

  it('compares skip words in lower case with straight apostrophes and no punctuation around them', () => {
    expect(skipForm('“It’s,')).toBe("it's");
    expect(skipForm('--')).toBe('');
    expect(skipSet(['Python']).has('python')).toBe(true);
    expect(skip.has('python')).toBe(false);
  });
});

describe('counting the terms of a record', () => {
  const skip = skipSet();
  /** Every character JavaScript's \\s matches, each once between words. */
  const spaces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

  it('counts the tokens tokensOf gives, at any white space, and each term as often as termsOf gives it', () => {
    const words = ['  Memory', 'allocators,', 'memory!', 'It’s', 'the', 'allocator', 'Łukasz', 'sub-interpreters', 'memory', '--', 'x\u200by'];
    const content = words.map((w, i) => w + spaces[i % spaces.length]).join('') + spaces.join('');
    const terms = new RecordTerms(skip);
    const [record] = terms.episode([{ url: '/e/', content, meta: {} }]).records;
    const tokens = tokensOf(content);
    expect(record!.length).toBe(tokens.length);
    const expected = new Map<string, number>();
    for (const t of tokens) for (const term of termsOf(t, skip)) expected.set(term, (expected.get(term) ?? 0) + 1);
    const fresh = terms.episode([]).first;
    expect(fresh).toBe(expected.size);
    const got = new Map<string, number>();
    const names = terms.episode(JSON.stringify([{ url: '/f/', content: [...expected.keys()].join(' '), meta: {} }]));
    expect(names.fresh).toEqual([]);
    // Term numbers follow first appearance, so they name the terms in the order tokensOf meets them.
    const order = [...expected.keys()];
    for (let k = 0; k < record!.terms.length; k += 2) got.set(order[record!.terms[k]!]!, record!.terms[k + 1]!);
    expect(got).toEqual(expected);
    expect(got.get('memory')).toBe(3);
    expect(got.get('allocator')).toBe(2);
  });

  it("joins a turn's tokens as tokensOf would, and counts them, whatever its white space", () => {
    for (const text of ['', '   ', 'one', ' So,\tthe  memory\nallocator ', spaces.join('x') + 'y', '\u00a0lead and trail\u3000']) {
      expect(joinedTokens(text), JSON.stringify(text)).toEqual({ text: tokensOf(text).join(' '), count: tokensOf(text).length });
    }
  });

  it('tells tokens apart by their characters, not their hash, as its table grows', () => {
    const table = new TokenTable<number>();
    const add = (t: string, v: number) => table.add(t, 0, t.length, hashOf(t, 0, t.length), v);
    const find = (t: string) => table.find(`<${t}>`, 1, t.length + 1, hashOf(t, 0, t.length));
    // "Aa" and "BB" hash alike (31 × 65 + 97 = 31 × 66 + 66).
    expect(hashOf('Aa', 0, 2)).toBe(hashOf('BB', 0, 2));
    add('Aa', -1);
    expect(find('BB')).toBeUndefined();
    add('BB', -2);
    for (let n = 0; n < 20_000; n++) add(`w${n}`, n);
    expect([find('Aa'), find('BB'), find('w0'), find('w19999'), find('w20000'), find('w1999')]).toEqual([-1, -2, 0, 19999, undefined, 1999]);
    expect(table.size).toBe(20_002);
  });
});

describe('the search index', () => {
  it('prints every whole number in its files as String() does, at every width and past 32 bits', () => {
    const numbers = [0, 1, 9, 10, 11, 99, 100, 101, 2047, 0x7ffffffe, 0x7fffffff, 0x80000000, 0xffffffff, 2 ** 40 + 3, Number.MAX_SAFE_INTEGER];
    for (let p = 10; p <= 1e15; p *= 10) numbers.push(p - 1, p, p + 1);
    for (let k = 0; k < 2000; k++) numbers.push(Math.floor(((k * 0.6180339887) % 1) * 2 ** (k % 40)));
    const out = new TextBytes();
    numbers.forEach((n, k) => {
      if (k) out.byte(0x2c);
      out.digits(n);
    });
    expect(new TextDecoder().decode(out.take())).toBe(numbers.map(String).join(','));
  });

  it('writes the same files when its entries are spilled to runs on disk, and leaves no run behind', () => {
    // 40 episodes of 3 records over a vocabulary of 300 words, some in every record: terms in many runs, or in one.
    const words = Array.from({ length: 300 }, (_, k) => `word${k.toString(36)}`);
    const episodes = Array.from({ length: 40 }, (_, e) =>
      JSON.stringify(Array.from({ length: 3 }, (_, r) => ({ url: `/e${e}/#${r}`, content: Array.from({ length: 60 }, (_, k) => words[(e * 37 + r * 11 + k * k) % words.length]).join(' ') + ' always', meta: {} }))),
    );
    const files = (spill?: { dir: string; bytes: number }) => {
      const writer = new MemoryWriter();
      const index = new SearchIndex(skipSet(), writer, undefined, spill);
      episodes.forEach((records, e) => index.add(`e${e}/search.json`, records));
      return index.finish().map((path) => [path, writer.read(path)]);
    };
    const dir = join(mkdtempSync(join(tmpdir(), 'shownotes-spill-')), 'runs');
    const inMemory = files();
    expect(files({ dir, bytes: 1 << 20 })).toEqual(inMemory);
    // A run after every few episodes.
    let runs = 0;
    const spy = new SearchIndex(skipSet(), new MemoryWriter(), () => (runs = existsSync(dir) ? readdirSync(dir).length : runs), { dir, bytes: 200 });
    episodes.forEach((records, e) => spy.add(`e${e}/search.json`, records));
    expect(runs).toBeGreaterThan(10);
    spy.discard();
    expect(existsSync(dir)).toBe(false);
    expect(files({ dir, bytes: 200 })).toEqual(inMemory);
    expect(existsSync(dir)).toBe(false);
  });

  it('closes a terms file once its entries reach 24,000 characters, counting characters, not UTF-8 bytes', () => {
    // 3,000 terms of Greek and Japanese letters (two and three bytes each in UTF-8), each in a few records.
    const letters = 'αβγδεζηθικλμνξοπρστυφχψω日本語';
    const word = (k: number) => Array.from({ length: 6 }, (_, d) => letters[Math.floor(k / letters.length ** d) % letters.length]).join('');
    const writer = new MemoryWriter();
    const index = new SearchIndex(skipSet(), writer);
    for (let e = 0; e < 30; e++) {
      const records = Array.from({ length: 4 }, (_, r) => ({ url: `/e${e}/#${r}`, content: Array.from({ length: 100 }, (_, k) => word(e * 100 + k + r)).join(' '), meta: {} }));
      index.add(`e${e}/search.json`, JSON.stringify(records));
    }
    index.finish();
    const meta = JSON.parse(writer.read('search/meta.json')!) as { terms: [string, string][] };
    expect(meta.terms.length).toBeGreaterThan(3);
    const partLengths = meta.terms.map(([, f]) => Object.entries(JSON.parse(writer.read(`search/${f}`)!) as Record<string, number[]>).map(([t, list]) => `${JSON.stringify(t)}:${JSON.stringify(list)}`.length));
    for (const parts of partLengths.slice(0, -1)) {
      const total = parts.reduce((a, b) => a + b, 0);
      expect([total >= 24_000, total - parts[parts.length - 1]! < 24_000]).toEqual([true, true]);
    }
    // Each file is named after its content's UTF-8 bytes.
    for (const [, f] of meta.terms) expect(f).toBe(`terms/${createHash('sha1').update(writer.read(`search/${f}`)!).update('\0').digest('hex').slice(0, 16)}.json`);
  });

  it("lists each episode's records file and count in site order, and numbers records across episodes in that order", () => {
    const writer = new MemoryWriter();
    const index = new SearchIndex(skipSet(), writer);
    const episode = (n: number, count: number) => JSON.stringify(Array.from({ length: count }, (_, k) => ({ url: `/e${n}/#${k}`, content: `record ${k} of episode${n} zebra`, meta: {} })));
    index.add('e1/search.json', episode(1, 5));
    index.add('e0/search.json', episode(0, 0));
    index.add('e2/search.json', episode(2, 9));
    index.add('e3/search.json', episode(3, 6));
    const files = index.finish();
    expect(files.filter((f) => f.startsWith('search/episodes/'))).toEqual(['search/episodes/0.json']);
    // An episode without records is not listed.
    expect(JSON.parse(writer.read('search/episodes/0.json')!)).toEqual([['e1/search.json', 5], ['e2/search.json', 9], ['e3/search.json', 6]]);
    const meta = JSON.parse(writer.read('search/meta.json')!) as { records: number; terms: [string, string][]; episodes: number[] };
    expect(meta.records).toBe(20);
    expect(meta.episodes).toEqual([0]);
    const list = JSON.parse(writer.read('search/episodes/0.json')!) as [string, number][];
    expect([0, 4, 5, 13, 14, 19, 20].map((id) => recordIn(list, 0, id))).toEqual([
      { path: 'e1/search.json', at: 0 },
      { path: 'e1/search.json', at: 4 },
      { path: 'e2/search.json', at: 0 },
      { path: 'e2/search.json', at: 8 },
      { path: 'e3/search.json', at: 0 },
      { path: 'e3/search.json', at: 5 },
      null,
    ]);
    const terms: Record<string, number[]> = Object.assign({}, ...meta.terms.map(([, f]) => JSON.parse(writer.read(`search/${f}`)!)));
    // "episode2" is in records 5 to 13: the first as 5, the others one after another.
    expect(terms.episode2!.filter((_, i) => i % 3 === 0)).toEqual([5, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(terms.zebra!.filter((_, i) => i % 3 === 0).reduce((a, b) => a + b, 0)).toBe(19);
  });

  it('splits the episodes list into files of 256, and finds the file of a record from their first records', () => {
    const writer = new MemoryWriter();
    const index = new SearchIndex(skipSet(), writer);
    for (let n = 0; n < EPISODES_PER_FILE + 3; n++) index.add(`e${n}/search.json`, JSON.stringify([{ url: `/e${n}/`, content: 'a b', meta: {} }, { url: `/e${n}/#x`, content: 'c', meta: {} }]));
    index.finish();
    const meta = JSON.parse(writer.read('search/meta.json')!) as { episodes: number[] };
    expect(meta.episodes).toEqual([0, 2 * EPISODES_PER_FILE]);
    expect(episodesFileOf(meta.episodes, 0)).toBe(0);
    expect(episodesFileOf(meta.episodes, 2 * EPISODES_PER_FILE - 1)).toBe(0);
    expect(episodesFileOf(meta.episodes, 2 * EPISODES_PER_FILE)).toBe(1);
    const second = JSON.parse(writer.read('search/episodes/1.json')!) as [string, number][];
    expect(recordIn(second, 2 * EPISODES_PER_FILE, 2 * EPISODES_PER_FILE + 3)).toEqual({ path: `e${EPISODES_PER_FILE + 1}/search.json`, at: 1 });
  });

  it('files records whose terms another numbering gave (a render worker) as it files its own, and refuses terms out of order', () => {
    const records = (words: string) => JSON.stringify([{ url: '/e/', content: words, meta: {} }]);
    const termFiles = (writer: MemoryWriter) => {
      const meta = JSON.parse(writer.read('search/meta.json')!) as { terms: [string, string][] };
      return meta.terms.map(([, f]) => writer.read(`search/${f}`)).join('\n');
    };
    const own = new MemoryWriter();
    const plain = new SearchIndex(skipSet(), own);
    plain.add('e1/search.json', records('zebra yak zebra'));
    plain.add('e2/search.json', records('yak walrus'));
    plain.finish();

    const other = new MemoryWriter();
    const index = new SearchIndex(skipSet(), other);
    const worker = new RecordTerms(skipSet());
    const first = worker.episode(records('zebra yak zebra'));
    const second = worker.episode(records('yak walrus'));
    expect([first.first, first.fresh, second.first, second.fresh]).toEqual([0, ['zebra', 'yak'], 2, ['walrus']]);
    // Answers are learnt as they arrive, then filed in site order.
    index.adopt(first);
    index.adopt(second);
    index.add('e1/search.json', first);
    index.add('e2/search.json', second);
    index.finish();
    expect(termFiles(other)).toBe(termFiles(own));

    const third = worker.episode(records('yak ocelot'));
    const fourth = worker.episode(records('zebra narwhal'));
    expect(() => new SearchIndex(skipSet(), new MemoryWriter()).add('e4/search.json', fourth)).toThrow(/came before/);
    expect(third.fresh).toEqual(['ocelot']);
  });
});

describe('the search records and index of a built site', async () => {
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
    const [names, entries] = r.meta.turns!.split(';') as [string, string];
    let at = 0;
    return entries.split(',').map((e) => {
      const [delta, id, k] = e.split(':') as [string, string, string];
      at += Number(delta);
      const s = Number(id.split('-')[0]);
      return [at, `t=${id}`, k === '' ? '' : names.split('|')[Number(k)]!, `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`] as const;
    });
  };
  const meta = JSON.parse(read(built.outDir, 'search/meta.json')) as { records: number; meanLength: number; terms: [string, string][]; episodes: number[] };
  const index: Record<string, number[]> = Object.assign({}, ...meta.terms.map(([, file]) => JSON.parse(read(built.outDir, `search/${file}`))));

  it('builds', () => expect(built.ok).toBe(true));

  it('keeps the whole text of the transcript in its records, for the excerpts', () => {
    expect(segments.map((r) => r.content).join(' ')).toBe(lines.map((l) => l[2]).join(' '));
  });

  it('lists where each turn begins in word positions, with its speaker and clock', () => {
    const seen: number[] = [];
    for (const r of segments) {
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

  it('indexes the terms of every record and no skip word, built in or from podcast.yaml', () => {
    const terms = Object.keys(index);
    expect(terms).toEqual(expect.arrayContaining(['show', 'memory', 'allocator', 'fastest', 'episode']));
    for (const t of terms) expect(skipSet(['python']).has(t), t).toBe(false);
    expect(terms).not.toContain('python');
  });

  it('gives each term its records as [record − the one before, count, length / 8], numbered in site order', () => {
    expect(meta.records).toBe(records.length);
    // The index copies no record: each is found in its episode's search.json through the episodes files.
    expect(existsSync(join(built.outDir, 'search/records'))).toBe(false);
    const list = JSON.parse(read(built.outDir, 'search/episodes/0.json')) as [string, number][];
    records.forEach((r, i) => {
      const where = recordIn(list, meta.episodes[0]!, i)!;
      expect(JSON.parse(read(built.outDir, where.path))[where.at]).toEqual(r);
    });
    const decoded = (term: string) => {
      const list = index[term]!;
      const out: [number, number][] = [];
      for (let k = 0, id = 0; k < list.length; k += 3) out.push([(id += list[k]!), list[k + 1]!]);
      return out;
    };
    const holding = (term: string) =>
      records.flatMap((r, i) => {
        const n = tokensOf(r.content).flatMap((t) => termsOf(t, skipSet(['python']))).filter((x) => x === term).length;
        return n ? [[i, n] as [number, number]] : [];
      });
    for (const term of ['allocator', 'memory', 'fastest', 'episode']) expect(decoded(term), term).toEqual(holding(term));
    expect(decoded('allocator').reduce((a, [, n]) => a + n, 0)).toBe(4);
  });

  it('makes the same index from the records the render hands over as from the search.json files it wrote', () => {
    const fromFiles = new MemoryWriter();
    fromFiles.write({ path: '1-alloc/search.json', content: read(built.outDir, '1-alloc/search.json') });
    const paths = buildSearchIndex(['1-alloc/search.json'], fromFiles, skipSet(['python']));
    expect(paths.length).toBeGreaterThan(2);
    for (const path of paths) expect(fromFiles.read(path), path).toBe(read(built.outDir, path));
  });

  it('splits the terms into files in order, each named after its first term in meta.json', () => {
    const firsts = meta.terms.map(([first]) => first);
    expect(firsts).toEqual([...firsts].sort());
    for (const [first, file] of meta.terms) expect(Object.keys(JSON.parse(read(built.outDir, `search/${file}`))).sort()[0]).toBe(first);
  });

  it("writes the site's skip list for the search box, with the podcast's own words", () => {
    const words = JSON.parse(read(built.outDir, 'search/skip-words.json')) as string[];
    expect(words).toContain('the');
    expect(words).toContain("it's");
    expect(words).toContain('python');
    expect(words).toEqual([...words].sort());
  });
});
