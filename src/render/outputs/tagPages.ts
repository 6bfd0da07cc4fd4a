// A page for each tag.
import type { EpisodeSummary } from '../../core/episode.js';
import { renderPage } from '../context.js';
import type { SiteFormat } from './types.js';

export const tagPages: SiteFormat = {
  name: 'tags',
  templates: ['tag', 'partials/episode-card'],
  render(site, ctx) {
    const tags = new Map<string, { tag: string; episodes: EpisodeSummary[] }>();
    for (const e of site.episodes) {
      for (const t of e.tags) {
        const href = ctx.links.tag(t);
        const entry = tags.get(href) ?? { tag: t, episodes: [] };
        entry.episodes.push(e);
        tags.set(href, entry);
      }
    }
    return [...tags.keys()].sort().map((href) => {
      const { tag, episodes } = tags.get(href)!;
      return {
        path: `${href.slice(ctx.links.base.length)}index.html`,
        content: renderPage(ctx, 'tag', { title: `${tag} · ${ctx.podcast.title}`, description: `Episodes of ${ctx.podcast.title} tagged ${tag}.`, url: ctx.links.absolute(href) }, { tag, episodes }),
      };
    });
  },
};
