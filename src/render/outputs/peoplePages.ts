// A page for each person: every episode they hosted or guested on, paginated like the index.
import type { EpisodeSummary } from '../../core/episode.js';
import type { Person } from '../../core/types.js';
import { pageTitle, renderPage } from '../context.js';
import { paginate } from './paginate.js';
import { pageKey } from './pageKey.js';
import type { SiteFormat } from './types.js';

export const peoplePages: SiteFormat = {
  name: 'people',
  templates: ['layout', 'partials/header', 'person', 'partials/episode-card', 'partials/pager'],
  pages(site, ctx) {
    const people = new Map<string, { person: Person; episodes: EpisodeSummary[] }>();
    for (const e of site.episodes) {
      for (const p of [...e.hosts, ...e.guests]) {
        const entry = people.get(p.id) ?? { person: ctx.podcast.people.get(p.id) ?? p, episodes: [] };
        if (entry.episodes[entry.episodes.length - 1] !== e) entry.episodes.push(e);
        people.set(p.id, entry);
      }
    }
    return [...people.keys()].sort().flatMap((id) => {
      const { person, episodes } = people.get(id)!;
      const base = ctx.links.person(id);
      return paginate(episodes, ctx.podcast.pageSize, (n) => (n === 1 ? base : `${base}page/${n}/`)).map((p) => ({
        path: `${p.href.slice(ctx.links.base.length)}index.html`,
        key: pageKey('person', [person, p.pager, episodes.length], p.items),
        render: () =>
          renderPage(
            ctx,
            'person',
            { title: pageTitle(`${person.name}`, ctx.podcast.title), description: `Episodes of ${ctx.podcast.title} with ${person.name}.`, url: ctx.links.absolute(p.href) },
            { person, episodes: p.items, total: episodes.length, pager: p.pager },
          ),
      }));
    });
  },
};
