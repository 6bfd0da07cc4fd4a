// The search index: every episode's records (search.json) through Pagefind into pagefind/, an index split into
// chunks so a first search downloads only the pieces its words need.
import * as pagefind from 'pagefind';
import type { SiteWriter } from '../write/writer.js';
import type { SearchRecord } from '../render/outputs/searchRecords.js';

export const SEARCH_DIR = 'pagefind';

/** Builds the index from the records of the given episodes and writes its files; returns their paths. */
export async function buildSearchIndex(recordFiles: readonly string[], writer: SiteWriter, language: string): Promise<string[]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language.split('-')[0] || 'en', keepIndexUrl: true });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    const records: SearchRecord[] = [];
    for (const f of recordFiles) {
      const text = writer.read(f);
      if (text) records.push(...(JSON.parse(text) as SearchRecord[]));
    }
    // Pagefind answers one record at a time; keeping many in flight hides the round trips.
    for (let i = 0; i < records.length; i += 256) {
      const batch = await Promise.all(records.slice(i, i + 256).map((r) => index.addCustomRecord({ ...r, language: 'en' })));
      const failed = batch.find((b) => b.errors.length);
      if (failed) throw new Error(`search index: ${failed.errors.join('; ')}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`search index: ${fileErrors.join('; ')}`);
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

/** Stops Pagefind's helper process (it would keep the program alive). */
export async function closeSearch(): Promise<void> {
  await pagefind.close();
}
