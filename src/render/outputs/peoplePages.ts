// A page for each person: every episode they hosted or guested on.
import type { EpisodeSummary } from '../../core/episode.js';
import type { Person } from '../../core/types.js';
import { renderPage } from '../context.js';
import type { SiteFormat } from './types.js';

export const peoplePages: SiteFormat = {
  name: 'people',
  templates: ['person', 'partials/episode-card'],
  render(site, ctx) {
    const people = new Map<string, { person: Person; episodes: EpisodeSummary[] }>();
    for (const e of site.episodes) {
      for (const p of [...e.hosts, ...e.guests]) {
        const entry = people.get(p.id) ?? { person: ctx.podcast.people.get(p.id) ?? p, episodes: [] };
        if (!entry.episodes.includes(e)) entry.episodes.push(e);
        people.set(p.id, entry);
      }
    }
    return [...people.keys()].sort().map((id) => {
      const { person, episodes } = people.get(id)!;
      const href = ctx.links.person(id);
      return {
        path: `${href.slice(ctx.links.base.length)}index.html`,
        content: renderPage(ctx, 'person', { title: `${person.name} · ${ctx.podcast.title}`, description: `Episodes of ${ctx.podcast.title} with ${person.name}.`, url: ctx.links.absolute(href) }, { person, episodes }),
      };
    });
  },
};
