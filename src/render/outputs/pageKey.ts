// Keys of site pages: the format, the page's own parameters and the versions of the episodes it lists.
import type { EpisodeSummary } from '../../core/episode.js';

export function pageKey(format: string, params: unknown, episodes: readonly EpisodeSummary[]): string {
  return `${format}|${JSON.stringify(params)}|${episodes.map((e) => e.version).join(',')}`;
}
