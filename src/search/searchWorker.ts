// The search index built on a thread of its own, so that `shownotes dev` keeps answering and rebuilding pages while
// a large archive is indexed. One thread serves the whole session, one job at a time: a job names the site folder,
// the records files and the skip words, and gets back the index's files. While the session rebuilds pages it sets
// the shared flag (workerData), and the index waits between two records until it is cleared.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { InPlaceWriter } from '../write/writer.js';
import { buildSearchIndex, waitWhilePaused } from './buildSearchIndex.js';

export interface SearchJob {
  outDir: string;
  recordFiles: string[];
  skip: string[];
}

/** A nice value: lower than the main thread's 0, not idle-only (the index still follows within seconds). */
export const BACKGROUND_PRIORITY = 10;

export type SearchAnswer = { files: string[] } | { error: string };

const paused = workerData as Int32Array;

// The index is background work. On Linux, pid 0 is this thread alone.
try {
  setPriority(0, BACKGROUND_PRIORITY);
} catch {
  // not permitted here: the index is built at normal priority
}

parentPort!.on('message', (job: SearchJob) => {
  void (async () => {
    let answer: SearchAnswer;
    try {
      const writer = new InPlaceWriter(job.outDir);
      const files = buildSearchIndex(job.recordFiles, writer, new Set(job.skip), () => waitWhilePaused(paused));
      await writer.commit();
      answer = { files };
    } catch (e) {
      answer = { error: (e as Error).message };
    }
    parentPort!.postMessage(answer);
  })();
});
