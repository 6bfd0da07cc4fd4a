// Podcasting 2.0 JSON chapters 1.2: ascending startTime, title, url; sponsor reads hidden from the table of contents.
import type { EpisodeFormat } from './types.js';
import { toMillisecond } from '../../core/time.js';

export const chaptersJson: EpisodeFormat = {
  name: 'chapters',
  mediaType: 'application/json+chapters',
  path: (slug) => `${slug}/chapters.json`,
  render(ep, view, ctx) {
    if (!view.chapters.length) return null;
    const chapters = [...view.chapters]
      .sort((a, b) => a.start - b.start)
      .map((c) => {
        const url = c.links.find((l) => l.url)?.url;
        return {
          startTime: toMillisecond(c.start),
          title: c.title,
          ...(url ? { url } : {}),
          ...(c.toc ? {} : { toc: false }),
        };
      });
    const doc = {
      version: '1.2.0',
      title: ep.meta.title,
      podcastName: ctx.podcast.title,
      ...(ctx.podcast.author ? { author: ctx.podcast.author } : {}),
      chapters,
    };
    return JSON.stringify(doc, null, 2) + '\n';
  },
};
