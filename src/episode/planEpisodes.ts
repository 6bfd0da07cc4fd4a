// Before the streaming pass: every episode's front matter, in site order (newest first), with duplicate slugs caught.
import { Diagnostics } from '../core/diagnostics.js';
import type { EpisodeSource } from '../core/episode.js';
import { readEpisodeFront, type EpisodeEnv } from './readEpisode.js';
import { detached } from '../core/detached.js';

export interface PlannedEpisode {
  source: EpisodeSource;
  slug: string;
  title: string;
  date: Date;
  number?: number;
  draft?: true;
}

/** An episode's place in the site, from its front matter; null when that cannot be read (the full pass reports why). */
export function planEpisode(source: EpisodeSource, env: EpisodeEnv): PlannedEpisode | null {
  if (source.indexText === null) return null;
  const read = readEpisodeFront(source.folder, source.indexText, env, new Diagnostics(source.indexPath));
  if (!read) return null;
  const { date, number } = read.meta;
  // Copies, not the YAML parser's substrings of index.md, which would keep the whole file alive with the plan.
  const [slug, title] = detached([read.meta.slug, read.meta.title]);
  return { source, slug, title, date, ...(number !== undefined ? { number } : {}), ...(read.meta.draft ? { draft: true as const } : {}) };
}

/** Newest first; episodes sharing a slug are reported and left out. */
export function orderEpisodes(planned: readonly PlannedEpisode[], diags: Diagnostics): PlannedEpisode[] {
  const bySlug = new Map<string, PlannedEpisode[]>();
  for (const p of planned) bySlug.set(p.slug, [...(bySlug.get(p.slug) ?? []), p]);
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    for (const p of group) {
      diags.forFile(p.source.indexPath).error('slug-duplicate', `slug "${slug}" is used by ${group.length} episodes (${group.map((g) => g.source.folder).join(', ')}); give each a unique "slug:"`);
    }
  }
  return planned.filter((p) => bySlug.get(p.slug)!.length === 1).sort(newestFirst);
}

export function newestFirst(a: { date: Date; number?: number; slug: string }, b: { date: Date; number?: number; slug: string }): number {
  return b.date.getTime() - a.date.getTime() || (b.number ?? -1) - (a.number ?? -1) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
