// Pages with no per-episode content: about (from the podcast metadata), 404 and the search page.
import { pageTitle, renderPage } from '../context.js';
import type { SiteFormat } from './types.js';

export const aboutPage: SiteFormat = {
  name: 'about',
  templates: ['layout', 'partials/header', 'about'],
  pages(_site, ctx) {
    const p = ctx.podcast;
    const hosts = p.hosts.map((id) => p.people.get(id)).filter((x) => !!x).map((h) => ({ name: h!.name, href: ctx.links.person(h!.id) }));
    const href = `${ctx.links.base}about/`;
    return [{ path: 'about/index.html', key: 'about', render: () => renderPage(ctx, 'about', { title: pageTitle(`About`, p.title), description: p.description || p.title, url: ctx.links.absolute(href) }, { hosts }) }];
  },
};

export const notFoundPage: SiteFormat = {
  name: '404',
  templates: ['layout', 'partials/header', '404'],
  pages(_site, ctx) {
    return [{ path: '404.html', key: '404', render: () => renderPage(ctx, '404', { title: pageTitle(`Page not found`, ctx.podcast.title), description: 'Page not found.', url: ctx.links.absolute(`${ctx.links.base}404.html`) }, {}) }];
  },
};

export const searchPage: SiteFormat = {
  name: 'search-page',
  templates: ['layout', 'partials/header', 'search'],
  pages(_site, ctx) {
    const href = `${ctx.links.base}search/`;
    return [{ path: 'search/index.html', key: 'search', render: () => renderPage(ctx, 'search', { title: pageTitle(`Search`, ctx.podcast.title), description: `Search every episode of ${ctx.podcast.title}.`, url: ctx.links.absolute(href) }, {}) }];
  },
};
