// Before the streaming pass: every episode's front matter, in site order (newest first), with duplicate slugs caught.
import { Diagnostics } from '../core/diagnostics.js';
import type { EpisodeSource } from '../core/episode.js';
import { readEpisode, type EpisodeEnv } from './readEpisode.js';

export interface PlannedEpisode {
  source: EpisodeSource;
  slug: string;
  title: string;
  date: Date;
  number?: number;
}

export function planEpisodes(sources: readonly EpisodeSource[], env: EpisodeEnv, diags: Diagnostics): PlannedEpisode[] {
  const planned: PlannedEpisode[] = [];
  for (const source of sources) {
    if (source.indexText === null) continue;
    // Problems are reported by the full pass; this one only needs the order.
    const read = readEpisode(source.folder, source.indexText, env, new Diagnostics(source.indexPath));
    if (!read) continue;
    const { slug, title, date, number } = read.meta;
    planned.push({ source, slug, title, date, ...(number !== undefined ? { number } : {}) });
  }
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
