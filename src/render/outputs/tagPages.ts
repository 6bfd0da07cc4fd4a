// A page for each tag, paginated like the index.
import { pageTitle, renderPage } from '../context.js';
import { groupSitePages, paginateGroups, type Group, type GroupPage } from './groupPages.js';
import { pageKey } from './pageKey.js';
import { ShapeMemo } from './memoByShape.js';
import type { SiteFormat } from './types.js';
import type { EpisodeSummary } from '../../core/episode.js';

/** The tags of each episode. */
const shape = (e: EpisodeSummary) => e.tags.join('\n');
/** Each tag's pages: which places in the archive each lists, its address and key. */
const byTag = new ShapeMemo<GroupPage<string>[]>(shape);

export const tagPages: SiteFormat = {
  name: 'tags',
  shape,
  templates: ['layout', 'partials/header', 'tag', 'partials/episode-card', 'partials/pager'],
  pages(site, ctx) {
    const pages = byTag.get(site.episodes, ctx, () => {
      const found = new Map<string, Group<string>>();
      site.episodes.forEach((e, i) => {
        for (const t of e.tags) {
          const base = ctx.links.tag(t);
          const entry = found.get(base) ?? { base, group: t, at: [] };
          entry.at.push(i);
          found.set(base, entry);
        }
      });
      const tags = [...found.values()].sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0));
      return paginateGroups(tags, ctx, (tag, pager) => pageKey('tag', [tag, pager]));
    });
    return groupSitePages(pages, site.episodes, ({ group: tag, href, pager }, items) =>
      renderPage(
        ctx,
        'tag',
        { title: pageTitle(`${tag}`, ctx.podcast.title), description: `Episodes of ${ctx.podcast.title} tagged ${tag}.`, url: ctx.links.absolute(href) },
        { tag, episodes: items, pager },
      ),
    );
  },
};
