// Where things live in the built site, relative to the site's base path.
import type { Podcast } from '../core/episode.js';

export interface SiteLinks {
  /** Path prefix of the site, from the podcast URL ("/" or "/podcast/"). */
  base: string;
  episode(slug: string): string;
  person(id: string): string;
  tag(tag: string): string;
  indexPage(page: number): string;
  absolute(path: string): string;
}

export function siteLinks(podcast: Podcast): SiteLinks {
  const base = new URL(podcast.url).pathname.replace(/\/?$/, '/');
  const origin = new URL(podcast.url).origin;
  return {
    base,
    episode: (slug) => `${base}${slug}/`,
    person: (id) => `${base}people/${id}/`,
    tag: (tag) => `${base}tags/${tagSlug(tag)}/`,
    indexPage: (page) => (page <= 1 ? base : `${base}page/${page}/`),
    absolute: (path) => (/^[a-z]+:/i.test(path) ? path : `${origin}${path.startsWith('/') ? path : base + path}`),
  };
}

export function tagSlug(tag: string): string {
  return (
    tag
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'tag'
  );
}
