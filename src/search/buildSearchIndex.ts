// The search index: every episode's records (its search.json) as static files that the search box reads a few of
// at a time, so a first search downloads only what its words need.
//
//   search/meta.json           how many records, their mean length, the first term of each terms file, and the
//                              first record of each episodes file
//   search/terms/<hash>.json   terms in order, each with the records that hold it: [record, count, length / 8, …],
//                              record numbers given as the difference from the one before
//   search/episodes/<n>.json   episodes n × 256 to n × 256 + 255, each as [path of its search.json, records]
//
// A record's text is not copied into the index: the search box reads it from its episode's search.json, which is
// written with the episode's pages anyway. Records go in one at a time, in site order; what is kept is one entry per
// term and record (a few bytes). The terms files are named after their content, so an unchanged one keeps its name
// from build to build.
import { Worker } from 'node:worker_threads';
import { hash } from '../core/hash.js';
import { bundledUrl } from '../core/compiledUrl.js';
import type { SiteWriter } from '../write/writer.js';
import type { SearchAnswer, SearchJob } from './searchWorker.js';
import { episodesFile, EPISODES_PER_FILE, META_FILE, SEARCH_DIR } from './format.js';
import { RecordTerms, type IndexedEpisode } from './recordTerms.js';
import { SpillRuns } from './spillRuns.js';
import { grown } from '../core/grown.js';

/** A terms file is closed once it holds this many characters: small enough that a query word downloads little. */
const TERMS_FILE_CHARS = 24_000;

/** Entries held in memory before they are spilled, when the index spills: a bounded part of an archive's. */
const SPILL_BYTES = 16 << 20;

/** A record's count of a term, and its length / 8, are capped at these. */
const MAX_COUNT = 2047;
const MAX_LENGTH = 1023;

export class SearchIndex {
  private readonly postings = new Map<string, Postings>();
  private records = 0;
  private tokens = 0;
  private readonly paths: string[] = [];
  /** Each episode's search.json and its number of records, in site order. */
  private readonly episodes: [string, number][] = [];

  constructor(
    skip: ReadonlySet<string>,
    private readonly writer: SiteWriter,
    /** Called between records (the dev session's search thread waits there while pages rebuild). */
    private readonly between: () => void = () => {},
    /**
     * Where entries go once they hold `bytes` (a whole build's index then keeps a bounded part of them in memory): a
     * folder of its own, emptied first and removed by finish() or discard(). Kept in memory unless given.
     */
    spill?: { dir: string; bytes?: number },
  ) {
    this.terms = new RecordTerms(skip);
    this.runs = spill ? new SpillRuns(spill.dir) : null;
    this.spillBytes = spill?.bytes ?? SPILL_BYTES;
  }

  private readonly runs: SpillRuns | null;
  private readonly spillBytes: number;
  /** Bytes of entries held in memory since the last spill. */
  private held = 0;

  /** The index's own numbering of terms: for records given as text, and for renderWork() on this thread. */
  readonly terms: RecordTerms;
  /** For each numbering met, the postings of its terms by number. */
  private readonly numberings = new Map<string, Postings[]>();

  /**
   * One episode's records, in site order: `path` is its search.json in the site, `records` that file's text or the
   * records as a RecordTerms made them.
   */
  add(path: string, records: string | IndexedEpisode | null): void {
    if (!records) return;
    const episode = typeof records === 'string' ? this.terms.episode(records) : records;
    this.adopt(episode);
    const lists = this.numberings.get(episode.numbering)!;
    if (episode.records.length) this.episodes.push([path, episode.records.length]);
    for (const record of episode.records) {
      this.between();
      const id = this.records++;
      this.tokens += record.length;
      const length = Math.min(MAX_LENGTH, Math.round(record.length / 8));
      const terms = record.terms;
      for (let k = 0; k + 1 < terms.length; k += 2) this.held += lists[terms[k]!]!.add(id, Math.min(MAX_COUNT, terms[k + 1]!), length);
    }
    if (this.runs && this.held >= this.spillBytes) this.spill(this.runs);
  }

  /** Every term's entries so far go to a run file, in the terms' order; each term goes on from where they end. */
  private spill(runs: SpillRuns): void {
    const held = [...this.postings].filter(([, p]) => p.size).sort(([a], [b]) => byTerm(a, b));
    runs.write(held.map(([, p]) => [p.id, p.take()]));
    this.held = 0;
  }

  /** Removes the spilled entries of an index that will not be finished (a failed build). */
  discard(): void {
    this.runs?.remove();
  }

  /**
   * Learns the terms an episode numbered first. A numbering's episodes must come in the order it numbered them: a
   * render worker's are adopted as its answers arrive (before they are added, in site order), and adopting again is
   * nothing.
   */
  adopt(episode: IndexedEpisode): void {
    let lists = this.numberings.get(episode.numbering);
    if (!lists) this.numberings.set(episode.numbering, (lists = []));
    if (episode.first > lists.length) throw new Error(`search index: terms from ${episode.first} on came before those from ${lists.length} (numbering ${episode.numbering})`);
    for (let k = lists.length - episode.first; k < episode.fresh.length; k++) {
      const term = episode.fresh[k]!;
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = new Postings(this.postings.size)));
      lists.push(list);
    }
  }

  /** Writes the terms files, the episodes files and meta.json; returns the paths of every file of the index, sorted. */
  finish(): string[] {
    const terms = [...this.postings.keys()].sort(byTerm);
    const files: [string, string][] = [];
    let first = '';
    // A file's text is made as UTF-8 bytes, its entries' numbers written as digits straight from their varints: at
    // 5,000 episodes, 26 million numbers, which arrays of numbers joined with commas took seconds to print.
    const content = new TextBytes();
    let size = 0;
    const close = () => {
      if (!size) return;
      content.ascii('}');
      const bytes = content.take();
      const path = `${SEARCH_DIR}/terms/${hash(bytes).slice(0, 16)}.json`;
      // Named after its content: a file the published site has already is the same file.
      if (!this.writer.keep(path)) this.writer.write({ path, content: bytes });
      this.paths.push(path);
      files.push([first, path.slice(SEARCH_DIR.length + 1)]);
      size = 0;
    };
    const spilled = this.runs?.read();
    for (const term of terms) {
      if (!size) first = term;
      const list = this.postings.get(term)!;
      content.ascii(size ? ',' : '{');
      // The size in characters, as the files were cut when they were strings (a term may be other than ASCII).
      const name = JSON.stringify(term);
      const from = content.length;
      const nameBytes = content.text(name);
      content.ascii(':[');
      list.writeText(content, spilled?.chunks(list.id));
      content.ascii(']');
      this.postings.delete(term);
      size += name.length + (content.length - from - nameBytes);
      if (size >= TERMS_FILE_CHARS) close();
    }
    close();
    this.runs?.remove();
    const meta = { records: this.records, meanLength: this.records ? Math.round(this.tokens / this.records) : 0, terms: files, episodes: this.writeEpisodes() };
    this.writer.write({ path: META_FILE, content: JSON.stringify(meta) });
    this.paths.push(META_FILE);
    return this.paths.sort();
  }

  /**
   * The episodes files; returns the first record each lists. Named by place: after an edit most list what they
   * listed, and those are kept rather than written again.
   */
  private writeEpisodes(): number[] {
    const firsts: number[] = [];
    let first = 0;
    for (let n = 0; n * EPISODES_PER_FILE < this.episodes.length; n++) {
      const list = this.episodes.slice(n * EPISODES_PER_FILE, (n + 1) * EPISODES_PER_FILE);
      const path = episodesFile(n);
      const content = JSON.stringify(list);
      if (!this.writer.keepIfSame(path, content)) this.writer.write({ path, content });
      this.paths.push(path);
      firsts.push(first);
      for (const [, count] of list) first += count;
    }
    return firsts;
  }
}

/** The order of the terms files, which spilled runs must share: finish() reads each run once, in this order. */
function byTerm(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One term's entries as they come, in the bytes of their file form: `record − previous record, count, length / 8`,
 * each a varint (7 bits a byte). About four bytes an entry, where a number in an array takes eight.
 */
class Postings {
  private bytes = new Uint8Array(8);
  size = 0;
  private last = 0;

  /** `id`: the term's number, in the order the index met its terms (how spilled runs name it). */
  constructor(readonly id: number) {}

  /** Adds an entry; returns the bytes it took. */
  add(id: number, count: number, length: number): number {
    if (this.size + 15 > this.bytes.length) this.bytes = grown(this.bytes, this.size + 15);
    const before = this.size;
    this.put(id - this.last);
    this.put(count);
    this.put(length);
    this.last = id;
    return this.size - before;
  }

  /** The entries so far, given up (spilled); the next entry still counts from the last one. */
  take(): Uint8Array {
    const out = this.bytes.subarray(0, this.size);
    this.bytes = new Uint8Array(8);
    this.size = 0;
    return out;
  }

  private put(n: number): void {
    while (n >= 0x80) {
      this.bytes[this.size++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.bytes[this.size++] = n;
  }

  /** Writes the entries as the terms file has them, after the ones spilled before (given in order): numbers and commas. */
  writeText(out: TextBytes, spilled: readonly Uint8Array[] = []): void {
    let first = true;
    for (const chunk of [...spilled, this.bytes.subarray(0, this.size)]) {
      for (let i = 0; i < chunk.length; ) {
        let n = 0;
        let scale = 1;
        let b: number;
        do {
          b = chunk[i++]!;
          n += (b & 0x7f) * scale;
          scale *= 0x80;
        } while (b & 0x80);
        if (!first) out.byte(0x2c); // ,
        out.digits(n);
        first = false;
      }
    }
  }
}

/** Text built as UTF-8 bytes in one growing buffer. */
export class TextBytes {
  private buf = new Uint8Array(1 << 16);
  length = 0;
  private readonly encoder = new TextEncoder();

  byte(b: number): void {
    if (this.length === this.buf.length) this.grow(1);
    this.buf[this.length++] = b;
  }

  ascii(text: string): void {
    this.grow(text.length);
    for (let i = 0; i < text.length; i++) this.buf[this.length++] = text.charCodeAt(i);
  }

  /** Returns the bytes it took. */
  text(text: string): number {
    this.grow(text.length * 3);
    const { written } = this.encoder.encodeInto(text, this.buf.subarray(this.length));
    this.length += written;
    return written;
  }

  /** A whole number ≥ 0 in decimal. */
  digits(n: number): void {
    if (n < 10) {
      this.byte(48 + n);
      return;
    }
    if (n > 0x7fffffff) {
      this.ascii(String(n));
      return;
    }
    // In 32-bit integers, the width found by comparing: dividing with Math.floor() in two loops, one only to count the
    // digits, kept the numbers as doubles, and those were the hottest lines of finish() (26 million numbers at 5,000
    // episodes; finish() takes about 0.8 times as long now).
    const width = n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : n < 1000000 ? 6 : n < 10000000 ? 7 : n < 100000000 ? 8 : n < 1000000000 ? 9 : 10;
    this.grow(width);
    let end = this.length + width;
    this.length = end;
    for (let m = n | 0; m > 0; m = (m / 10) | 0) this.buf[--end] = 48 + (m % 10);
  }

  /** The bytes so far, copied out; the buffer starts again empty. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.length);
    this.length = 0;
    return out;
  }

  private grow(more: number): void {
    if (this.length + more > this.buf.length) this.buf = grown(this.buf, this.length + more);
  }
}

/** Builds the index from the records files of the given episodes (as written in the site); returns its files. */
export function buildSearchIndex(recordFiles: readonly string[], writer: SiteWriter, skip: ReadonlySet<string>, between?: () => void): string[] {
  const index = new SearchIndex(skip, writer, between);
  for (const f of recordFiles) index.add(f, writer.read(f));
  return index.finish();
}

/**
 * The search index on a worker thread (searchWorker.ts), started on first use and kept for the dev session, so the
 * server keeps answering while a large archive is indexed. pause() holds it between two records while pages rebuild.
 */
export class SearchThread {
  private worker: Worker | null = null;
  private readonly paused = new Int32Array(new SharedArrayBuffer(4));

  /** Builds the index of the given records into outDir; returns its files' paths. One job at a time. */
  build(job: SearchJob): Promise<string[]> {
    const worker = (this.worker ??= new Worker(bundledUrl('search/searchWorker.js'), { workerData: this.paused }));
    return new Promise((resolve, reject) => {
      const done = () => {
        worker.off('message', onAnswer);
        worker.off('error', onError);
      };
      const onAnswer = (a: SearchAnswer) => {
        done();
        if ('files' in a) resolve(a.files);
        else reject(new Error(a.error));
      };
      const onError = (e: Error) => {
        done();
        this.worker = null;
        reject(e);
      };
      worker.on('message', onAnswer);
      worker.on('error', onError);
      worker.postMessage(job);
    });
  }

  pause(): void {
    Atomics.store(this.paused, 0, 1);
  }

  resume(): void {
    Atomics.store(this.paused, 0, 0);
    Atomics.notify(this.paused, 0);
  }

  /** Stops the thread; resolves once it is gone. */
  async close(): Promise<void> {
    this.resume();
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    await worker.terminate();
  }
}

/** Waits, on a worker thread, while `flag` says paused. */
export function waitWhilePaused(flag: Int32Array): void {
  while (Atomics.load(flag, 0) === 1) Atomics.wait(flag, 0, 1, 100);
}
