// The episode and podcast models that flow from loading to rendering.
import type { Diagnostic } from './diagnostics.js';
import type { Person, Segmentation, Transcript } from './types.js';
import type { NotesItem } from '../notes/types.js';

export interface Podcast {
  title: string;
  description: string;
  author: string;
  /** Absolute site URL, always ending in `/`. */
  url: string;
  language: string;
  categories: string[];
  image?: string;
  explicit: boolean;
  email?: string;
  copyright?: string;
  type: 'episodic' | 'serial';
  people: Map<string, Person>;
  hosts: string[];
  pageSize: number;
  markdownHtml: boolean;
  /** Words the search index leaves out besides the built-in ones (podcast.yaml `search.skipWords`). */
  searchSkipWords: string[];
}

/** What loading found on disk for one episode: its folder, its markdown, and where its transcript is. */
export interface EpisodeSource {
  folder: string;
  /** Project-relative path of index.md, used in diagnostics. */
  indexPath: string;
  /** The text of index.md; null when there is none, or when it was let go (`indexReleased`). */
  indexText: string | null;
  /**
   * A one-shot build lets go of the text once the episode's place in the site is known, rather than hold all of the
   * archive's index.md files until each is built: the episode is built from the file read again (indexTextOf()).
   */
  indexReleased?: boolean;
  /** Content hash of index.md, computed once when it is read. */
  indexHash: string;
  transcriptPath: string | null;
  diagnostics: Diagnostic[];
}

export interface Soundbite {
  start: number;
  duration: number;
  title: string;
}

export interface Audio {
  url: string;
  type: string;
  length?: number;
}

export interface EpisodeMeta {
  slug: string;
  title: string;
  /** ISO date (YYYY-MM-DD or full timestamp) as written. */
  date: Date;
  number?: number;
  season?: number;
  description?: string;
  audio?: Audio;
  duration?: number;
  image?: string;
  explicit?: boolean;
  episodeType: 'full' | 'trailer' | 'bonus';
  tags: string[];
  hosts: Person[];
  guests: Person[];
  sponsors: { name: string; url?: string }[];
  speakers: Map<string, Person>;
  segmentOverrides: { kind?: string; n?: number; title?: string; start: number }[];
  /** Soundbites as the front matter lists them (seconds); undefined: the feed offers the joke (render/outputs/soundbites.ts). */
  soundbites?: Soundbite[];
  guid: string;
  /** `draft: true`: kept out of a published build (see episode/publication.ts). */
  draft: boolean;
}

/** An episode after every pure stage: ready to render. */
export interface Episode {
  meta: EpisodeMeta;
  source: EpisodeSource;
  body: string;
  bodyLine: number;
  notes: NotesItem[];
  transcript: Transcript;
  segmentation: Segmentation;
  diagnostics: Diagnostic[];
}

/** What site-wide pages need of an episode, small enough to keep for thousands of them. */
export interface EpisodeSummary {
  slug: string;
  href: string;
  title: string;
  /** Publication time in ms since the epoch (plain data, so summaries can be cached as JSON). */
  published: number;
  dateIso: string;
  dateText: string;
  durationText: string;
  number?: number;
  description: string;
  topics: { title: string; id: string; start: number }[];
  hosts: Person[];
  guests: Person[];
  tags: string[];
  /** A draft, previewed: listed with a mark, and left out of the feed and the sitemap. */
  draft?: true;
  /**
   * The content hash of the episode's feed item, rendered once with the episode and kept by the builder's item store
   * rather than here: summaries are kept for the whole archive, items are the largest part of the feed.
   */
  feedItem: string;
  /** A hash of everything above: site pages that list the episode re-render when it changes. */
  version: string;
}
