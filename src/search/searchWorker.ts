// The search index built on a thread of its own, so that `shownotes dev` keeps answering and rebuilding pages while
// Pagefind indexes the archive. Input: the site folder, the records files, the language. Output: the index's files.
import { parentPort, workerData } from 'node:worker_threads';
import { InPlaceWriter } from '../write/writer.js';
import { buildSearchIndex, closeSearch } from './buildSearchIndex.js';

export interface SearchJob {
  outDir: string;
  recordFiles: string[];
  language: string;
}

const job = workerData as SearchJob;
let result: { files?: string[]; error?: string };
try {
  const writer = new InPlaceWriter(job.outDir);
  result = { files: await buildSearchIndex(job.recordFiles, writer, job.language) };
  await writer.commit();
} catch (e) {
  result = { error: (e as Error).message };
}
// Pagefind's process is stopped before the answer goes back, so none outlives the dev session.
await closeSearch();
parentPort!.postMessage(result);
