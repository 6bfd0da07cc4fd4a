// The search index built on a thread of its own, so that `shownotes dev` keeps answering and rebuilding pages while
// Pagefind indexes the archive. One thread and one Pagefind process serve the whole session, one job at a time:
// a job names the site folder, the records files and the language, and gets back the index's files.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { InPlaceWriter } from '../write/writer.js';
import { buildSearchIndex, closeSearch } from './buildSearchIndex.js';

export interface SearchJob {
  outDir: string;
  recordFiles: string[];
  language: string;
}

/** A nice value: lower than the main thread's 0, not idle-only (the index still follows within seconds). */
export const BACKGROUND_PRIORITY = 10;

export type SearchAnswer = { files: string[] } | { error: string };

// The index is background work: this thread, and the Pagefind process it starts (a child inherits the priority of
// the thread that forks it), give way to the page rebuilds on a busy machine. On Linux, pid 0 is this thread alone.
try {
  setPriority(0, BACKGROUND_PRIORITY);
} catch {
  // not permitted here: the index is built at normal priority
}

parentPort!.on('message', (message: SearchJob | 'close') => {
  void (async () => {
    if (message === 'close') {
      await closeSearch();
      // Pagefind's process was started by this thread's event loop, which alone can reap it: give it the moment it
      // takes to exit, or it stays a zombie process until the dev session's process ends.
      await new Promise((r) => setTimeout(r, 300));
      parentPort!.close();
      return;
    }
    let answer: SearchAnswer;
    try {
      const writer = new InPlaceWriter(message.outDir);
      const files = await buildSearchIndex(message.recordFiles, writer, message.language);
      await writer.commit();
      answer = { files };
    } catch (e) {
      answer = { error: (e as Error).message };
    }
    parentPort!.postMessage(answer);
  })();
});
