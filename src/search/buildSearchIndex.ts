// The search index: every episode's records (search.json) through Pagefind into pagefind/, an index split into
// chunks so a first search downloads only the pieces its words need. Pagefind runs as a process of its own, so
// records are fed to it while the build goes on rendering: the indexing happens on the other core.
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { workerUrl } from '../core/workerUrl.js';
import { listFiles } from '../write/listFiles.js';
import type { SiteWriter } from '../write/writer.js';
import type { SearchAnswer, SearchJob } from './searchWorker.js';
import type { SearchRecord } from '../render/outputs/searchRecords.js';

export const SEARCH_DIR = 'pagefind';

/** Pagefind's fragments, index chunks, filters and metadata carry a hash of their content in their names. */
const CONTENT_NAMED = /_[0-9a-f]{7,}\.pf_(fragment|index|filter|meta)$/;

/**
 * Records sent to Pagefind whose answer has not come back. Past this many add() waits: records are sent without a
 * round trip each, but Node must not buffer a 5,000-episode archive on Pagefind's input while Pagefind catches up.
 */
const MAX_IN_FLIGHT = 256;

export class SearchFeed {
  private readonly index: Promise<pagefind.PagefindIndex>;
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private failure: string | null = null;

  constructor(language: string) {
    this.index = pagefind.createIndex({ forceLanguage: language.split('-')[0] || 'en', keepIndexUrl: true }).then(({ index, errors }) => {
      if (!index) throw new Error(`search index: ${errors.join('; ')}`);
      return index;
    });
    this.index.catch(() => {});
  }

  /**
   * Sends one episode's records (the text of its search.json) to Pagefind, which indexes them meanwhile. Callers
   * await each call before the next: records must arrive in site order, as the index's bytes depend on it.
   */
  async add(recordsJson: string | null): Promise<void> {
    if (!recordsJson) return;
    const records = JSON.parse(recordsJson) as SearchRecord[];
    const index = await this.index;
    await this.below(MAX_IN_FLIGHT);
    for (const r of records) {
      this.inFlight++;
      index
        .addCustomRecord({ ...r, language: 'en' })
        .then(
          (res) => void (res.errors.length && (this.failure ??= res.errors.join('; '))),
          (e: unknown) => void (this.failure ??= String(e)),
        )
        .finally(() => {
          this.inFlight--;
          const w = this.waiters;
          this.waiters = [];
          w.forEach((wake) => wake());
        });
    }
  }

  /** Resolves once fewer than `n` records await their answer (0: all answered). */
  private async below(n: number): Promise<void> {
    while (this.inFlight > n) await new Promise<void>((wake) => this.waiters.push(wake));
  }

  private written: Promise<string[]> | null = null;

  /**
   * No more records: Pagefind builds the index and writes it now, on its own core, while the caller goes on (the
   * pages render meanwhile in a CLI build). finish() waits for it.
   */
  close(writer: SiteWriter): void {
    this.written ??= this.write(writer);
    this.written.catch(() => {}); // awaited in finish()
  }

  /** Waits for the index to be written; returns its files' paths. */
  async finish(writer: SiteWriter): Promise<string[]> {
    this.close(writer);
    return this.written!;
  }

  /**
   * Into a new site Pagefind writes the files itself, so the archive's index never passes through this process's
   * memory; else they come back and only the chunks that changed are written.
   */
  private async write(writer: SiteWriter): Promise<string[]> {
    const index = await this.index;
    try {
      await this.below(0);
      if (this.failure) throw new Error(`search index: ${this.failure}`);
      const folder = writer.freshFolder(SEARCH_DIR);
      if (folder) {
        const { errors } = await index.writeFiles({ outputPath: folder });
        if (errors.length) throw new Error(`search index: ${errors.join('; ')}`);
        return listFiles(folder).map((f) => `${SEARCH_DIR}/${f}`);
      }
      const { files, errors } = await index.getFiles();
      if (errors.length) throw new Error(`search index: ${errors.join('; ')}`);
      const paths: string[] = [];
      for (const f of files) {
        const path = `${SEARCH_DIR}/${f.path}`;
        // Chunks are named after their content: one the published site has already is kept, not written again.
        // After an edit that is all but a few of the archive's 5,000 chunks.
        if (!(CONTENT_NAMED.test(f.path) && writer.keep(path))) writer.write({ path, content: f.content });
        paths.push(path);
      }
      return paths.sort();
    } finally {
      await index.deleteIndex();
    }
  }
}

/** Builds the index from the records of the given episodes and writes its files; returns their paths. */
export async function buildSearchIndex(recordFiles: readonly string[], writer: SiteWriter, language: string): Promise<string[]> {
  const feed = new SearchFeed(language);
  for (const f of recordFiles) await feed.add(writer.read(f));
  return feed.finish(writer);
}

/** The search index on a worker thread (searchWorker.ts), started on first use and kept for the dev session. */
export class SearchThread {
  private worker: Worker | null = null;

  /** Builds the index of the given records into outDir; returns its files' paths. One job at a time. */
  build(job: SearchJob): Promise<string[]> {
    const worker = (this.worker ??= new Worker(workerUrl(import.meta.url, './searchWorker.js')));
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

  /** Stops Pagefind and the thread; resolves once both are gone. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage('close');
    await exited;
  }
}

/** Stops Pagefind's helper process (it would keep the program alive). */
export async function closeSearch(): Promise<void> {
  await pagefind.close();
}
