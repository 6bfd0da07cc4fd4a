// A page for each tag, paginated like the index.
import { pageTitle, renderPage } from '../context.js';
import { paginate } from './paginate.js';
import { pageKey } from './pageKey.js';
import { ShapeMemo } from './memoByShape.js';
import type { SiteFormat } from './types.js';

/** The tags of each episode. */
const byTag = new ShapeMemo<{ base: string; tag: string; at: number[] }[]>((e) => e.tags.join('\n'));

export const tagPages: SiteFormat = {
  name: 'tags',
  templates: ['layout', 'partials/header', 'tag', 'partials/episode-card', 'partials/pager'],
  pages(site, ctx) {
    const tags = byTag.get(site.episodes, ctx, () => {
      const found = new Map<string, { base: string; tag: string; at: number[] }>();
      site.episodes.forEach((e, i) => {
        for (const t of e.tags) {
          const base = ctx.links.tag(t);
          const entry = found.get(base) ?? { base, tag: t, at: [] };
          entry.at.push(i);
          found.set(base, entry);
        }
      });
      return [...found.values()].sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0));
    });
    return tags.flatMap(({ base, tag, at }) => {
      return paginate(at, ctx.podcast.pageSize, (n) => (n === 1 ? base : `${base}page/${n}/`)).map((p) => {
        const items = p.items.map((i) => site.episodes[i]!);
        return {
          path: `${p.href.slice(ctx.links.base.length)}index.html`,
          key: pageKey('tag', [tag, p.pager]),
          lists: items,
          render: () =>
            renderPage(
              ctx,
              'tag',
              { title: pageTitle(`${tag}`, ctx.podcast.title), description: `Episodes of ${ctx.podcast.title} tagged ${tag}.`, url: ctx.links.absolute(p.href) },
              { tag, episodes: items, pager: p.pager },
            ),
        };
      });
    });
  },
};
