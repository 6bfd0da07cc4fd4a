// A page for each person: every episode they hosted or guested on, paginated like the index.
import type { Person } from '../../core/types.js';
import { pageTitle, renderPage } from '../context.js';
import { groupSitePages, paginateGroups, type Group, type GroupPage } from './groupPages.js';
import { pageKey } from './pageKey.js';
import { ShapeMemo } from './memoByShape.js';
import type { SiteFormat } from './types.js';
import type { EpisodeSummary } from '../../core/episode.js';

/** Who appears in each episode, as shown on their pages. */
const shape = (e: EpisodeSummary) => JSON.stringify([e.hosts, e.guests]);
/** Each person's pages: which places in the archive each lists, its address and key. */
const byPerson = new ShapeMemo<GroupPage<Person>[]>(shape);

export const peoplePages: SiteFormat = {
  name: 'people',
  shape,
  templates: ['layout', 'partials/header', 'person', 'partials/episode-card', 'partials/pager'],
  pages(site, ctx) {
    const pages = byPerson.get(site.episodes, ctx, () => {
      const found = new Map<string, Group<Person> & { id: string }>();
      site.episodes.forEach((e, i) => {
        for (const p of [...e.hosts, ...e.guests]) {
          const entry = found.get(p.id) ?? { id: p.id, base: ctx.links.person(p.id), group: ctx.podcast.people.get(p.id) ?? p, at: [] };
          if (entry.at[entry.at.length - 1] !== i) entry.at.push(i);
          found.set(p.id, entry);
        }
      });
      const people = [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return paginateGroups(people, ctx, (person, pager, total) => pageKey('person', [person, pager, total]));
    });
    return groupSitePages(pages, site.episodes, ({ group: person, href, total, pager }, items) =>
      renderPage(
        ctx,
        'person',
        { title: pageTitle(`${person.name}`, ctx.podcast.title), description: `Episodes of ${ctx.podcast.title} with ${person.name}.`, url: ctx.links.absolute(href) },
        { person, episodes: items, total, pager },
      ),
    );
  },
};
