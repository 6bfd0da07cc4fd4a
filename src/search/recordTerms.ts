// The part of indexing done where records are rendered (on a render worker in a whole build): each record's terms
// and how often it holds each, with the terms numbered, so the index itself only files numbers.
//
// Terms are numbered by a RecordTerms in the order it first meets them. An episode's result lists the terms it
// numbered first (`fresh`, from number `first` on), so an index fed by another thread learns them as they come.
import { threadId } from 'node:worker_threads';
import type { SearchRecord } from '../render/outputs/searchRecords.js';
import { termsOf } from './terms.js';
import { isSpace, TokenTable } from '../core/tokenTable.js';

/** One record as the index takes it: its length in tokens, and its terms. */
export interface IndexedRecord {
  length: number;
  /** Pairs of term number and count, in the order the terms first appear. */
  terms: Uint32Array;
}

/** An episode's records, ready for the index. */
export interface IndexedEpisode {
  records: IndexedRecord[];
  /** Which RecordTerms numbered the terms. */
  numbering: string;
  /** The terms this episode was the first to hold, numbered `first`, `first + 1`, … */
  first: number;
  fresh: string[];
}

/** Tokens whose terms are remembered: speech repeats a few thousand (short ones, up to a bound). */
const MEMO_TOKENS = 200_000;
const MEMO_TOKEN_LENGTH = 24;

let made = 0;

export class RecordTerms {
  readonly numbering = `${threadId}.${made++}`;
  private readonly numbers = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Each token met so far, with the number of its term (most tokens are one word) or of its terms. */
  private readonly memo = new TokenTable<number | readonly number[]>();
  /** Counts of the record being counted, valid where `stamps` holds its stamp. */
  private counts = new Uint32Array(4096);
  private stamps = new Uint32Array(4096);
  private stamp = 0;

  constructor(private readonly skip: ReadonlySet<string>) {}

  /** An episode's records: the text of its search.json, or the records the render made. */
  episode(records: string | readonly SearchRecord[]): IndexedEpisode {
    const first = this.terms.length;
    const list = typeof records === 'string' ? (JSON.parse(records) as SearchRecord[]) : records;
    return { records: list.map((r) => this.record(r.content)), numbering: this.numbering, first, fresh: this.terms.slice(first) };
  }

  /** A record's terms, from its text: its tokens are those of tokensOf(), found without making a string of each. */
  private record(content: string): IndexedRecord {
    const stamp = ++this.stamp;
    const touched: number[] = [];
    let length = 0;
    const n = content.length;
    for (let i = 0; i < n; ) {
      let c = content.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      const from = i;
      let hash = 0;
      do {
        hash = (Math.imul(hash, 31) + c) | 0;
        i++;
      } while (i < n && !isSpace((c = content.charCodeAt(i))));
      length++;
      const numbers = this.numbersOf(content, from, i, hash);
      if (typeof numbers === 'number') this.count(numbers, stamp, touched);
      else for (const t of numbers) this.count(t, stamp, touched);
    }
    const terms = new Uint32Array(touched.length * 2);
    for (let k = 0; k < touched.length; k++) {
      terms[2 * k] = touched[k]!;
      terms[2 * k + 1] = this.counts[touched[k]!]!;
    }
    return { length, terms };
  }

  /** The numbers of the terms of the token content[from, to) (hashed as hashOf() does). */
  private numbersOf(content: string, from: number, to: number, hash: number): number | readonly number[] {
    const short = to - from <= MEMO_TOKEN_LENGTH;
    const known = short ? this.memo.find(content, from, to, hash) : undefined;
    if (known !== undefined) return known;
    const terms = termsOf(content.slice(from, to), this.skip);
    const numbers = terms.length === 1 ? this.number(terms[0]!) : terms.map((t) => this.number(t));
    if (short && this.memo.size < MEMO_TOKENS) this.memo.add(content, from, to, hash, numbers);
    return numbers;
  }

  private count(n: number, stamp: number, touched: number[]): void {
    if (this.stamps[n] !== stamp) {
      this.stamps[n] = stamp;
      this.counts[n] = 0;
      touched.push(n);
    }
    this.counts[n]!++;
  }

  private number(term: string): number {
    let n = this.numbers.get(term);
    if (n === undefined) {
      n = this.terms.length;
      this.numbers.set(term, n);
      this.terms.push(term);
      if (n >= this.counts.length) {
        const counts = new Uint32Array(this.counts.length * 2);
        const stamps = new Uint32Array(this.stamps.length * 2);
        counts.set(this.counts);
        stamps.set(this.stamps);
        this.counts = counts;
        this.stamps = stamps;
      }
    }
    return n;
  }
}
