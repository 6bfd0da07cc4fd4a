// The site, kept up to date: load what changed, plan the order, then for each episode either keep its outputs
// (same key as last time) or run it through parse → segment → align → render → write; then the site pages the same way.
// A CLI build is one run from the on-disk cache; `shownotes dev` calls run() again after every change.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Diagnostics, type Diagnostic } from '../core/diagnostics.js';
import { hash } from '../core/hash.js';
import { Timings } from '../core/timings.js';
import type { EpisodeSource, EpisodeSummary } from '../core/episode.js';
import { findEpisodeFolders, loadEpisodeSource } from '../load/findEpisodes.js';
import { loadProject, publicFileSize, readTranscript, type Project } from '../load/loadProject.js';
import { orderEpisodes, planEpisode, type PlannedEpisode } from '../episode/planEpisodes.js';
import { prepareEpisode } from '../episode/prepareEpisode.js';
import type { EpisodeEnv } from '../episode/readEpisode.js';
import type { RenderContext } from '../render/context.js';
import { createRenderContext } from '../render/createRenderContext.js';
import type { Neighbour } from '../render/episode/episodeView.js';
import { renderEpisode } from '../render/renderEpisode.js';
import { siteFormats } from '../render/outputs/index.js';
import { searchRecords } from '../render/outputs/searchRecords.js';
import { buildSearchIndex, buildSearchIndexInWorker, SearchFeed } from '../search/buildSearchIndex.js';
import type { SiteWriter } from '../write/writer.js';
import type { BuildCache } from './cache.js';
import { EPISODE_TEMPLATES, generatorKey, templateHashes, templatesKey } from './fingerprint.js';

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
  timings: Record<string, number>;
}

interface Loaded {
  project: Project;
  ctx: RenderContext;
  env: EpisodeEnv;
  templates: Map<string, string>;
  envKey: string;
}

export class SiteBuilder {
  private loaded: Loaded | null = null;
  private readonly sources = new Map<string, EpisodeSource>();
  private readonly plans = new Map<string, { indexHash: string; plan: PlannedEpisode | null }>();

  constructor(
    readonly root: string,
    readonly cache: BuildCache,
  ) {}

  /**
   * One pass. `search: 'now'` rebuilds the search index before committing when any episode changed (CLI builds);
   * 'later' leaves it to updateSearch(), which `shownotes dev` runs in the background so pages are not held up.
   */
  async run(writer: SiteWriter, changed?: ChangeSet, opts: { search?: 'now' | 'later' } = {}): Promise<BuildReport> {
    const timings = new Timings();
    const report = new Diagnostics();
    const loaded = timings.time('load', () => this.load(changed, report));
    if (!loaded) {
      await writer.abort();
      return this.result(false, report.items, 0, [], [], 0, timings);
    }
    const plan = timings.time('load', () => this.plan(loaded, report));
    // CLI builds feed the search index while they render; it starts with the first episode that changed.
    const feed = (opts.search ?? 'now') === 'now' ? { start: () => new SearchFeed(loaded.project.podcast.language) } : null;
    // Folders that may have changed; null means any of them (a CLI build, or podcast.yaml changed).
    const dirty = !changed || changed.project ? null : (changed.episodes ?? new Set<string>());
    const episodes = await this.episodes(loaded, plan, writer, report, timings, feed, dirty);
    const pages = timings.time('render', () => this.sitePages(loaded, episodes.summaries, writer));
    timings.time('write', () => this.copyPublic(loaded, writer, changed));
    if (episodes.rendered.length || episodes.removed) this.searchStale = true;
    if (feed && !report.hasErrors) await timings.timeAsync('search index', () => this.updateSearch(writer, episodes.feed));
    const ok = !report.hasErrors;
    if (ok) await timings.timeAsync('write', async () => writer.commit());
    else await writer.abort();
    return this.result(ok, [...report.items], episodes.summaries.length, episodes.rendered, pages.rendered, episodes.files + pages.files, timings);
  }

  private searchStale = false;
  private searchRecords: string[] = [];

  /**
   * Rebuilds the search index when an episode changed since it was last built; else keeps its files.
   * `inWorker`: the published folder, for `shownotes dev`, where a worker thread writes the index straight into it.
   */
  async updateSearch(writer: SiteWriter, fed?: SearchFeed | null, inWorker?: string): Promise<boolean> {
    const kept = this.cache.searchFiles;
    if (!this.searchStale && kept && kept.every((f) => writer.keep(f))) return false;
    const language = this.loaded?.project.podcast.language ?? 'en';
    const files = fed
      ? await fed.finish(writer)
      : inWorker
        ? await buildSearchIndexInWorker({ outDir: inWorker, recordFiles: this.searchRecords, language })
        : await buildSearchIndex(this.searchRecords, writer, language);
    for (const old of kept ?? []) if (!files.includes(old)) writer.remove(old);
    this.cache.searchFiles = files;
    this.searchStale = false;
    return true;
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
        envKey: hash(generatorKey(), readFileSync(join(this.root, 'podcast.yaml'))),
      };
      this.sources.clear();
      for (const s of project.sources) this.sources.set(s.folder, s);
      return this.loaded;
    }
    const loaded = this.loaded!;
    if (changed.templates) {
      loaded.templates = templateHashes(loaded.project.templatesDir);
      loaded.ctx = createRenderContext(loaded.project);
    }
    const present = new Set(findEpisodeFolders(this.root));
    for (const folder of changed.episodes ?? []) {
      if (present.has(folder)) this.sources.set(folder, loadEpisodeSource(this.root, folder));
      else this.sources.delete(folder);
    }
    for (const folder of present) if (!this.sources.has(folder)) this.sources.set(folder, loadEpisodeSource(this.root, folder));
    loaded.project.sources = [...this.sources.values()].sort((a, b) => (a.folder < b.folder ? -1 : 1));
    return loaded;
  }

  /** Every episode's place in the site, newest first; front matter is read again only where index.md changed. */
  private plan(loaded: Loaded, report: Diagnostics): PlannedEpisode[] {
    const planned: PlannedEpisode[] = [];
    for (const s of loaded.project.sources) {
      const h = s.indexHash;
      let known = this.plans.get(s.folder);
      if (!known || known.indexHash !== h) {
        known = { indexHash: h, plan: planEpisode(s, loaded.env) };
        this.plans.set(s.folder, known);
      }
      if (known.plan) planned.push({ ...known.plan, source: s });
    }
    for (const folder of [...this.plans.keys()]) if (!this.sources.has(folder)) this.plans.delete(folder);
    return orderEpisodes(planned, report);
  }

  /** Each episode kept as it was, or run through the pipeline. Episodes no longer there lose their files. */
  private async episodes(loaded: Loaded, plan: PlannedEpisode[], writer: SiteWriter, report: Diagnostics, timings: Timings, feeder: { start(): SearchFeed } | null, dirty: ReadonlySet<string> | null) {
    const summaries: EpisodeSummary[] = [];
    const rendered: string[] = [];
    const seen = new Set<string>();
    let files = 0;
    let feed: SearchFeed | null = null;
    const recordsOf = (slug: string) => writer.read(searchRecords.path(slug));
    for (const [i, planned] of plan.entries()) {
      // Let the search feed's messages go out while episodes are rendered.
      if (feed && i % 4 === 0) await new Promise((r) => setImmediate(r));
      seen.add(planned.source.folder);
      const outcome = this.episode(loaded, plan, i, writer, report, timings, !dirty || dirty.has(planned.source.folder));
      if (!outcome) continue;
      summaries.push(outcome.summary);
      files += outcome.files;
      if (outcome.rendered) {
        rendered.push(planned.source.folder);
        // The first changed episode starts the index, with every episode kept before it.
        if (feeder && !feed) {
          feed = feeder.start();
          for (const s of summaries.slice(0, -1)) feed.add(recordsOf(s.slug));
        }
      }
      feed?.add(recordsOf(outcome.summary.slug));
    }
    // Episodes whose front matter failed are not in the plan: report their problems all the same.
    for (const source of this.sources.values()) {
      if (seen.has(source.folder)) continue;
      const transcriptDiags = new Diagnostics();
      const text = readTranscript(this.root, source, transcriptDiags);
      report.items.push(...prepareEpisode(source, text, loaded.env, transcriptDiags.items).diagnostics);
    }
    let removed = 0;
    for (const [folder, entry] of Object.entries(this.cache.episodes)) {
      if (this.sources.has(folder)) continue;
      for (const f of entry.files) writer.remove(f);
      delete this.cache.episodes[folder];
      removed++;
    }
    this.searchRecords = summaries.map((s) => searchRecords.path(s.slug));
    // Episodes were only removed: nothing was fed yet, and the index must still change.
    if (feeder && !feed && removed) {
      feed = feeder.start();
      for (const s of summaries) feed.add(recordsOf(s.slug));
    }
    return { summaries, rendered, files, removed, feed };
  }

  /**
   * One episode: kept as it was when its key is unchanged, else run through parse → segment → align → render → write.
   * Null when it cannot be built and was never built before.
   */
  private episode(loaded: Loaded, plan: PlannedEpisode[], i: number, writer: SiteWriter, report: Diagnostics, timings: Timings, mayHaveChanged: boolean): { summary: EpisodeSummary; files: number; rendered: boolean } | null {
    const { ctx, env, envKey, templates } = loaded;
    const planned = plan[i]!;
    const folder = planned.source.folder;
    const neighbours = neighboursOf(plan, i, ctx.links.episode);
    const transcript = this.transcriptHash(planned.source, mayHaveChanged);
    // Its parts are hashes and two titles already: joined as they are, not hashed again (dev compares 462 keys an edit).
    const key = [envKey, templatesKey(templates, EPISODE_TEMPLATES), planned.source.indexHash, transcript.hash, JSON.stringify(neighbours)].join('\n');
    const cached = this.cache.episodes[folder];
    if (cached && cached.key === key && cached.files.every((f) => writer.keep(f))) {
      report.items.push(...cached.diagnostics);
      return { summary: cached.summary, files: cached.files.length, rendered: false };
    }
    const transcriptDiags = new Diagnostics();
    const text = timings.time('load', () => readTranscript(this.root, planned.source, transcriptDiags));
    const { episode, diagnostics } = timings.time('parse+segment+align', () => prepareEpisode(planned.source, text, env, transcriptDiags.items));
    report.items.push(...diagnostics);
    // The last good pages stay (in dev); a CLI build fails as a whole.
    if (!episode) return cached ? { summary: cached.summary, files: 0, rendered: false } : null;
    const out = timings.time('render', () => renderEpisode(episode, ctx, neighbours));
    timings.time('write', () => out.files.forEach((f) => writer.write(f)));
    for (const old of cached?.files ?? []) if (!out.files.some((f) => f.path === old)) writer.remove(old);
    this.cache.episodes[folder] = {
      key,
      files: out.files.map((f) => f.path),
      summary: out.summary,
      diagnostics: diagnostics.filter((d) => d.severity === 'warning'),
      ...transcript,
    };
    return { summary: out.summary, files: out.files.length, rendered: true };
  }

  /** Site pages whose key is unchanged are kept; the rest are rendered. Pages no longer produced are removed. */
  private sitePages(loaded: Loaded, summaries: EpisodeSummary[], writer: SiteWriter) {
    const rendered: string[] = [];
    const now: Record<string, string> = {};
    for (const format of siteFormats) {
      const tkey = templatesKey(loaded.templates, format.templates);
      for (const page of format.pages({ episodes: summaries }, loaded.ctx)) {
        const key = `${loaded.envKey}|${tkey}|${page.key}`;
        now[page.path] = key;
        if (this.cache.pages[page.path] === key && writer.keep(page.path)) continue;
        writer.write({ path: page.path, content: page.render() });
        rendered.push(page.path);
      }
    }
    for (const path of Object.keys(this.cache.pages)) if (!(path in now)) writer.remove(path);
    this.cache.pages = now;
    return { rendered, files: Object.keys(now).length };
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
  private transcriptHash(source: EpisodeSource, mayHaveChanged: boolean): { transcriptStamp?: string; transcriptHash?: string; hash: string } {
    if (!source.transcriptPath) return { hash: '-' };
    const known = this.cache.episodes[source.folder];
    if (!mayHaveChanged && known?.transcriptStamp?.startsWith(`${source.transcriptPath}:`) && known.transcriptHash) {
      return { transcriptStamp: known.transcriptStamp, transcriptHash: known.transcriptHash, hash: known.transcriptHash };
    }
    const path = join(this.root, source.transcriptPath);
    let stamp: string;
    try {
      const st = statSync(path);
      stamp = `${source.transcriptPath}:${st.size}:${st.mtimeMs}`;
    } catch {
      return { hash: 'missing' };
    }
    const cached = this.cache.episodes[source.folder];
    if (cached?.transcriptStamp === stamp && cached.transcriptHash) return { transcriptStamp: stamp, transcriptHash: cached.transcriptHash, hash: cached.transcriptHash };
    const h = hash(readFileSync(path));
    return { transcriptStamp: stamp, transcriptHash: h, hash: h };
  }

  private result(ok: boolean, diagnostics: Diagnostic[], episodes: number, renderedEpisodes: string[], renderedPages: string[], files: number, timings: Timings): BuildReport {
    return { ok, diagnostics: dedupe(diagnostics), episodes, renderedEpisodes, renderedPages, files, timings: timings.ms };
  }
}

function neighboursOf(plan: readonly PlannedEpisode[], i: number, href: (slug: string) => string): { prev?: Neighbour; next?: Neighbour } {
  const newer = plan[i - 1];
  const older = plan[i + 1];
  return {
    ...(older ? { prev: { title: older.title, href: href(older.slug) } } : {}),
    ...(newer ? { next: { title: newer.title, href: href(newer.slug) } } : {}),
  };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
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
