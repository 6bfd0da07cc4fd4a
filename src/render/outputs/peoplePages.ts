// A page for each person: every episode they hosted or guested on, paginated like the index.
import type { Person } from '../../core/types.js';
import { pageTitle, renderPage } from '../context.js';
import { paginate } from './paginate.js';
import { pageKey } from './pageKey.js';
import { ShapeMemo } from './memoByShape.js';
import type { SiteFormat } from './types.js';

/** Who appears in each episode, as shown on their pages. */
const byPerson = new ShapeMemo<{ id: string; person: Person; at: number[] }[]>((e) => JSON.stringify([e.hosts, e.guests]));

export const peoplePages: SiteFormat = {
  name: 'people',
  templates: ['layout', 'partials/header', 'person', 'partials/episode-card', 'partials/pager'],
  pages(site, ctx) {
    const people = byPerson.get(site.episodes, ctx, () => {
      const found = new Map<string, { id: string; person: Person; at: number[] }>();
      site.episodes.forEach((e, i) => {
        for (const p of [...e.hosts, ...e.guests]) {
          const entry = found.get(p.id) ?? { id: p.id, person: ctx.podcast.people.get(p.id) ?? p, at: [] };
          if (entry.at[entry.at.length - 1] !== i) entry.at.push(i);
          found.set(p.id, entry);
        }
      });
      return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    });
    return people.flatMap(({ id, person, at }) => {
      const base = ctx.links.person(id);
      return paginate(at, ctx.podcast.pageSize, (n) => (n === 1 ? base : `${base}page/${n}/`)).map((p) => {
        const items = p.items.map((i) => site.episodes[i]!);
        return {
          path: `${p.href.slice(ctx.links.base.length)}index.html`,
          key: pageKey('person', [person, p.pager, at.length]),
          lists: items,
          render: () =>
            renderPage(
              ctx,
              'person',
              { title: pageTitle(`${person.name}`, ctx.podcast.title), description: `Episodes of ${ctx.podcast.title} with ${person.name}.`, url: ctx.links.absolute(p.href) },
              { person, episodes: items, total: at.length, pager: p.pager },
            ),
        };
      });
    });
  },
};
