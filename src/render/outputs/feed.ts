// feed.xml: RSS 2.0 with the itunes and podcast namespaces. Items are built once per episode; the channel wraps them.
import { XMLBuilder } from 'fast-xml-parser';
import { v5 as uuidv5 } from 'uuid';
import type { Episode, EpisodeSummary } from '../../core/episode.js';
import type { Person } from '../../core/types.js';
import type { RenderContext } from '../context.js';
import type { EpisodeView } from '../episode/episodeView.js';
import { TRANSCRIPT_FILES } from '../episode/episodeView.js';
import { feedDescription } from './feedDescription.js';
import { soundbitesOf } from './soundbites.js';
import { toMillisecond } from '../../core/time.js';
import type { SiteFormat, SiteModel } from './types.js';
import { pageKey } from './pageKey.js';

const PODCAST_NAMESPACE_GUID = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  cdataPropName: '__cdata',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // "true" must stay isPermaLink="true": a bare attribute is not well-formed XML.
  suppressBooleanAttributes: false,
});

export function feedItem(ep: Episode, view: EpisodeView, ctx: RenderContext): string {
  const { meta } = ep;
  const abs = ctx.links.absolute;
  const page = view.url;
  const hasTranscript = ep.transcript.turns.length > 0;
  const item: Record<string, unknown> = {
    title: meta.title,
    link: page,
    guid: { '#text': meta.guid, '@_isPermaLink': meta.guid === page ? 'true' : 'false' },
    pubDate: meta.date.toUTCString(),
    description: { __cdata: feedDescription(view.notesHtml, page) },
    ...(meta.audio ? { enclosure: { '@_url': abs(meta.audio.url), '@_length': meta.audio.length ?? 0, '@_type': meta.audio.type } } : {}),
    'itunes:duration': Math.round(meta.duration ?? 0),
    ...(meta.number !== undefined ? { 'itunes:episode': meta.number } : {}),
    ...(meta.season !== undefined ? { 'itunes:season': meta.season } : {}),
    'itunes:episodeType': meta.episodeType,
    'itunes:explicit': String(meta.explicit ?? ctx.podcast.explicit),
    ...(meta.image ? { 'itunes:image': { '@_href': abs(meta.image) } } : {}),
    ...(hasTranscript
      ? {
          'podcast:transcript': TRANSCRIPT_FILES.map((f) => ({
            '@_url': abs(`${view.href}${f.name}`),
            '@_type': f.type,
            ...(f.type === 'text/vtt' ? { '@_rel': 'captions' } : {}),
          })),
        }
      : {}),
    ...(view.chapters.length ? { 'podcast:chapters': { '@_url': abs(`${view.href}chapters.json`), '@_type': 'application/json+chapters' } } : {}),
    'podcast:soundbite': soundbitesOf(ep).map((s) => ({ '@_startTime': toMillisecond(s.start), '@_duration': toMillisecond(s.duration), '#text': s.title })),
    // An item's people replace the channel's, so the hosts are restated next to the guests.
    'podcast:person': [...meta.hosts.map((p) => person(p, 'host', ctx)), ...meta.guests.map((p) => person(p, 'guest', ctx))],
  };
  // Indented once here, for its place inside <rss><channel>, so the feed is a plain join of items.
  return indent(builder.build({ item }), '    ');
}

function person(p: Person, role: string, ctx: RenderContext) {
  return {
    '#text': p.name.slice(0, 128),
    '@_role': role,
    ...(p.url ? { '@_href': p.url } : {}),
    ...(p.image ? { '@_img': ctx.links.absolute(p.image) } : {}),
  };
}

export const feed: SiteFormat = {
  name: 'feed',
  templates: [],
  wholeArchive: true,
  pages(site, ctx) {
    // A previewed draft is on the site's pages, never in what podcast apps read.
    const episodes = notDrafts(site.episodes);
    return [{ path: 'feed.xml', key: pageKey('feed', []), lists: episodes, render: () => renderFeed({ ...site, episodes }, ctx) }];
  },
};

/** The episodes a feed or a sitemap lists: the site's, less the drafts it previews. */
export function notDrafts(episodes: EpisodeSummary[]): EpisodeSummary[] {
  return episodes.some((e) => e.draft) ? episodes.filter((e) => !e.draft) : episodes;
}

function renderFeed(site: SiteModel, ctx: RenderContext): Uint8Array {
    const p = ctx.podcast;
    const feedUrl = `${p.url}feed.xml`;
    const channel: Record<string, unknown> = {
      title: p.title,
      link: p.url,
      'atom:link': { '@_href': feedUrl, '@_rel': 'self', '@_type': 'application/rss+xml' },
      description: p.description || p.title,
      language: p.language,
      ...(p.copyright ? { copyright: p.copyright } : {}),
      ...(site.episodes[0] ? { pubDate: new Date(site.episodes[0].published).toUTCString() } : {}),
      'itunes:author': p.author || p.title,
      ...(p.image ? { 'itunes:image': { '@_href': ctx.links.absolute(p.image) }, image: { url: ctx.links.absolute(p.image), title: p.title, link: p.url } } : {}),
      'itunes:category': p.categories.slice(0, 1).map((c) => ({ '@_text': c })),
      'itunes:explicit': String(p.explicit),
      'itunes:type': p.type,
      ...(p.email ? { 'itunes:owner': { 'itunes:name': p.author || p.title, 'itunes:email': p.email } } : {}),
      'podcast:guid': podcastGuid(feedUrl),
      'podcast:person': p.hosts.map((id) => p.people.get(id)).filter((x): x is Person => !!x).map((h) => person(h, 'host', ctx)),
      __items__: '',
    };
    const head = indent(builder.build({ channel }), '  ');
    // The items go where the placeholder is. Not with String.replace: "$&" or "$$" in show notes would be expanded.
    const slot = /\s*<__items__\s*\/?>(?:<\/__items__>)?/.exec(head)!;
    const top = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
${head.slice(0, slot.index)}
`;
    const items = site.episodes.map((e) => site.feedItem(e));
    return Buffer.concat([Buffer.from(top), ...items, Buffer.from(`${head.slice(slot.index + slot[0].length)}</rss>\n`)]);
}

/** UUIDv5 of the feed URL without its scheme and trailing slash, as the podcast namespace specifies. */
export function podcastGuid(feedUrl: string): string {
  return uuidv5(feedUrl.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, ''), PODCAST_NAMESPACE_GUID);
}

function indent(xml: string, pad: string): string {
  return xml.split('\n').map((l) => (l ? pad + l : l)).join('\n');
}
