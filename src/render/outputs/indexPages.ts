// The episode index, newest first, paginated by the podcast's pageSize.
import { renderPage } from '../context.js';
import { paginate } from './paginate.js';
import { pageKey } from './pageKey.js';
import type { SiteFormat } from './types.js';

export const indexPages: SiteFormat = {
  name: 'index',
  templates: ['layout', 'partials/header', 'index', 'partials/episode-card', 'partials/pager'],
  pages(site, ctx) {
    return paginate(site.episodes, ctx.podcast.pageSize, ctx.links.indexPage).map((p) => ({
      path: `${p.href.slice(ctx.links.base.length)}index.html`,
      key: pageKey('index', p.pager),
      lists: p.items,
      render: () =>
        renderPage(
          ctx,
          'index',
          { title: p.pager.page === 1 ? ctx.podcast.title : `${ctx.podcast.title}: page ${p.pager.page}`, description: ctx.podcast.description, url: ctx.links.absolute(p.href) },
          { episodes: p.items, pager: p.pager },
        ),
    }));
  },
};
