// The episode index, newest first, paginated by the podcast's pageSize.
import { renderPage } from '../context.js';
import type { SiteFormat } from './types.js';

export const indexPages: SiteFormat = {
  name: 'index',
  templates: ['index', 'partials/episode-card', 'partials/pager'],
  render(site, ctx) {
    const size = ctx.podcast.pageSize;
    const pages = Math.max(1, Math.ceil(site.episodes.length / size));
    const out = [];
    for (let page = 1; page <= pages; page++) {
      const href = ctx.links.indexPage(page);
      const pager = {
        page,
        pages,
        ...(page > 1 ? { prev: ctx.links.indexPage(page - 1) } : {}),
        ...(page < pages ? { next: ctx.links.indexPage(page + 1) } : {}),
      };
      const html = renderPage(
        ctx,
        'index',
        { title: page === 1 ? ctx.podcast.title : `${ctx.podcast.title}: page ${page}`, description: ctx.podcast.description, url: ctx.links.absolute(href) },
        { episodes: site.episodes.slice((page - 1) * size, page * size), pager },
      );
      out.push({ path: `${href.slice(ctx.links.base.length)}index.html`, content: html });
    }
    return out;
  },
};
