// The episode's HTML page.
import { pageTitle, renderPage } from '../context.js';
import type { EpisodeFormat } from './types.js';

export const episodePage: EpisodeFormat = {
  name: 'page',
  mediaType: 'text/html',
  path: (slug) => `${slug}/index.html`,
  render(_ep, view, ctx) {
    return renderPage(
      ctx,
      'episode',
      {
        title: pageTitle(`${view.title}`, ctx.podcast.title),
        description: view.description,
        url: view.url,
        ogType: 'article',
        ...(view.image ?? ctx.podcast.image ? { image: ctx.links.absolute((view.image ?? ctx.podcast.image)!) } : {}),
        ...(view.audio ? { audio: ctx.links.absolute(view.audio.url) } : {}),
        ...(view.draft ? { noindex: true } : {}),
      },
      { episode: view },
    );
  },
};
