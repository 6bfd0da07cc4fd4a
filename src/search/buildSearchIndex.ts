// The search index: every episode's records (search.json) through Pagefind into pagefind/, an index split into
// chunks so a first search downloads only the pieces its words need. Pagefind runs as a process of its own, so
// records are fed to it while the build goes on rendering: the indexing happens on the other core.
import { readdirSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { workerUrl } from '../core/workerUrl.js';
import type { SiteWriter } from '../write/writer.js';
import type { SearchJob } from './searchWorker.js';
import type { SearchRecord } from '../render/outputs/searchRecords.js';

export const SEARCH_DIR = 'pagefind';

/** Pagefind's fragments, index chunks, filters and metadata carry a hash of their content in their names. */
const CONTENT_NAMED = /_[0-9a-f]{7,}\.pf_(fragment|index|filter|meta)$/;

export class SearchFeed {
  private readonly index: Promise<pagefind.PagefindIndex>;
  private ready: pagefind.PagefindIndex | null = null;
  /** Records that came before Pagefind was ready, then the answers to every record sent. */
  private queued: SearchRecord[][] = [];
  private readonly sent: Promise<{ errors: string[] }>[] = [];

  constructor(language: string) {
    this.index = pagefind.createIndex({ forceLanguage: language.split('-')[0] || 'en', keepIndexUrl: true }).then(({ index, errors }) => {
      if (!index) throw new Error(`search index: ${errors.join('; ')}`);
      this.ready = index;
      for (const records of this.queued) this.send(records);
      this.queued = [];
      return index;
    });
    this.index.catch(() => {});
  }

  /** Sends one episode's records (the text of its search.json) to Pagefind, which indexes them meanwhile. */
  add(recordsJson: string | null): void {
    if (!recordsJson) return;
    const records = JSON.parse(recordsJson) as SearchRecord[];
    if (this.ready) this.send(records);
    else this.queued.push(records);
  }

  /**
   * Every record is written to Pagefind's input as soon as it is known, without waiting for the answer to the one
   * before: they arrive in site order (the index's bytes depend on that order) and no round trip holds them up.
   */
  private send(records: SearchRecord[]): void {
    for (const r of records) {
      const answer = this.ready!.addCustomRecord({ ...r, language: 'en' });
      answer.catch(() => {}); // awaited in finish()
      this.sent.push(answer);
    }
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
      const failure = (await Promise.all(this.sent)).find((r) => r.errors.length);
      if (failure) throw new Error(`search index: ${failure.errors.join('; ')}`);
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

/** Files under a folder, as sorted "/"-separated relative paths. */
function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Builds the index from the records of the given episodes and writes its files; returns their paths. */
export async function buildSearchIndex(recordFiles: readonly string[], writer: SiteWriter, language: string): Promise<string[]> {
  const feed = new SearchFeed(language);
  for (const [i, f] of recordFiles.entries()) {
    // Reading and parsing every episode's records takes a while: let the dev server answer requests meanwhile.
    if (i % 8 === 7) await new Promise((r) => setImmediate(r));
    feed.add(writer.read(f));
  }
  return feed.finish(writer);
}

/** The same, on a worker thread that writes the index into outDir itself. */
export function buildSearchIndexInWorker(job: SearchJob): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(import.meta.url, './searchWorker.js'), { workerData: job });
    let answer: { files?: string[]; error?: string } | null = null;
    worker.once('message', (m: { files?: string[]; error?: string }) => (answer = m));
    worker.once('error', reject);
    // Settled when the thread is gone, so that nothing of it is left running once this resolves.
    worker.once('exit', (code) => {
      if (answer?.files) resolve(answer.files);
      else reject(new Error(answer?.error ?? `search worker exited with code ${code}`));
    });
  });
}

/** Stops Pagefind's helper process (it would keep the program alive). */
export async function closeSearch(): Promise<void> {
  await pagefind.close();
}
