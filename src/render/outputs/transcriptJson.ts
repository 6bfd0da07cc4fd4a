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
    const segments = turns.map((t) => {
      const who = name(t.speaker);
      return { ...(who ? { speaker: who } : {}), startTime: t.start, endTime: Math.max(t.end, t.start), body: t.text };
    });
    return JSON.stringify({ version: '1.0.0', segments }, null, 1) + '\n';
  },
};
