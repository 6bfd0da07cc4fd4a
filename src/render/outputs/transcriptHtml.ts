// The transcript as a standalone HTML document: <cite> for the speaker, <time> for the start, <p> for the text.
import { formatHms } from '../../core/time.js';
import { escapeHtml } from '../escape.js';
import { pageTitle } from '../context.js';
import { speakerNamer } from '../episode/episodeView.js';
import type { EpisodeFormat } from './types.js';

export const transcriptHtml: EpisodeFormat = {
  name: 'html-transcript',
  mediaType: 'text/html',
  path: (slug) => `${slug}/transcript.html`,
  render(ep, view, ctx) {
    const turns = ep.transcript.turns;
    if (!turns.length) return null;
    const name = speakerNamer(ep.meta.speakers);
    const body = turns
      .map((t) => {
        const who = name(t.speaker);
        return `${who ? `<cite>${escapeHtml(who)}:</cite>\n` : ''}<time>${formatHms(t.start)}</time>\n<p>${escapeHtml(t.text)}</p>`;
      })
      .join('\n');
    return `<!DOCTYPE html>
<html lang="${escapeHtml(ctx.podcast.language)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(pageTitle(`Transcript: ${view.title}`, ctx.podcast.title))}</title>
<link rel="canonical" href="${escapeHtml(view.url)}">
</head>
<body>
<h1>Transcript: ${escapeHtml(view.title)}</h1>
${body}
</body>
</html>
`;
  },
};
