// The build cache: for each episode the key its outputs were made from, their paths and its summary;
// for each site page the key it was rendered from. Kept on disk between CLI builds, in memory in dev.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { EpisodeSummary } from '../core/episode.js';
import type { FeedItemStore } from './feedItems.js';

/** The folder of the project where CLI builds keep what they reuse: the cache, the feed items, the index's runs. */
export const CACHE_DIR = '.shownotes-cache';

/** Where a CLI build keeps its cache. */
export function cachePath(root: string): string {
  return join(root, CACHE_DIR, 'build.json');
}

/** The episodes' feed items, beside the cache that names them. */
export function itemsPath(root: string): string {
  return join(root, CACHE_DIR, 'items.pack');
}

/** Where a CLI build's search index moves its entries while it is made (removed when it is finished). */
export function indexRunsPath(root: string): string {
  return join(root, CACHE_DIR, 'index-runs');
}

export interface CachedEpisode {
  key: string;
  files: string[];
  summary: EpisodeSummary;
  /** Warnings of the episode, reported again when it is skipped. */
  diagnostics: Diagnostic[];
  /** Size and mtime of the transcript when its hash was taken, and the hash. */
  transcriptStamp?: string;
  transcriptHash?: string;
}

/** What a site page was rendered from: its key, and the versions of the episodes it listed, in order. */
export interface PageStamp {
  key: string;
  versions: string[];
}

export interface BuildCache {
  version: 3;
  /** Which output folder the entries describe. */
  outDir: string;
  episodes: Record<string, CachedEpisode>;
  pages: Record<string, PageStamp>;
  /** Files copied from public/, so that removed ones disappear. */
  publicFiles: string[];
  /** The search index's files, kept as they are while no episode changes. */
  searchFiles?: string[];
}

export function emptyCache(outDir: string): BuildCache {
  return { version: 3, outDir, episodes: {}, pages: {}, publicFiles: [] };
}

/** The cache of the last build into outDir; an episode whose feed item is gone from `items` is built again. */
export function loadCache(path: string, outDir: string, items: FeedItemStore): BuildCache {
  if (!existsSync(path)) return emptyCache(outDir);
  let data: BuildCache;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as BuildCache;
  } catch {
    return emptyCache(outDir);
  }
  if (data.version !== 3 || data.outDir !== outDir) return emptyCache(outDir);
  for (const [folder, e] of Object.entries(data.episodes)) if (!items.has(e.summary.feedItem)) delete data.episodes[folder];
  return data;
}

export function saveCache(path: string, cache: BuildCache): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(cache));
  renameSync(tmp, path);
}
