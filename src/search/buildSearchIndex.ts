// The search index: every episode's records (search.json) through Pagefind into pagefind/, an index split into
// chunks so a first search downloads only the pieces its words need. Pagefind runs as a process of its own, so
// records are fed to it while the build goes on rendering: the indexing happens on the other core.
import * as pagefind from 'pagefind';
import type { SiteWriter } from '../write/writer.js';
import type { SearchRecord } from '../render/outputs/searchRecords.js';

export const SEARCH_DIR = 'pagefind';

export class SearchFeed {
  private readonly index: Promise<pagefind.PagefindIndex>;
  /** One record after another, in site order: the index's bytes depend on the order records arrive in. */
  private chain: Promise<void>;
  private failure: string | null = null;

  constructor(language: string) {
    this.index = pagefind.createIndex({ forceLanguage: language.split('-')[0] || 'en', keepIndexUrl: true }).then(({ index, errors }) => {
      if (!index) throw new Error(`search index: ${errors.join('; ')}`);
      return index;
    });
    this.index.catch(() => {});
    this.chain = this.index.then(() => undefined);
  }

  /** Queues one episode's records (the text of its search.json). */
  add(recordsJson: string | null): void {
    if (!recordsJson) return;
    const records = JSON.parse(recordsJson) as SearchRecord[];
    this.chain = this.chain.then(async () => {
      const index = await this.index;
      for (const r of records) {
        const res = await index.addCustomRecord({ ...r, language: 'en' });
        if (res.errors.length) this.failure ??= res.errors.join('; ');
      }
    });
  }

  /** Waits for every record, builds the index and writes its files; returns their paths. */
  async finish(writer: SiteWriter): Promise<string[]> {
    const index = await this.index;
    try {
      await this.chain;
      if (this.failure) throw new Error(`search index: ${this.failure}`);
      const { files, errors } = await index.getFiles();
      if (errors.length) throw new Error(`search index: ${errors.join('; ')}`);
      const paths: string[] = [];
      for (const f of files) {
        const path = `${SEARCH_DIR}/${f.path}`;
        writer.write({ path, content: f.content });
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
  for (const f of recordFiles) feed.add(writer.read(f));
  return feed.finish(writer);
}

/** Stops Pagefind's helper process (it would keep the program alive). */
export async function closeSearch(): Promise<void> {
  await pagefind.close();
}
