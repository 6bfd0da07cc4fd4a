// Everything the episode page template shows, computed from the prepared episode.
import type { Episode, Podcast } from '../../core/episode.js';
import type { Person, SegmentLink } from '../../core/types.js';
import { formatClock } from '../../core/time.js';
import type { MarkdownIt } from 'markdown-it';
import { jsonForScript, safeUrl } from '../escape.js';
import { PageIds } from '../pageIds.js';
import type { SiteLinks } from '../siteLinks.js';
import type { ItemAnchor } from '../markdown.js';
import { placeSegments, type PlacedSegment } from './placeSegments.js';
import { timelineView, type TimelineView } from './timeline.js';
import { transcriptView, type TurnView } from './transcriptView.js';
import { sponsorTitle } from '../../core/sponsorTitle.js';

export interface PersonView { name: string; href: string; role?: string }
export interface LinkView { url: string | null; text: string; at?: number; clock?: string }
export interface ChapterView { id: string; kind: string; title: string; start: number; clock: string; href: string; anchor: string; toc: boolean; sponsor?: string; links: LinkView[] }
export interface Neighbour { title: string; href: string }

export interface EpisodeView {
  slug: string;
  href: string;
  url: string;
  title: string;
  number?: number;
  dateIso: string;
  dateText: string;
  duration: number;
  durationText: string;
  description: string;
  image?: string;
  hosts: PersonView[];
  guests: PersonView[];
  tags: { name: string; href: string }[];
  audio?: { url: string; type: string };
  chapters: ChapterView[];
  timeline: TimelineView;
  notesHtml: string;
  sponsors: (ChapterView & { excerpt: string })[];
  linkGroups: { title: string; anchor: string; links: LinkView[] }[];
  jokes: (ChapterView & { excerpt: string })[];
  turns: TurnView[];
  hasSpeakers: boolean;
  files: { label: string; href: string; type: string }[];
  prev?: Neighbour;
  next?: Neighbour;
  jsonLd: string;
  /** `draft: true` in the front matter: a preview (shownotes dev, build --drafts), marked as such. */
  draft: boolean;
}

export interface EpisodeViewEnv {
  podcast: Podcast;
  links: SiteLinks;
  md: MarkdownIt;
  prev?: Neighbour;
  next?: Neighbour;
}

export const TRANSCRIPT_FILES = [
  { name: 'transcript.vtt', label: 'WebVTT', type: 'text/vtt' },
  { name: 'transcript.srt', label: 'SRT', type: 'application/x-subrip' },
  { name: 'transcript.json', label: 'JSON', type: 'application/json' },
  { name: 'transcript.html', label: 'HTML', type: 'text/html' },
] as const;

export function episodeView(ep: Episode, env: EpisodeViewEnv): EpisodeView {
  const { meta } = ep;
  const { links } = env;
  const ids = new PageIds();
  const placed = placeSegments(ep.segmentation.segments, ep.notes, ids);
  const speakerName = speakerNamer(meta.speakers);
  const chapters = placed.map((s) => chapterView(s));
  const anchors = new Map<number, ItemAnchor>();
  for (const s of placed) if (s.item) anchors.set(s.item.line - 1, { id: s.id, start: s.start });
  const notesHtml = env.md.render(ep.body, { anchors });
  // The render takes each anchor it places out of the map: what is left, markdown shows no block for (an item after a
  // code fence that is never closed), and links go to the item's heading in the transcript instead.
  const unplaced = new Set([...anchors.values()].map((a) => a.id));
  const inNotes = new Set(placed.filter((s) => s.item && !unplaced.has(s.id)).map((s) => s.id));
  for (const c of chapters) c.anchor = inNotes.has(c.id) ? `#${c.id}` : `#at-${c.id}`;
  const linkedTimes = [...placed.map((s) => s.start), ...chapters.flatMap((c) => c.links.flatMap((l) => (l.at === undefined ? [] : [l.at])))];
  const turns = transcriptView(ep.transcript.turns, placed, ids, speakerName, linkedTimes);
  // A transcript heading links to its part of the notes, or to itself when the notes have no such part.
  for (const t of turns) for (const h of t.headings) if (!inNotes.has(h.target)) h.target = h.id;
  const href = links.episode(meta.slug);
  const view: EpisodeView = {
    slug: meta.slug,
    href,
    url: links.absolute(href),
    title: meta.title,
    ...(meta.number !== undefined ? { number: meta.number } : {}),
    dateIso: meta.date.toISOString().slice(0, 10),
    dateText: formatDate(meta.date, env.podcast.language),
    duration: meta.duration ?? 0,
    durationText: formatClock(meta.duration ?? 0),
    description: meta.description ?? firstSentence(ep.body),
    ...(meta.image ? { image: meta.image } : {}),
    hosts: meta.hosts.map((p) => personView(p, links)),
    guests: meta.guests.map((p) => personView(p, links)),
    tags: meta.tags.map((t) => ({ name: t, href: links.tag(t) })),
    ...(meta.audio ? { audio: { url: meta.audio.url, type: meta.audio.type } } : {}),
    chapters,
    timeline: timelineView(placed, ep.transcript.turns, meta.duration ?? 0, speakerName),
    notesHtml,
    sponsors: chapters.filter((c) => c.kind === 'sponsor').map((c) => ({ ...c, excerpt: excerptAt(ep, c.start, c.sponsor) })),
    linkGroups: chapters.filter((c) => c.links.length).map((c) => ({ title: c.title, anchor: c.anchor, links: c.links })),
    jokes: chapters.filter((c) => c.kind === 'joke').map((c) => ({ ...c, excerpt: excerptAt(ep, c.start) })),
    turns,
    hasSpeakers: ep.transcript.turns.some((t) => t.speaker),
    files: ep.transcript.turns.length
      ? [...TRANSCRIPT_FILES.map((f) => ({ label: f.label, href: `${href}${f.name}`, type: f.type })), { label: 'Chapters', href: `${href}chapters.json`, type: 'application/json+chapters' }]
      : [],
    ...(env.prev ? { prev: env.prev } : {}),
    ...(env.next ? { next: env.next } : {}),
    jsonLd: '',
    draft: meta.draft,
  };
  view.jsonLd = jsonForScript(jsonLd(view, env));
  return view;
}

function chapterView(s: PlacedSegment): ChapterView {
  const title = s.kind === 'sponsor' ? sponsorTitle(s.sponsor) : s.title ?? s.kind;
  return {
    id: s.id,
    kind: s.kind,
    title,
    start: s.start,
    clock: formatClock(s.start),
    href: `#t=${Math.floor(s.start)}`,
    anchor: `#${s.id}`,
    toc: s.kind !== 'sponsor',
    ...(s.sponsor ? { sponsor: s.sponsor } : {}),
    links: (s.links ?? []).map(linkView),
  };
}

function linkView(l: SegmentLink): LinkView {
  const url = /^https?:/i.test(l.url) ? safeUrl(l.url) : null;
  return { url, text: l.text ?? l.url, ...(l.at !== undefined ? { at: l.at, clock: formatClock(l.at) } : {}) };
}

function personView(p: Person, links: SiteLinks): PersonView {
  return { name: p.name, href: links.person(p.id), ...(p.role ? { role: p.role } : {}) };
}

/** Transcript labels shown as people's names: the speakers map first, then the label itself (KENNEDY → Kennedy). */
export function speakerNamer(speakers: ReadonlyMap<string, Person>): (label: string | null) => string | null {
  return (label) => {
    if (!label) return null;
    const p = speakers.get(label);
    if (p) return p.name;
    return /^[A-Z]{2,}$/.test(label) ? label.charAt(0) + label.slice(1).toLowerCase() : label;
  };
}

/** What is said at a time, from the sentence that names `from` when the turn names it (a read that starts mid-turn). */
function excerptAt(ep: Episode, start: number, from?: string): string {
  const turn = ep.transcript.turns.find((t) => t.end > start) ?? ep.transcript.turns[0];
  if (!turn) return '';
  let text = turn.text;
  const at = from ? text.toLowerCase().indexOf(from.toLowerCase()) : -1;
  if (at > 0) {
    const sentence = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at));
    text = text.slice(sentence + 2);
  }
  return text.length > 280 ? `${text.slice(0, 277).replace(/\s+\S*$/, '')}…` : text;
}

/** One formatter per language: making one costs more than formatting a thousand dates with it. */
const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

export function formatDate(date: Date, language: string): string {
  let format = dateFormats.get(language);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      format = null;
    }
    dateFormats.set(language, format);
  }
  return format ? format.format(date) : date.toISOString().slice(0, 10);
}

/** The first sentence of the notes' plain text, for descriptions when the front matter has none. */
export function firstSentence(markdown: string): string {
  const text = markdown
    .replace(/^#.*$/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^(.{20,200}?[.!?])(?:\s|$)/.exec(text);
  return m ? m[1]! : text.slice(0, 200);
}

function jsonLd(v: EpisodeView, env: EpisodeViewEnv): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'PodcastEpisode',
    url: v.url,
    name: v.title,
    datePublished: v.dateIso,
    description: v.description,
    ...(v.number !== undefined ? { episodeNumber: v.number } : {}),
    ...(v.duration ? { timeRequired: `PT${Math.round(v.duration)}S` } : {}),
    ...(v.audio ? { associatedMedia: { '@type': 'MediaObject', contentUrl: env.links.absolute(v.audio.url) } } : {}),
    partOfSeries: { '@type': 'PodcastSeries', name: env.podcast.title, url: env.podcast.url },
    ...(v.hosts.length || v.guests.length ? { actor: [...v.hosts, ...v.guests].map((p) => ({ '@type': 'Person', name: p.name })) } : {}),
  };
}
