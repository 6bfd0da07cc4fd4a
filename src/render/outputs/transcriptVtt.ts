// WebVTT from the turns: one cue per turn, `<v Name>` voices, lines of at most 65 characters, text escaped.
import { formatCueTime } from '../../core/time.js';
import { speakerNamer } from '../episode/episodeView.js';
import type { EpisodeFormat } from './types.js';
import { wrapLines } from './wrapText.js';

const LINE = 65;

export const transcriptVtt: EpisodeFormat = {
  name: 'vtt',
  mediaType: 'text/vtt',
  path: (slug) => `${slug}/transcript.vtt`,
  render(ep) {
    const turns = ep.transcript.turns;
    if (!turns.length) return null;
    const name = speakerNamer(ep.meta.speakers);
    const out = ['WEBVTT', ''];
    for (const t of turns) {
      const who = name(t.speaker);
      const lines = wrapLines(escapeCue(t.text), LINE);
      if (who) lines[0] = `<v ${escapeCue(who).replace(/>/g, '&gt;')}>${lines[0] ?? ''}`;
      out.push(`${formatCueTime(t.start)} --> ${formatCueTime(Math.max(t.end, t.start))}`, ...lines, '');
    }
    return out.join('\n');
  },
};

/** Cue text may not hold "<", "&" or "-->" as such. */
export function escapeCue(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
