// build(): one run of the pipeline over the whole project, from the on-disk cache, into a staged copy of dist/.
// The stages themselves are in SiteBuilder.run: load → plan → (parse → segment → align → render → write) per episode
// → site pages → public/ → commit.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, cachePath, emptyCache, indexRunsPath, itemsPath, loadCache, saveCache } from './incremental/cache.js';
import type { RenderPool } from './incremental/renderPool.js';
import { SiteBuilder, type BuildReport } from './incremental/siteBuilder.js';
import { defaultThreads } from './incremental/renderPool.js';
import { StagedDiskWriter, type SiteWriter } from './write/writer.js';
import { MemoryItems, PackedItems } from './incremental/feedItems.js';
import { Diagnostics } from './core/diagnostics.js';
import { checkOutDir, outDirFile } from './write/checkOutDir.js';

export interface BuildOptions {
  root: string;
  outDir: string;
  /** Where files go; a staged disk writer into outDir unless given. */
  writer?: SiteWriter;
  /** Reuse unchanged episodes through the content-hash cache (default true). */
  cache?: boolean;
  /** Build the search index (default true). */
  search?: boolean;
  /** Render workers for the episodes to render (default: one per core, none on one core; 0: all on this thread). */
  threads?: number;
  /**
   * That many render workers, started by the caller before it loaded the pipeline (see startedWorkers()): used if the
   * build renders every episode, and closed by it in any case.
   */
  started?: RenderPool | null;
  /** Build drafts too (`draft: true`), and episodes dated after `now` (default: neither). */
  drafts?: boolean;
  future?: boolean;
  /** The build's time, in ms since the epoch (default: the clock's). */
  now?: number;
}

export type BuildResult = BuildReport;

export async function build(options: BuildOptions): Promise<BuildResult> {
  try {
    // The site replaces its folder whole: never the project or its sources, nor a folder that is not a site.
    const where = new Diagnostics();
    if (!options.writer && !checkOutDir(options.root, options.outDir, where)) return refused(where);
    let writer: SiteWriter;
    try {
      writer = options.writer ?? new StagedDiskWriter(options.outDir);
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      where.forFile(outDirFile(options.root, options.outDir)).error('out-dir-unwritable', `the site cannot be written to ${options.outDir} (${why}): the folders above it must be folders this user can write to; choose another --out`);
      return refused(where);
    }
    const useCache = options.cache !== false && !options.writer;
    // Earlier versions kept one file per item, in a folder there.
    if (useCache) rmSync(join(options.root, CACHE_DIR, 'items'), { recursive: true, force: true });
    const items = useCache ? new PackedItems(itemsPath(options.root)) : new MemoryItems();
    const cache = useCache ? loadCache(cachePath(options.root), options.outDir, items) : emptyCache(options.outDir);
    const spillDir = indexRunsPath(options.root);
    const publication = { drafts: options.drafts === true, future: options.future === true, now: options.now ?? Date.now() };
    const builder = new SiteBuilder(options.root, cache, items, { oneShot: true, threads: options.threads ?? defaultThreads(), spillDir, started: options.started ?? null, publication });
    const report = await builder.run(writer, undefined, { search: options.search === false ? 'later' : 'now' });
    if (report.ok && useCache) saveCache(cachePath(options.root), cache);
    return report;
  } finally {
    // The run has closed them unless it failed before it began (closing again is nothing).
    await options.started?.close();
  }
}

/** A build that did not start: nothing written, the reasons in its diagnostics. */
function refused(diags: Diagnostics): BuildResult {
  return { ok: false, diagnostics: diags.items, episodes: 0, renderedEpisodes: [], renderedPages: [], files: 0, workers: 0, held: { draft: 0, scheduled: 0 }, timings: {} };
}
