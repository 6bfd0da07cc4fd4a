// A page for each tag, paginated like the index.
import type { EpisodeSummary } from '../../core/episode.js';
import { pageTitle, renderPage } from '../context.js';
import { paginate } from './paginate.js';
import { pageKey } from './pageKey.js';
import type { SiteFormat } from './types.js';

export const tagPages: SiteFormat = {
  name: 'tags',
  templates: ['layout', 'partials/header', 'tag', 'partials/episode-card', 'partials/pager'],
  pages(site, ctx) {
    const tags = new Map<string, { tag: string; episodes: EpisodeSummary[] }>();
    for (const e of site.episodes) {
      for (const t of e.tags) {
        const href = ctx.links.tag(t);
        const entry = tags.get(href) ?? { tag: t, episodes: [] };
        entry.episodes.push(e);
        tags.set(href, entry);
      }
    }
    return [...tags.keys()].sort().flatMap((base) => {
      const { tag, episodes } = tags.get(base)!;
      return paginate(episodes, ctx.podcast.pageSize, (n) => (n === 1 ? base : `${base}page/${n}/`)).map((p) => ({
        path: `${p.href.slice(ctx.links.base.length)}index.html`,
        key: pageKey('tag', [tag, p.pager], p.items),
        render: () =>
          renderPage(
            ctx,
            'tag',
            { title: pageTitle(`${tag}`, ctx.podcast.title), description: `Episodes of ${ctx.podcast.title} tagged ${tag}.`, url: ctx.links.absolute(p.href) },
            { tag, episodes: p.items, pager: p.pager },
          ),
      }));
    });
  },
};
