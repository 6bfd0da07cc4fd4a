// SubRip from the turns: cues of at most two lines of about 32 characters, a `Name:` prefix when the speaker changes.
import { formatCueTime } from '../../core/time.js';
import { speakerNamer } from '../episode/episodeView.js';
import type { EpisodeFormat } from './types.js';
import { wrapLines } from './wrapText.js';

const LINE = 32;

export const transcriptSrt: EpisodeFormat = {
  name: 'srt',
  mediaType: 'application/x-subrip',
  path: (slug) => `${slug}/transcript.srt`,
  render(ep) {
    const turns = ep.transcript.turns;
    if (!turns.length) return null;
    const name = speakerNamer(ep.meta.speakers);
    const out: string[] = [];
    let n = 0;
    for (const t of turns) {
      const who = name(t.speaker);
      const text = (who ? `${who}: ` : '') + t.text.replace(/-->/g, '->');
      const lines = wrapLines(text, LINE);
      const cues: string[][] = [];
      for (let i = 0; i < lines.length; i += 2) cues.push(lines.slice(i, i + 2));
      // Time is shared out in proportion to the characters of each cue.
      const total = cues.reduce((a, c) => a + c.join(' ').length, 0) || 1;
      const span = Math.max(t.end, t.start) - t.start;
      let at = t.start;
      for (const cue of cues) {
        const end = at + (span * cue.join(' ').length) / total;
        out.push(String(++n), `${formatCueTime(at, ',')} --> ${formatCueTime(end, ',')}`, ...cue, '');
        at = end;
      }
    }
    return out.join('\n');
  },
};
