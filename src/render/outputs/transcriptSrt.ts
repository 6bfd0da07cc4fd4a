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
      const text = (who ? `${who}: ` : '') + (t.text.includes('-->') ? t.text.replace(/-->/g, '->') : t.text);
      const lines = wrapLines(text, LINE);
      // Cues of two lines. Time is shared out in proportion to the characters of each cue (its lines and a space).
      const cueLength = (i: number) => lines[i]!.length + (i + 1 < lines.length ? 1 + lines[i + 1]!.length : 0);
      let total = 0;
      for (let i = 0; i < lines.length; i += 2) total += cueLength(i);
      total ||= 1;
      const span = Math.max(t.end, t.start) - t.start;
      let at = t.start;
      for (let i = 0; i < lines.length; i += 2) {
        const end = at + (span * cueLength(i)) / total;
        out.push(String(++n), `${formatCueTime(at, ',')} --> ${formatCueTime(end, ',')}`, lines[i]!);
        if (i + 1 < lines.length) out.push(lines[i + 1]!);
        out.push('');
        at = end;
      }
    }
    return out.join('\n');
  },
};
