// What every output format is given: the podcast, where pages live, the templates and the markdown renderer.
import type { MarkdownIt } from 'markdown-it';
import type { Podcast } from '../core/episode.js';
import type { SiteLinks } from './siteLinks.js';
import type { Templates } from './templates.js';

export interface RenderContext {
  podcast: Podcast;
  links: SiteLinks;
  templates: Templates;
  md: MarkdownIt;
  /** The words the search index leaves out. */
  search: { skip: ReadonlySet<string> };
}

/** Site-wide values every page template gets as `it.site`. */
export function siteData(ctx: RenderContext) {
  const p = ctx.podcast;
  return { title: p.title, description: p.description, author: p.author, base: ctx.links.base, url: p.url, language: p.language };
}

export interface PageMeta {
  title: string;
  description: string;
  url: string;
  ogType?: string;
  image?: string;
  audio?: string;
  /** Asks search engines to leave the page out (a draft's preview). */
  noindex?: boolean;
}

export function renderPage(ctx: RenderContext, template: string, page: PageMeta, data: object): string {
  return ctx.templates.render(template, { site: siteData(ctx), page, ...data });
}

const TITLE_MAX = 60;

/** "Title · Show" when that fits in 60 characters (what search engines show), else the title alone, shortened if need be. */
export function pageTitle(title: string, site: string): string {
  const both = `${title} · ${site}`;
  if (both.length <= TITLE_MAX) return both;
  return title.length <= TITLE_MAX ? title : `${title.slice(0, TITLE_MAX - 1).replace(/\s+\S*$/, '')}…`;
}
