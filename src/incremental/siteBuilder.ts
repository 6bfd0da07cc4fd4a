// The site, kept up to date: load what changed, plan the order, then for each episode either keep its outputs
// (same key as last time) or run it through parse → segment → align → render → write; then the site pages the same way.
// A CLI build is one run from the on-disk cache; `shownotes dev` calls run() again after every change.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Diagnostics, type Diagnostic } from '../core/diagnostics.js';
import { hash } from '../core/hash.js';
import { Timings } from '../core/timings.js';
import type { EpisodeSource, EpisodeSummary } from '../core/episode.js';
import { isEpisodeFolder, loadEpisodeSource } from '../load/findEpisodes.js';
import { loadProject, publicFileSize, readTranscript, stampedHash, transcriptStamp, type Project, type TranscriptStamp } from '../load/loadProject.js';
import { MAX_TEXT_BYTES } from '../load/readTextFile.js';
import { PODCAST_FILE } from '../load/loadPodcast.js';
import { orderEpisodes, planEpisode, type PlannedEpisode } from '../episode/planEpisodes.js';
import { EVERY_EPISODE, heldBack, type Held, type Publication } from '../episode/publication.js';
import { prepareEpisode, type PrepareMemo } from '../episode/prepareEpisode.js';
import type { EpisodeEnv } from '../episode/readEpisode.js';
import type { RenderContext } from '../render/context.js';
import { createRenderContext } from '../render/createRenderContext.js';
import type { Neighbours } from '../render/renderEpisode.js';
import { RenderPool } from './renderPool.js';
import { renderWork, type EpisodeWork } from './renderWork.js';
import { siteFormats } from '../render/outputs/index.js';
import type { SitePage } from '../render/outputs/types.js';
import { searchRecords } from '../render/outputs/searchRecords.js';
import { buildSearchIndex, SearchIndex, type SearchThread } from '../search/buildSearchIndex.js';
import type { IndexedEpisode } from '../search/recordTerms.js';
import { listFiles } from '../write/listFiles.js';
import type { SiteWriter } from '../write/writer.js';
import type { BuildCache, PageStamp } from './cache.js';
import { EPISODE_TEMPLATES, generatorKey, templateHashes, templatesKey } from './fingerprint.js';
import { MemoryItems, type FeedItemStore } from './feedItems.js';

/** What changed since the last run. Nothing given means: look at everything. */
export interface ChangeSet {
  /** podcast.yaml or anything unknown: reload the project. */
  project?: boolean;
  templates?: boolean;
  /** Episode folders whose files changed, appeared or disappeared. */
  episodes?: ReadonlySet<string>;
  publicFiles?: ReadonlySet<string>;
}

export interface BuildReport {
  ok: boolean;
  diagnostics: Diagnostic[];
  episodes: number;
  /** Episodes run through the pipeline, and site pages rendered, in this run. */
  renderedEpisodes: string[];
  renderedPages: string[];
  files: number;
  /** Render worker threads this run started (0: every episode rendered on the builder's thread). */
  workers: number;
  /** Episodes left out of this run's site: drafts, and episodes dated after the run (see episode/publication.ts). */
  held: Record<Held, number>;
  timings: Record<string, number>;
}

interface Loaded {
  project: Project;
  ctx: RenderContext;
  env: EpisodeEnv;
  templates: Map<string, string>;
  envKey: string;
}

/** In dev, feed items replaced by edits are dropped once the store holds this many times the archive's (plus 16). */
const DEV_ITEMS_SLACK = 1.25;

export class SiteBuilder {
  private loaded: Loaded | null = null;
  private readonly sources = new Map<string, EpisodeSource>();
  /** Each folder's place in the site, from the source it was read from. */
  private readonly plans = new Map<string, { source: EpisodeSource; plan: PlannedEpisode | null }>();
  /** Each folder's place in the project's sources, while the same folders are there (made when first needed). */
  private sourceAt: Map<string, number> | null = null;
  /** The site's order, and where each folder is in it. */
  private order: { list: PlannedEpisode[]; diagnostics: Diagnostic[]; at: Map<string, number>; held: Map<string, Held> } | null = null;
  /**
   * In dev (runs given a change set), the last parse and segmentation of the episodes edited most recently; CLI builds
   * prepare each episode once. A few are kept, not all: a template edit re-renders every episode.
   */
  private readonly memos = new Map<string, PrepareMemo>();
  private memoing = false;
  /** The summaries each site page listed when last kept or rendered (in memory only). */
  private readonly pageLists = new Map<string, readonly EpisodeSummary[]>();
  /** Each episode's key, with the plan entries it was made from: reused while none of them changed. */
  private readonly keyMemo = new Map<string, { planned: PlannedEpisode; older?: PlannedEpisode; newer?: PlannedEpisode; base: string; key: EpisodeKey }>();

  constructor(
    readonly root: string,
    readonly cache: BuildCache,
    /** Where the episodes' feed items are kept between their render and the feed's (memory unless given). */
    readonly items: FeedItemStore = new MemoryItems(),
    /**
     * `oneShot`: the builder runs once over the whole project (a CLI build), so each episode's index.md text is let go
     * once the episode is planned and read again where it is built, instead of being kept for later edits (12 KB an
     * episode: all of an archive's, held from loading on otherwise).
     * `threads`: render workers a whole run (a CLI build, or the first build of `dev`) may start (none unless given).
     * `spillDir`: where the search index being made moves its entries once they are many (kept in memory unless given).
     * `started`: `threads` render workers started by the caller, for the first run if it renders every episode (it
     * closes them otherwise).
     * `publication`: which episodes the site holds (every one unless given; a CLI build leaves drafts and episodes
     * dated after it out). The run's time is read once: a builder kept between runs should hold every episode.
     */
    private readonly opts: { oneShot?: boolean; threads?: number; spillDir?: string; started?: RenderPool | null; publication?: Publication } = {},
  ) {
    this.started = opts.started ?? null;
  }

  private started: RenderPool | null;

  private get publication(): Publication {
    return this.opts.publication ?? EVERY_EPISODE;
  }

  /**
   * One pass. `search: 'now'` rebuilds the search index before committing when any episode changed (CLI builds);
   * 'later' leaves it to updateSearch(), which `shownotes dev` runs in the background so pages are not held up.
   * `defer`: files listing the whole archive wait for writeDeferred() (in dev, after the pages are in place).
   */
  async run(writer: SiteWriter, changed?: ChangeSet, opts: { search?: 'now' | 'later'; defer?: boolean } = {}): Promise<BuildReport> {
    // A whole build with nothing cached will render every episode: its workers start now and load the project while
    // this thread reads and plans it, rather than after (about a second of the archive's build).
    const threads = this.opts.threads ?? 0;
    const started = this.started;
    this.started = null;
    const cold = !changed && threads >= 1 && Object.keys(this.cache.episodes).length === 0;
    if (!cold) await started?.close();
    const early = cold ? (started ?? new RenderPool(this.root, threads)) : null;
    try {
      return await this.runWith(writer, changed, opts, early);
    } finally {
      // Closed by then unless the run failed before its episodes, or did not need the workers (closing again is nothing).
      await early?.close();
    }
  }

  private async runWith(writer: SiteWriter, changed: ChangeSet | undefined, opts: { search?: 'now' | 'later'; defer?: boolean }, early: RenderPool | null): Promise<BuildReport> {
    const timings = new Timings();
    const report = new Diagnostics();
    this.workers = 0;
    const loaded = timings.time('load', () => this.load(changed, report));
    if (!loaded) {
      await writer.abort();
      return this.result(false, report.items, 0, [], [], 0, timings);
    }
    // Folders that may have changed; null means any of them (a CLI build, or podcast.yaml changed).
    const dirty = !changed || changed.project ? null : (changed.episodes ?? new Set<string>());
    this.memoing = !!changed;
    const plan = timings.time('load', () => this.plan(loaded, report, dirty));
    const searchNow = (opts.search ?? 'now') === 'now';
    const base = `${loaded.envKey}\n${templatesKey(loaded.templates, EPISODE_TEMPLATES)}`;
    // In dev, an edit that leaves the site's order as it was looks only at the edited episodes and their neighbours.
    const around = this.around(plan, dirty, base, writer);
    const keys = timings.time('load', () => this.keys(plan, dirty, base, around));
    const stale = around
      ? [...around].some((i) => keys[i]!.changed)
      : keys.some((k) => k.changed) || Object.keys(this.cache.episodes).some((folder) => this.leavesSite(folder));
    if (stale) this.searchStale = true;
    // CLI builds index each episode's records as they are rendered (or kept), in site order.
    const index = searchNow && stale ? new SearchIndex(loaded.ctx.search.skip, writer, undefined, this.opts.spillDir ? { dir: this.opts.spillDir } : undefined) : null;
    const episodes = await this.episodes(loaded, plan, keys, writer, report, timings, index, around, early);
    // An edit of episodes only: the site pages that list them are looked at, unless a grouping changed.
    const replaced = around && !changed?.templates ? this.replaced(around, episodes.summaries) : null;
    const pages = timings.time('render', () => this.sitePages(loaded, episodes.summaries, writer, opts.defer === true, replaced));
    timings.time('write', () => this.copyPublic(loaded, writer, changed));
    if (searchNow && !report.hasErrors) await timings.timeAsync('search index', () => this.updateSearch(writer, index));
    // An index not finished (the run failed, or its files were all kept) leaves no spilled entries behind.
    index?.discard();
    const ok = !report.hasErrors;
    if (ok) {
      await timings.timeAsync('write', async () => writer.commit());
      // Items no summary names any more (an episode edited or removed) go: after each CLI build, and in dev once they
      // could be a fifth of the store, not after every save (which walked every episode of the archive to drop one).
      const crowded = this.items.count > episodes.summaries.length * DEV_ITEMS_SLACK + 16;
      if ((episodes.rendered.length || stale) && (this.opts.oneShot || crowded)) this.items.retain(Object.values(this.cache.episodes).map((e) => e.summary.feedItem));
    } else {
      this.deferred = [];
      await writer.abort();
    }
    this.items.flush();
    // Every planned episode built, and its key now the cached one: the next edit may start from this run.
    const whole = ok && episodes.summaries.length === plan.length && this.sources.size === plan.length + this.order!.held.size;
    this.last = whole ? { plan, base, keys: keys.map((k) => (k.changed ? { ...k, changed: false } : k)), summaries: episodes.summaries, files: episodes.counts } : null;
    return this.result(ok, [...report.items], episodes.summaries.length, episodes.rendered, pages.rendered, episodes.files + pages.files, timings);
  }

  /** The last run, when it built every episode of the plan: keys, summaries and file counts by place in the order. */
  private last: { plan: readonly PlannedEpisode[]; base: string; keys: EpisodeKey[]; summaries: EpisodeSummary[]; files: number[] } | null = null;

  /**
   * The places in the order that an edit can change, when the last run can be built on: the order is the same array
   * (nothing came, went or moved), the episode templates are the same, and the writer still has every file of the last
   * run. An edited episode's neighbours show its title and address, so their keys are looked at too. Null: look at all.
   */
  private around(plan: PlannedEpisode[], dirty: ReadonlySet<string> | null, base: string, writer: SiteWriter): Set<number> | null {
    const last = this.last;
    if (!dirty || !last || last.plan !== plan || last.base !== base || writer.keepsUnchanged !== true) return null;
    const places = new Set<number>();
    for (const folder of dirty) {
      const i = this.order!.at.get(folder);
      if (i === undefined) continue;
      for (const j of [i - 1, i, i + 1]) if (j >= 0 && j < plan.length) places.add(j);
    }
    return places;
  }

  /** Every episode's key: from the last run, except at the places an edit can change. */
  private keys(plan: PlannedEpisode[], dirty: ReadonlySet<string> | null, base: string, around: ReadonlySet<number> | null): EpisodeKey[] {
    if (!around) return plan.map((_, i) => this.episodeKey(plan, i, dirty, base));
    const keys = this.last!.keys.slice();
    for (const i of around) keys[i] = this.episodeKey(plan, i, dirty, base);
    return keys;
  }

  private searchStale = false;
  /** The episodes of the last run, whose records make the search index. */
  private searched: readonly EpisodeSummary[] = [];

  /**
   * Rebuilds the search index when an episode changed since it was last built; else keeps its files.
   * `thread`: for `shownotes dev`, a worker thread that writes the index straight into the published folder.
   */
  async updateSearch(writer: SiteWriter, fed?: SearchIndex | null, thread?: { search: SearchThread; outDir: string }): Promise<boolean> {
    const kept = this.cache.searchFiles;
    if (!this.searchStale && kept && kept.every((f) => writer.keep(f))) return false;
    const skip = this.loaded!.ctx.search.skip;
    const files = fed
      ? fed.finish()
      : thread
        ? await thread.search.build({ outDir: thread.outDir, recordFiles: this.recordFiles(), skip: [...skip] })
        : buildSearchIndex(this.recordFiles(), writer, skip);
    const now = new Set(files);
    for (const old of kept ?? []) if (!now.has(old)) writer.remove(old);
    this.cache.searchFiles = files;
    this.searchStale = false;
    return true;
  }

  private recordFiles(): string[] {
    return this.searched.map((s) => searchRecords.path(s.slug));
  }

  /** Load stage: the project when it changed, and the episode folders that changed. */
  private load(changed: ChangeSet | undefined, report: Diagnostics): Loaded | null {
    const everything = !changed || changed.project || !this.loaded;
    if (everything) {
      const project = loadProject(this.root, report);
      if (!project) {
        this.loaded = null;
        return null;
      }
      const templates = templateHashes(project.templatesDir);
      this.loaded = {
        project,
        ctx: createRenderContext(project),
        env: { podcast: project.podcast, publicFileSize: publicFileSize(project) },
        templates,
        envKey: hash(generatorKey(), readFileSync(join(this.root, PODCAST_FILE))),
      };
      this.sources.clear();
      for (const s of project.sources) this.sources.set(s.folder, s);
      this.sourceAt = null;
      return this.loaded;
    }
    const loaded = this.loaded!;
    if (changed.templates) {
      loaded.templates = templateHashes(loaded.project.templatesDir);
      loaded.ctx = createRenderContext(loaded.project);
    }
    // The watcher names every folder that changed, appeared or went away: the others are not looked at.
    let membership = false;
    for (const folder of changed.episodes ?? []) {
      if (isEpisodeFolder(this.root, folder)) {
        membership ||= !this.sources.has(folder);
        this.sources.set(folder, loadEpisodeSource(this.root, folder));
      } else membership = this.sources.delete(folder) || membership;
    }
    if (membership) {
      loaded.project.sources = [...this.sources.values()].sort((a, b) => (a.folder < b.folder ? -1 : 1));
      this.sourceAt = null;
    } else {
      // The same folders: the changed ones' sources take their places, without a walk through the archive.
      this.sourceAt ??= new Map(loaded.project.sources.map((s, i) => [s.folder, i]));
      for (const folder of changed.episodes ?? []) loaded.project.sources[this.sourceAt.get(folder)!] = this.sources.get(folder)!;
    }
    return loaded;
  }

  /**
   * Every episode's place in the site, newest first. Front matter is read again only where index.md changed (or
   * everywhere when the project was reloaded: `full`); the archive is sorted again only when an episode came, went,
   * or changed its slug, date or number. Otherwise the changed entries take their old places.
   */
  private plan(loaded: Loaded, report: Diagnostics, dirty: ReadonlySet<string> | null): PlannedEpisode[] {
    const full = dirty === null;
    let reorder = full || !this.order;
    const replaced: PlannedEpisode[] = [];
    // When load() kept the same folders (sourceAt), only those that may have changed have new sources.
    const looked = dirty && this.sourceAt ? [...dirty].flatMap((folder) => this.sources.get(folder) ?? []) : loaded.project.sources;
    for (const s of looked) {
      const known = this.plans.get(s.folder);
      if (known?.source === s) continue;
      const plan = !full && known && known.source.indexHash === s.indexHash ? (known.plan ? { ...known.plan, source: s } : null) : planEpisode(s, loaded.env);
      reorder ||= !known || !samePlace(known.plan, plan, this.publication);
      this.plans.set(s.folder, { source: s, plan });
      if (plan) replaced.push(plan);
    }
    if (this.plans.size !== this.sources.size) {
      for (const folder of [...this.plans.keys()]) if (!this.sources.has(folder)) this.plans.delete(folder);
      for (const folder of [...this.keyMemo.keys()]) if (!this.sources.has(folder)) this.keyMemo.delete(folder);
      reorder = true;
    }
    if (reorder || !this.order) {
      const diags = new Diagnostics();
      const planned = loaded.project.sources.map((s) => this.plans.get(s.folder)!.plan).filter((p): p is PlannedEpisode => p !== null);
      const held = new Map<string, Held>();
      const list = orderEpisodes(planned, diags).filter((p) => {
        const why = heldBack(p, this.publication);
        if (why) held.set(p.source.folder, why);
        return !why;
      });
      this.order = { list, diagnostics: diags.items, at: new Map(list.map((p, i) => [p.source.folder, i])), held };
    } else {
      for (const p of replaced) {
        const i = this.order.at.get(p.source.folder);
        if (i !== undefined) this.order.list[i] = p;
      }
    }
    report.items.push(...this.order.diagnostics);
    // A one-shot build has read all it needs of the planned episodes' index.md until each is built, which reads it again.
    // (Episodes left out of the order keep theirs, for their diagnostics.)
    if (this.opts.oneShot) {
      for (const { source } of this.order.list) {
        source.indexText = null;
        source.indexReleased = true;
      }
    }
    return this.order.list;
  }

  /**
   * The key of an episode's outputs: equal keys make equal files. `changed` when they must be made again.
   * The transcript is looked at only when the watcher says its folder changed (or on every CLI build).
   */
  private episodeKey(plan: PlannedEpisode[], i: number, dirty: ReadonlySet<string> | null, base: string): EpisodeKey {
    const planned = plan[i]!;
    const folder = planned.source.folder;
    const [older, newer] = [plan[i + 1], plan[i - 1]];
    const cached = this.cache.episodes[folder];
    // In dev, an episode whose folder, neighbours and templates are as they were keeps its key: one edit in an archive
    // of thousands makes a handful of keys, not thousands.
    const memo = this.keyMemo.get(folder);
    if (dirty && !dirty.has(folder) && memo && memo.planned === planned && memo.older === older && memo.newer === newer && memo.base === base) {
      return { ...memo.key, changed: !cached || cached.key !== memo.key.key };
    }
    const neighbours = neighboursOf(older, newer, this.loaded!.ctx.links.episode);
    // A one-shot build renders an episode it has no outputs of whatever its key is: its transcript is hashed where it
    // is read to be built (on a render worker), rather than read here once more before any episode can start (about
    // 0.15 s of the archive's cold build and 0.9 s at 5,000 episodes). Its key is made once it is rendered.
    if (this.opts.oneShot && !cached) return { key: null, base, neighbours, transcript: null, changed: true };
    const transcript = this.transcriptHash(planned.source, !dirty || dirty.has(folder));
    const key = episodeKeyOf(base, planned.source, transcript, neighbours);
    const made = { key, base, neighbours, transcript, changed: !cached || cached.key !== key };
    this.keyMemo.set(folder, { planned, older, newer, base, key: made });
    return made;
  }

  /**
   * Each episode kept as it was, or run through the pipeline; with `around`, only those places, the rest as the last
   * run left them. Episodes no longer there lose their files.
   */
  private async episodes(loaded: Loaded, plan: PlannedEpisode[], keys: EpisodeKey[], writer: SiteWriter, report: Diagnostics, timings: Timings, index: SearchIndex | null, around: ReadonlySet<number> | null, early: RenderPool | null) {
    const summaries: EpisodeSummary[] = around ? this.last!.summaries.slice() : [];
    const counts: number[] = around ? this.last!.files.slice() : [];
    const rendered: string[] = [];
    const seen = new Set<string>();
    const places = around ? [...around].sort((a, b) => a - b) : [...plan.keys()];
    // A whole build sends the episodes it renders to worker threads, a few ahead, and takes them back in site order.
    const pool = this.renderAhead(plan, keys, around ? null : places, writer, index, early);
    try {
      for (const i of places) {
        const planned = plan[i]!;
        // The writes of the last episode finish meanwhile, on libuv's threads (a whole build, not a dev edit).
        if (!around) await new Promise((r) => setImmediate(r));
        if (!around) seen.add(planned.source.folder);
        const work = pool ? await pool.take(i) : undefined;
        const outcome = this.episode(loaded, planned, keys[i]!, writer, report, timings, index, work);
        if (outcome?.rendered) rendered.push(planned.source.folder);
        if (index && outcome) {
          const records = searchRecords.path(planned.slug);
          timings.time('search index', () => index.add(records, outcome.search ?? writer.read(records)));
        }
        if (around) {
          // An episode built before is never left out: at worst its last good summary stays (and the run fails).
          summaries[i] = outcome?.summary ?? summaries[i]!;
          counts[i] = outcome?.files ?? 0;
        } else if (outcome) {
          summaries.push(outcome.summary);
          counts.push(outcome.files);
        }
      }
    } finally {
      await pool?.close();
    }
    if (!around) this.reportGone(loaded, seen, writer, report);
    this.searched = summaries;
    return { summaries, rendered, counts, files: counts.reduce((a, b) => a + b, 0) };
  }

  /**
   * Render workers for the episodes of a whole run (`places`; null for a dev rebuild) that are not kept, when there are
   * enough to pay for starting the threads (each loads the templates and parsers); null otherwise. take(i) gives place
   * i's work, sent to the pool a few places ahead of the one asked for. `early`: workers started already, used when any are
   * needed (run() closes them in any case).
   */
  private renderAhead(plan: PlannedEpisode[], keys: EpisodeKey[], places: readonly number[] | null, writer: SiteWriter, index: SearchIndex | null, early: RenderPool | null): { take(i: number): Promise<EpisodeWork | undefined>; close(): Promise<void> } | null {
    const threads = this.opts.threads ?? 0;
    if (!places || this.memoing || threads < 1) return null;
    const todo = places.filter((i) => !this.isKept(plan[i]!.source.folder, keys[i]!, writer));
    if (todo.length < threads * MIN_EPISODES_PER_THREAD) return null;
    const pool = early ?? new RenderPool(this.root, threads);
    this.workers = threads;
    const sent = new Map<number, Promise<EpisodeWork>>();
    let next = 0;
    return {
      take: (i) => {
        while (next < todo.length && sent.size < threads * AHEAD_PER_THREAD) {
          const j = todo[next++]!;
          // The terms a worker numbered first are learnt as its answers arrive, which is the order it numbered them in.
          const work = pool.render(plan[j]!.source, keys[j]!.neighbours, !!index, writer.folder ?? null).then((w) => {
            if (index && w.search) index.adopt(w.search);
            return w;
          });
          work.catch(() => {}); // awaited by take()
          sent.set(j, work);
        }
        const work = sent.get(i);
        sent.delete(i);
        return work ?? Promise.resolve(undefined);
      },
      close: () => pool.close(),
    };
  }

  /** A folder the last run built that is not in this run's site: its episode is gone, or held back (planned first). */
  private leavesSite(folder: string): boolean {
    return !this.sources.has(folder) || this.order!.held.has(folder);
  }

  /**
   * Episodes whose front matter failed are not in the plan: their problems are reported all the same. Episodes no
   * longer there, or held back from this run's site, lose their files.
   */
  private reportGone(loaded: Loaded, seen: ReadonlySet<string>, writer: SiteWriter, report: Diagnostics): void {
    const held = this.order!.held;
    for (const source of this.sources.values()) {
      if (seen.has(source.folder) || held.has(source.folder)) continue;
      const transcriptDiags = new Diagnostics();
      const text = readTranscript(this.root, source, transcriptDiags);
      report.items.push(...prepareEpisode(source, text, loaded.env, transcriptDiags.items).diagnostics);
    }
    for (const folder in this.cache.episodes) {
      if (!this.leavesSite(folder)) continue;
      for (const f of this.cache.episodes[folder]!.files) writer.remove(f);
      delete this.cache.episodes[folder];
    }
  }

  /**
   * One episode: kept as it was when its key is unchanged, else run through parse → segment → align → render → write.
   * Null when it cannot be built and was never built before. `search`: an index is being built, so the records it
   * renders are made ready for it too (returned as `search`).
   */
  private episode(loaded: Loaded, planned: PlannedEpisode, k: EpisodeKey, writer: SiteWriter, report: Diagnostics, timings: Timings, index: SearchIndex | null, work?: EpisodeWork): { summary: EpisodeSummary; files: number; rendered: boolean; search?: IndexedEpisode } | null {
    const folder = planned.source.folder;
    const { neighbours } = k;
    const cached = this.cache.episodes[folder];
    if (cached && this.isKept(folder, k, writer)) {
      report.items.push(...cached.diagnostics);
      return { summary: cached.summary, files: cached.files.length, rendered: false };
    }
    // Done on a render worker already, or done here.
    const done = work ?? renderWork(this.root, loaded.env, loaded.ctx, planned.source, neighbours, index?.terms ?? null, this.memoFor(folder));
    timings.add(done.timings);
    const { diagnostics, rendered: out } = done;
    report.items.push(...diagnostics);
    // The last good pages stay (in dev); a CLI build fails as a whole.
    if (!out) return cached ? { summary: cached.summary, files: 0, rendered: false } : null;
    const transcript = k.transcript ?? done.transcript;
    const key = k.key ?? episodeKeyOf(k.base, planned.source, transcript, neighbours);
    // The run's keys are whole once its episodes are built.
    k.key = key;
    k.transcript = transcript;
    timings.time('write', () => {
      out.files.forEach((f) => writer.write(f));
      this.items.put(out.summary.feedItem, out.feedItem);
    });
    const files = out.files.map((f) => f.path);
    for (const old of cached?.files ?? []) if (!files.includes(old)) writer.remove(old);
    this.cache.episodes[folder] = {
      key,
      files,
      summary: out.summary,
      diagnostics: diagnostics.filter((d) => d.severity === 'warning'),
      ...transcript,
    };
    return { summary: out.summary, files: files.length, rendered: true, ...(done.search ? { search: done.search } : {}) };
  }

  /** The episode's files, made from the same inputs as now, are all in the site: kept, not rendered again. */
  private isKept(folder: string, k: EpisodeKey, writer: SiteWriter): boolean {
    const cached = this.cache.episodes[folder];
    return !!cached && !k.changed && cached.files.every((f) => writer.keep(f));
  }

  /** The summaries an edit replaced (the last run's, then this one's), at the places it looked at. */
  private replaced(around: ReadonlySet<number>, summaries: readonly EpisodeSummary[]): [EpisodeSummary, EpisodeSummary][] {
    const last = this.last!.summaries;
    return [...around].filter((i) => last[i] !== summaries[i]).map((i) => [last[i]!, summaries[i]!]);
  }

  /**
   * Site pages whose key and listed episodes are unchanged are kept; the rest are rendered. Pages no longer produced
   * are removed. With `defer`, files that list the whole archive (the feed) are left for writeDeferred().
   * With `replaced`, and while no replaced episode changed what decides a format's pages, only the pages listing a
   * replaced episode are looked at (and the whole-archive files, when any episode was replaced).
   */
  private sitePages(loaded: Loaded, summaries: EpisodeSummary[], writer: SiteWriter, defer: boolean, replaced: [EpisodeSummary, EpisodeSummary][] | null) {
    const reshaped = !replaced || siteFormats.some((f) => f.shape && replaced.some(([a, b]) => f.shape!(a) !== f.shape!(b)));
    const listing = new Set<string>();
    if (!reshaped) for (const [old] of replaced) for (const path of this.listedOn.get(old) ?? []) listing.add(path);
    const touched = new Set([...listing].map((path) => this.pageFormat.get(path)));
    // Which pages list which summary, for the next edit's shortcut: a one-shot build has no next edit.
    const track = reshaped && !this.opts.oneShot;
    const rendered: string[] = [];
    const now: Record<string, PageStamp> = reshaped ? {} : this.cache.pages;
    this.deferred = [];
    if (reshaped) {
      this.listedOn.clear();
      this.pageFormat.clear();
    }
    for (const format of siteFormats) {
      if (!reshaped && !(format.wholeArchive && replaced!.length) && !touched.has(format.name)) continue;
      const tkey = templatesKey(loaded.templates, format.templates);
      for (const page of format.pages({ episodes: summaries, feedItem: (e) => this.items.get(e.feedItem) }, loaded.ctx)) {
        if (!reshaped && !format.wholeArchive && !listing.has(page.path)) continue;
        const key = `${loaded.envKey}|${tkey}|${page.key}`;
        if (track) this.pageFormat.set(page.path, format.name);
        if (defer && format.wholeArchive) {
          // Its stamp stays as it was until the page is checked: it is not removed meanwhile.
          const old = this.cache.pages[page.path];
          if (old) now[page.path] = old;
          this.deferred.push({ page, key });
          continue;
        }
        now[page.path] = this.sitePage(page, key, writer, rendered, track && !format.wholeArchive);
      }
    }
    if (reshaped) {
      for (const path of Object.keys(this.cache.pages)) {
        if (path in now) continue;
        writer.remove(path);
        this.pageLists.delete(path);
      }
      this.cache.pages = now;
    } else {
      // The same pages list the new summaries.
      for (const [old, made] of replaced!) {
        const on = this.listedOn.get(old);
        this.listedOn.delete(old);
        if (on) this.listedOn.set(made, on);
      }
    }
    return { rendered, files: Object.keys(now).length };
  }

  /** For each summary, the site pages listing it (the whole-archive files aside), and each page's format. */
  private readonly listedOn = new Map<EpisodeSummary, string[]>();
  private readonly pageFormat = new Map<string, string>();

  /** Site pages left by a run with `defer` (in dev: the feed, after the pages of an edit are in place). */
  private deferred: { page: SitePage; key: string }[] = [];

  /** Writes what the last run deferred; the paths rendered. */
  async writeDeferred(writer: SiteWriter): Promise<string[]> {
    const rendered: string[] = [];
    for (const { page, key } of this.deferred) this.cache.pages[page.path] = this.sitePage(page, key, writer, rendered, false);
    this.deferred = [];
    await writer.commit();
    return rendered;
  }

  /**
   * One site page: kept when its key and listed episodes are as they were, else rendered. Its new stamp.
   * `index`: note it under each episode it lists.
   */
  private sitePage(page: SitePage, key: string, writer: SiteWriter, rendered: string[], index: boolean): PageStamp {
    const lists = page.lists ?? [];
    const listKey = page.listKey ?? version;
    const old = this.cache.pages[page.path];
    const before = this.pageLists.get(page.path);
    const same = old && old.key === key && sameList(old.versions, before, lists, listKey);
    this.pageLists.set(page.path, lists);
    if (index) {
      for (const e of lists) {
        const on = this.listedOn.get(e);
        if (on) on.push(page.path);
        else this.listedOn.set(e, [page.path]);
      }
    }
    if (same && writer.keep(page.path)) return old;
    writer.write({ path: page.path, content: page.render() });
    rendered.push(page.path);
    return { key, versions: stampList(old?.versions, before, lists, listKey) };
  }

  private copyPublic(loaded: Loaded, writer: SiteWriter, changed?: ChangeSet): void {
    const dir = loaded.project.publicDir;
    const files = existsSync(dir) ? listFiles(dir) : [];
    for (const old of this.cache.publicFiles) if (!files.includes(old)) writer.remove(old);
    this.cache.publicFiles = files;
    if (changed && !changed.project && !changed.publicFiles?.size && this.loaded) {
      // Nothing in public/ changed: a staged build still needs it copied, an in-place one does not.
      if (files.every((f) => writer.keep(f))) return;
    }
    writer.copyDir(dir);
  }

  /**
   * The transcript's content hash, reused while its size and mtime are unchanged, or without looking when the
   * watcher says nothing in the episode's folder changed.
   */
  private transcriptHash(source: EpisodeSource, mayHaveChanged: boolean): TranscriptStamp {
    if (!source.transcriptPath) return { hash: '-' };
    const known = this.cache.episodes[source.folder];
    if (!mayHaveChanged && known?.transcriptStamp?.startsWith(`${source.transcriptPath}:`) && known.transcriptHash) {
      return { transcriptStamp: known.transcriptStamp, transcriptHash: known.transcriptHash, hash: known.transcriptHash };
    }
    const path = join(this.root, source.transcriptPath);
    let st: { size: number; mtimeMs: number };
    try {
      st = statSync(path);
    } catch {
      return { hash: 'missing' };
    }
    const stamp = transcriptStamp(source.transcriptPath, st);
    if (known?.transcriptStamp === stamp && known.transcriptHash) return { transcriptStamp: stamp, transcriptHash: known.transcriptHash, hash: known.transcriptHash };
    // Keyed as a render worker keys the transcript it reads (a file too large to read by its stamp).
    return stampedHash(source.transcriptPath, { size: st.size, mtimeMs: st.mtimeMs, bytes: st.size > MAX_TEXT_BYTES ? null : readFileSync(path) });
  }

  /** The memo of an episode about to be prepared in dev, now the most recently used one. */
  private memoFor(folder: string): PrepareMemo | undefined {
    if (!this.memoing) return undefined;
    const memo = this.memos.get(folder) ?? {};
    this.memos.delete(folder);
    this.memos.set(folder, memo);
    if (this.memos.size > MEMO_EPISODES) this.memos.delete(this.memos.keys().next().value!);
    return memo;
  }

  private result(ok: boolean, diagnostics: Diagnostic[], episodes: number, renderedEpisodes: string[], renderedPages: string[], files: number, timings: Timings): BuildReport {
    const held: Record<Held, number> = { draft: 0, scheduled: 0 };
    for (const why of this.order?.held.values() ?? []) held[why]++;
    return { ok, diagnostics: dedupe(diagnostics), episodes, renderedEpisodes, renderedPages, files, workers: this.workers, held, timings: timings.ms };
  }

  /** Render workers started by the current run. */
  private workers = 0;
}

/** Render workers start only for this many episodes to render per thread, at least. */
const MIN_EPISODES_PER_THREAD = 4;
/** Episodes sent to the render workers ahead of the one being written, per thread: each holds its rendered files. */
const AHEAD_PER_THREAD = 3;

/** How many recently edited episodes keep their parse and segmentation in dev. */
const MEMO_EPISODES = 16;

interface EpisodeKey {
  /** Null (with `transcript`) until the episode is rendered, when its transcript is hashed where it is read. */
  key: string | null;
  base: string;
  changed: boolean;
  neighbours: Neighbours;
  transcript: TranscriptStamp | null;
}

/** Equal keys make equal files. Hashed, not joined: the key is kept for every episode, in memory and in the cache. */
function episodeKeyOf(base: string, source: EpisodeSource, transcript: TranscriptStamp, neighbours: Neighbours): string {
  return hash(base, source.indexHash, transcript.hash, JSON.stringify(neighbours));
}

function neighboursOf(older: PlannedEpisode | undefined, newer: PlannedEpisode | undefined, href: (slug: string) => string): Neighbours {
  return {
    ...(older ? { prev: { title: older.title, href: href(older.slug) } } : {}),
    ...(newer ? { next: { title: newer.title, href: href(newer.slug) } } : {}),
  };
}

/** Two entries take the same place in the site's order, and are both in it or both held back from it. */
function samePlace(a: PlannedEpisode | null, b: PlannedEpisode | null, publication: Publication): boolean {
  if (!a || !b) return a === b;
  return a.slug === b.slug && a.date.getTime() === b.date.getTime() && a.number === b.number && heldBack(a, publication) === heldBack(b, publication);
}

const version = (e: EpisodeSummary) => e.version;

/** The listed episodes' stamps, taken from the old stamp where the summary is the same object as before. */
function stampList(stamped: readonly string[] | undefined, before: readonly EpisodeSummary[] | undefined, lists: readonly EpisodeSummary[], listKey: (e: EpisodeSummary) => string): string[] {
  const same = stamped && before && stamped.length === before.length;
  return lists.map((e, i) => (same && before[i] === e ? stamped[i]! : listKey(e)));
}

/**
 * A page lists the same episodes as when `stamped` was taken. Summaries of unchanged episodes are the same objects
 * from one dev rebuild to the next (`before`): those are compared by reference, without reading them.
 */
function sameList(stamped: readonly string[], before: readonly EpisodeSummary[] | undefined, lists: readonly EpisodeSummary[], listKey: (e: EpisodeSummary) => string): boolean {
  if (stamped.length !== lists.length) return false;
  for (let i = 0; i < lists.length; i++) {
    if (before?.[i] !== lists[i] && stamped[i] !== listKey(lists[i]!)) return false;
  }
  return true;
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.rule}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
