// Podcasting 2.0 JSON transcript: {"version": "1.0.0", "segments": [{speaker, startTime, endTime, body}]}.
import { speakerNamer } from '../episode/episodeView.js';
import type { EpisodeFormat } from './types.js';

export const transcriptJson: EpisodeFormat = {
  name: 'json',
  mediaType: 'application/json',
  path: (slug) => `${slug}/transcript.json`,
  render(ep) {
    const turns = ep.transcript.turns;
    if (!turns.length) return null;
    const name = speakerNamer(ep.meta.speakers);
    // Written out as JSON.stringify(…, null, 1) lays it out: the same bytes, without walking an object per turn.
    const segments = turns.map((t) => {
      const who = name(t.speaker);
      const speaker = who ? `   "speaker": ${JSON.stringify(who)},\n` : '';
      return `  {\n${speaker}   "startTime": ${JSON.stringify(t.start)},\n   "endTime": ${JSON.stringify(Math.max(t.end, t.start))},\n   "body": ${JSON.stringify(t.text)}\n  }`;
    });
    return `{\n "version": "1.0.0",\n "segments": [\n${segments.join(',\n')}\n ]\n}\n`;
  },
};
