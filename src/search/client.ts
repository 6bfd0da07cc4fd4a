// The search box's engine, run in the browser: the build writes this module, compiled, into the site as
// search/client.js, with search/terms.js beside it, so a page splits queries exactly as the build split the records
// (terms.ts is the one definition of both) and always reads the index format of the generator that wrote it.
// The theme (public/assets/site.js) imports it and draws the results.
//
// A query's words are looked up in the terms files that hold them (search/meta.json says which); records holding
// every word are ranked with BM25; the best are fetched for their text (from their episode's search.json, found
// through the episodes files), and a "quoted phrase" is checked in it.
import { formatClock } from '../core/time.js';
import { episodesFile, episodesFileOf, lastAtOrBefore, META_FILE, recordIn, SEARCH_DIR, SKIP_WORDS_FILE, turnAt } from './format.js';
import { termsOf, tokensOf } from './terms.js';
// A type only, so nothing of the renderer is shipped with the engine.
import type { SearchRecord } from '../render/outputs/searchRecords.js';

/** What the search box shows of a result: the record, and where in its tokens the query matched. */
export interface Found {
  url: string;
  meta: Record<string, string>;
  tokens: string[];
  /** Positions of the matching tokens, in order: the first is where the result lands. */
  locations: number[];
  /** The turn of the first match (a transcript record): its id, who speaks and when; null for the notes. */
  turn: { id: string; speaker: string; clock: string } | null;
}

export interface Query {
  words: string[];
  phrases: string[][];
}

export interface Search {
  /** The query's words as the index has them (skip words out, folded), and its quoted phrases. */
  parse(q: string): Query;
  /** The best records for the query, at most `count`. */
  results(query: Query, count: number): Promise<Found[]>;
  /** Fetches the terms files of these words ahead of the search that needs them. */
  preload(words: readonly string[]): void;
}

interface Meta {
  records: number;
  meanLength: number;
  terms: [string, string][];
  episodes: number[];
}

/** How many ranked records may be fetched to find results holding a phrase. */
const LOOK_AT = 5;

/** Loads the index's meta.json and skip list from the site at `base`. */
export async function openSearch(base: string): Promise<Search> {
  const json = async <T>(path: string): Promise<T> => {
    const r = await fetch(base + path);
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    return (await r.json()) as T;
  };
  const [meta, skipList] = await Promise.all([json<Meta>(META_FILE), json<string[]>(SKIP_WORDS_FILE).catch(() => [])]);
  const skip = new Set(skipList);
  const firsts = meta.terms.map((t) => t[0]);
  const termFiles = new Map<string, Promise<Record<string, number[]>>>();
  const recordFiles = new Map<string, Promise<SearchRecord[]>>();
  const episodeFiles = new Map<number, Promise<[string, number][]>>();

  const cached = <K, T>(cache: Map<K, Promise<T>>, key: K, path: string): Promise<T> => {
    let p = cache.get(key);
    if (!p) {
      p = json<T>(path);
      cache.set(key, p);
      p.catch(() => cache.delete(key));
    }
    return p;
  };

  // The terms files a word needs: the one it would be in, and the next ones while their first term begins with it.
  const filesFor = (word: string): number[] => {
    const at = lastAtOrBefore(firsts, word);
    const out = at >= 0 ? [at] : [];
    for (let j = at + 1; j < firsts.length && answers(firsts[j]!, word); j++) out.push(j);
    return out;
  };
  const termsFile = (i: number) => cached(termFiles, meta.terms[i]![1], `${SEARCH_DIR}/${meta.terms[i]![1]}`);
  const record = async (id: number): Promise<SearchRecord> => {
    const n = episodesFileOf(meta.episodes, id);
    const where = recordIn(await cached(episodeFiles, n, episodesFile(n)), meta.episodes[n]!, id);
    if (!where) throw new Error(`search: record ${id} is in no episode`);
    return (await cached(recordFiles, where.path, where.path))[where.at]!;
  };

  // Every record holding every word, best first: BM25 over the terms that answer each word (a prefix counts half).
  const rank = async (words: readonly string[]): Promise<number[]> => {
    const perWord = await Promise.all(
      words.map(async (w) => {
        const hits = new Map<number, { count: number; length: number }>();
        for (const terms of await Promise.all(filesFor(w).map(termsFile))) {
          for (const term in terms) {
            if (!answers(term, w)) continue;
            const list = terms[term]!;
            const weight = term === w ? 1 : 0.5;
            for (let k = 0, id = 0; k < list.length; k += 3) {
              id += list[k]!;
              let h = hits.get(id);
              if (!h) hits.set(id, (h = { count: 0, length: list[k + 2]! * 8 }));
              h.count += list[k + 1]! * weight;
            }
          }
        }
        return hits;
      }),
    );
    let scores: Map<number, number> | null = null;
    for (const hits of perWord) {
      const idf = Math.log(1 + (meta.records - hits.size + 0.5) / (hits.size + 0.5));
      const next = new Map<number, number>();
      for (const [id, h] of hits) {
        if (scores && !scores.has(id)) continue;
        const s = (idf * (h.count * 2.2)) / (h.count + 1.2 * (0.25 + (0.75 * h.length) / (meta.meanLength || 1)));
        next.set(id, (scores?.get(id) ?? 0) + s);
      }
      scores = next;
    }
    return [...(scores ?? new Map<number, number>())].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
  };

  // Where a record answers the query (token positions), or null when it lacks a phrase of it. With phrases, the
  // matches start at the first phrase found, so the result lands there.
  const matches = (r: SearchRecord, query: Query): Found | null => {
    const tokens = tokensOf(r.content);
    let locations: number[] = [];
    const said: string[] = [];
    const saidAt: number[] = [];
    tokens.forEach((token, i) => {
      const terms = termsOf(token, skip);
      for (const t of terms) {
        said.push(t);
        saidAt.push(i);
      }
      if (terms.some((t) => query.words.some((w) => answers(t, w)))) locations.push(i);
    });
    // A phrase's words one after another, skip words between them aside ("memory of python": memory, python).
    const phraseAt = (phrase: string[]) => said.findIndex((_, i) => phrase.every((w, j) => said[i + j] !== undefined && answers(said[i + j]!, w)));
    const starts = query.phrases.map(phraseAt);
    if (starts.some((at) => at < 0)) return null;
    if (starts.length) {
      const from = saidAt[Math.min(...starts)]!;
      locations = locations.filter((at) => at >= from);
    }
    if (!locations.length) return null;
    const turn = r.meta.turns ? turnAt(r.meta.turns, locations[0]!) : null;
    return { url: r.url, meta: r.meta, tokens, locations, turn: turn && { id: turn.id, speaker: turn.speaker, clock: formatClock(turn.seconds) } };
  };

  return {
    parse(q) {
      const words: string[] = [];
      const phrases: string[][] = [];
      q.split('"').forEach((part, i) => {
        const ws = tokensOf(part).flatMap((token) => termsOf(token, skip));
        for (const w of ws) if (!words.includes(w)) words.push(w);
        if (i % 2 === 1 && ws.length > 1) phrases.push(ws);
      });
      return { words, phrases };
    },
    async results(query, count) {
      const ids = await rank(query.words);
      const found: Found[] = [];
      // The best records, fetched a few at a time until enough hold the query's phrases.
      for (let next = 0; found.length < count && next < ids.length && next < count * LOOK_AT; ) {
        const batch = ids.slice(next, next + count - found.length);
        next += batch.length;
        for (const r of await Promise.all(batch.map(record))) {
          const f = matches(r, query);
          if (f) found.push(f);
        }
      }
      return found;
    },
    preload(words) {
      for (const w of words) for (const i of filesFor(w)) termsFile(i).catch(() => {});
    },
  };
}

/** A term of the text answers a word of the query when it is that word, or begins with it (three letters or more). */
export function answers(term: string, word: string): boolean {
  return term === word || (word.length >= 3 && term.startsWith(word));
}
