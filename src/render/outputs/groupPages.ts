// Pages of a group of episodes (a person's, a tag's), paginated like the index. Which places in the archive each page
// lists, its address and its key are worked out once per grouping (kept by a ShapeMemo between dev rebuilds); the
// pages themselves look their episodes up by place, so a rebuild after an edit costs a lookup per listed episode.
import type { EpisodeSummary } from '../../core/episode.js';
import type { RenderContext } from '../context.js';
import { paginate, type Pager } from './paginate.js';
import type { SitePage } from './types.js';

export interface Group<G> {
  /** The group's first page, as a site address. */
  base: string;
  group: G;
  /** Places in the archive (newest first) of the group's episodes. */
  at: number[];
}

export interface GroupPage<G> {
  group: G;
  /** Episodes in the whole group. */
  total: number;
  at: number[];
  href: string;
  path: string;
  key: string;
  pager: Pager;
}

export function paginateGroups<G>(groups: readonly Group<G>[], ctx: RenderContext, key: (group: G, pager: Pager, total: number) => string): GroupPage<G>[] {
  return groups.flatMap(({ base, group, at }) =>
    paginate(at, ctx.podcast.pageSize, (n) => (n === 1 ? base : `${base}page/${n}/`)).map((p) => ({
      group,
      total: at.length,
      at: p.items,
      href: p.href,
      path: `${p.href.slice(ctx.links.base.length)}index.html`,
      key: key(group, p.pager, at.length),
      pager: p.pager,
    })),
  );
}

export function groupSitePages<G>(pages: readonly GroupPage<G>[], episodes: readonly EpisodeSummary[], render: (page: GroupPage<G>, items: EpisodeSummary[]) => string): SitePage[] {
  return pages.map((page) => {
    const items = page.at.map((i) => episodes[i]!);
    return { path: page.path, key: page.key, lists: items, render: () => render(page, items) };
  });
}
