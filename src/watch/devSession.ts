// `shownotes dev`: build once, serve, and after each burst of saves rebuild only what depends on the change.
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../core/diagnostics.js';
import { assertOutDir } from '../write/checkOutDir.js';
import { emptyCache } from '../incremental/cache.js';
import { EVERY_EPISODE } from '../episode/publication.js';
import { counted } from '../core/counted.js';
import { SiteBuilder, type BuildReport } from '../incremental/siteBuilder.js';
import { defaultThreads } from '../incremental/renderPool.js';
import { startDevServer, type DevServer } from '../serve/devServer.js';
import { InPlaceWriter, StagedDiskWriter } from '../write/writer.js';
import { classifyChanges } from './classifyChanges.js';
import { SearchThread } from '../search/buildSearchIndex.js';
import { WatchQueue } from './watchQueue.js';
import { watchProject } from './watchProject.js';

const DEBOUNCE_MS = 5;

export interface DevOptions {
  root: string;
  outDir: string;
  host: string;
  port: number;
  log: (line: string) => void;
  /**
   * Debounce of a burst of saves, in ms. Short: the events of one save (an editor's write, or its rename of a
   * temp file) arrive within a millisecond or two, edits during a rebuild are gathered into the next one anyway,
   * and a late second write is caught by the watcher's re-check. Every millisecond here is edit-to-page latency.
   */
  debounceMs?: number;
}

export interface RebuildLog {
  changed: string[];
  /** Everything the rebuild rendered, the deferred feed and sitemap included. */
  report: BuildReport;
  /** From the start of the rebuild to its pages being in place. */
  ms: number;
  /** performance.now() when the pages were in place, and when the feed and sitemap were too. */
  pagesAt: number;
  doneAt: number;
}

export interface DevSession {
  server: DevServer;
  /** Every rebuild so far, for tests and the terminal. */
  rebuilds: RebuildLog[];
  /** Resolves once no rebuild is pending or running. */
  idle(): Promise<void>;
  watchedCount(): number;
  close(): Promise<void>;
}

export async function startDev(opts: DevOptions): Promise<DevSession> {
  // The first build replaces the output folder whole: never one that is not a site's (throws OutDirRefused).
  assertOutDir(opts.root, opts.outDir);
  // The first build renders on one worker thread a core; rebuilds render the few episodes they need here. Drafts and
  // episodes dated after today are previewed too.
  const builder = new SiteBuilder(opts.root, emptyCache(opts.outDir), undefined, { threads: defaultThreads(), publication: EVERY_EPISODE });
  // The first build starts from a clean, whole site; later ones write only what changed, in place.
  const first = await builder.run(new StagedDiskWriter(opts.outDir));
  printDiagnostics(first.diagnostics, opts.log);
  opts.log(`built ${counted(first.episodes, 'episode')}${first.ok ? '' : ' (with errors: fix them and save)'}`);
  const server = await startDevServer({ dir: opts.outDir, host: opts.host, port: opts.port });
  if (!first.ok) server.hub.broadcast({ type: 'error', text: errorText(first.diagnostics) });
  const rebuilds: RebuildLog[] = [];
  let waiters: (() => void)[] = [];

  const queue = new WatchQueue(async (batch) => {
    const t0 = performance.now();
    const changes = classifyChanges(batch);
    let report: BuildReport;
    try {
      report = await builder.run(new InPlaceWriter(opts.outDir, true), changes, { search: 'later', defer: true });
    } catch (e) {
      searchThread.resume();
      internalError(e);
      return;
    }
    const pagesAt = performance.now();
    // The page is in place and the browser reloads; files listing the whole archive (the feed) follow.
    if (!report.ok) server.hub.broadcast({ type: 'error', text: errorText(report.diagnostics) });
    else server.hub.broadcast({ type: changes.cssOnly ? 'css' : 'reload' });
    try {
      if (report.ok) report.renderedPages.push(...(await builder.writeDeferred(new InPlaceWriter(opts.outDir, true))));
    } catch (e) {
      internalError(e);
    } finally {
      searchThread.resume();
    }
    const doneAt = performance.now();
    rebuilds.push({ changed: [...batch], report, ms: pagesAt - t0, pagesAt, doneAt });
    printDiagnostics(report.diagnostics, opts.log);
    const pages = report.renderedEpisodes.length + report.renderedPages.length;
    const late = doneAt - pagesAt >= 1 ? `, then the feed and sitemap in ${(doneAt - pagesAt).toFixed(0)} ms` : '';
    opts.log(`${[...batch].slice(0, 3).join(', ')}${batch.size > 3 ? ` and ${batch.size - 3} more` : ''} changed: ${report.renderedEpisodes.length} episodes and ${report.renderedPages.length} pages re-rendered (${pages} in all) in ${(pagesAt - t0).toFixed(0)} ms${late}${report.ok ? '' : ', with errors'}`);
    if (report.ok) refreshSearch();
  }, opts.debounceMs ?? DEBOUNCE_MS);

  // The dev server never dies from a rebuild: it shows the failure and keeps serving the last good pages.
  const internalError = (e: unknown) => {
    const text = `internal error during rebuild: ${(e as Error).stack ?? e}`;
    opts.log(text);
    server.hub.broadcast({ type: 'error', text });
  };

  // The search index follows the pages in the background, on a thread of its own: one rebuild at a time, one more
  // if edits came meanwhile.
  const searchThread = new SearchThread();
  let searching: Promise<void> | null = null;
  let searchAgain = false;
  const refreshSearch = () => {
    if (searching) {
      searchAgain = true;
      return;
    }
    searching = (async () => {
      do {
        searchAgain = false;
        const t0 = performance.now();
        try {
          const writer = new InPlaceWriter(opts.outDir);
          const updated = await builder.updateSearch(writer, null, { search: searchThread, outDir: opts.outDir });
          await writer.commit();
          if (updated) opts.log(`search index updated in ${(performance.now() - t0).toFixed(0)} ms`);
        } catch (e) {
          opts.log(`search index not updated: ${(e as Error).message}`);
        }
      } while (searchAgain);
      searching = null;
    })();
  };

  // From the first event of a save to the end of its rebuild, the search index of an earlier edit (if it is still
  // building) waits between two records: the pages come first (on two cores, a rebuild took 2 to 4 times as long
  // beside an index build).
  const watcher = watchProject(opts.root, (path) => {
    if (searching) searchThread.pause();
    queue.add(path);
  });
  await watcher.ready;
  const settle = () => {
    if (!queue.busy) {
      const w = waiters;
      waiters = [];
      w.forEach((fn) => fn());
    }
  };
  const poll = setInterval(settle, 10);

  const idle = () =>
    new Promise<void>((resolve) => {
      waiters.push(resolve);
      settle();
    }).then(() => searching ?? undefined);

  return {
    server,
    rebuilds,
    watchedCount: () => watcher.watchedCount(),
    idle,
    async close() {
      await watcher.close();
      // A rebuild or a search index under way finishes first.
      await idle();
      clearInterval(poll);
      await searchThread.close();
      await server.close();
    },
  };
}

function printDiagnostics(list: readonly Diagnostic[], log: (line: string) => void): void {
  for (const d of sortDiagnostics(list)) log(formatDiagnostic(d));
}

function errorText(list: readonly Diagnostic[]): string {
  return sortDiagnostics(list.filter((d) => d.severity === 'error')).map(formatDiagnostic).join('\n');
}
