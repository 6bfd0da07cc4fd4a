// Render stage for one episode: its view, every per-episode output format, and the summary site pages keep.
import type { Episode, EpisodeSummary } from '../core/episode.js';
import { hash } from '../core/hash.js';
import type { RenderContext } from './context.js';
import { episodeView, type Neighbour } from './episode/episodeView.js';
import { feedItem } from './outputs/feed.js';
import { episodeFormats } from './outputs/index.js';
import { episodeRecords, type SearchRecord } from './outputs/searchRecords.js';
import type { OutputFile } from './outputs/types.js';

export interface RenderedEpisode {
  files: OutputFile[];
  /** What site pages keep of the episode, its strings its own (see below). */
  summary: EpisodeSummary;
  /** The feed item the summary names by hash. */
  feedItem: string;
}

/** The rendered episode, and its search records as the search format made them (for an index built alongside). */
export function renderEpisode(ep: Episode, ctx: RenderContext, neighbours: Neighbours): { rendered: RenderedEpisode; records: SearchRecord[] } {
  const view = viewOf(ep, ctx, neighbours);
  const files: OutputFile[] = [];
  for (const format of episodeFormats) {
    const content = format.render(ep, view, ctx);
    if (content !== null) files.push({ path: format.path(ep.meta.slug), content });
  }
  const item = feedItem(ep, view, ctx);
  const fields: Omit<EpisodeSummary, 'version'> = {
    slug: ep.meta.slug,
    href: view.href,
    title: view.title,
    published: ep.meta.date.getTime(),
    dateIso: view.dateIso,
    dateText: view.dateText,
    durationText: view.duration ? view.durationText : '',
    ...(view.number !== undefined ? { number: view.number } : {}),
    description: view.description,
    topics: view.chapters.filter((c) => c.kind === 'topic').map((c) => ({ title: c.title, id: c.anchor.slice(1), start: c.start })),
    hosts: ep.meta.hosts,
    guests: ep.meta.guests,
    tags: ep.meta.tags,
    ...(ep.meta.draft ? { draft: true as const } : {}),
    feedItem: hash(item),
  };
  // The summary is made from its JSON: a title or description cut from index.md would otherwise keep all of index.md
  // in memory (V8 keeps a substring's whole source string), and summaries are kept for every episode of the archive.
  const json = JSON.stringify(fields);
  const rendered = { files, summary: { ...(JSON.parse(json) as typeof fields), version: hash(json) }, feedItem: item };
  return { rendered, records: episodeRecords(ep, view) };
}

/** The episodes before and after this one in the site, for its previous and next links. */
export type Neighbours = { prev?: Neighbour; next?: Neighbour };

function viewOf(ep: Episode, ctx: RenderContext, neighbours: Neighbours) {
  return episodeView(ep, { podcast: ctx.podcast, links: ctx.links, md: ctx.md, ...neighbours });
}
