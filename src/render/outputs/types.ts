// Output formats are entries in a table: a name, a media type, where the file goes, and how it is rendered.
import type { Episode, EpisodeSummary } from '../../core/episode.js';
import type { RenderContext } from '../context.js';
import type { EpisodeView } from '../episode/episodeView.js';

export interface OutputFile {
  path: string;
  /** Null: a render worker wrote the file into the writer's folder itself (see SiteWriter.folder). */
  content: string | Uint8Array | null;
}

export interface EpisodeFormat {
  name: string;
  mediaType: string;
  /** Path of the file inside the site, for an episode slug. */
  path(slug: string): string;
  /** The file's content, or null when the episode has nothing for this format (no transcript, say). */
  render(ep: Episode, view: EpisodeView, ctx: RenderContext): string | null;
}

/** Everything site pages know about the archive: one small summary per episode, newest first. */
export interface SiteModel {
  episodes: EpisodeSummary[];
  /** An episode's feed item, by the hash its summary names. */
  feedItem(e: EpisodeSummary): Uint8Array;
}

/** One file of a site-wide format, described before it is rendered so that unchanged pages can be skipped. */
export interface SitePage {
  path: string;
  /**
   * The page's own parameters, condensed. With the versions of the episodes in `lists`, everything it shows:
   * equal keys and versions render equal bytes.
   */
  key: string;
  /** The episodes the page shows, in order; it renders again when one of them changes. */
  lists?: readonly EpisodeSummary[];
  /** What of each listed episode the page shows; its version (all of it) unless given. */
  listKey?: (e: EpisodeSummary) => string;
  render(): string | Uint8Array;
}

export interface SiteFormat {
  name: string;
  /** The templates this format renders with, so that a template edit re-renders only its pages. */
  templates: readonly string[];
  /**
   * One file listing every episode of the archive (the feed, the sitemap): `shownotes dev` writes it after the pages of
   * an edit, so that they do not wait for megabytes they do not show.
   */
  wholeArchive?: boolean;
  /**
   * What of an episode decides which pages this format has and what their keys are (who appears in it, its tags), when
   * anything does besides the number of episodes and their order. While an edit leaves it as it was, only the pages
   * that list the edited episode are looked at again.
   */
  shape?: (e: EpisodeSummary) => string;
  pages(site: SiteModel, ctx: RenderContext): SitePage[];
}
