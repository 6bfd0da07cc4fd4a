// `HH:MM:SS SPEAKER: text` lines, as most transcription tools export them (the seed's format).
// Also H:MM:SS and MM:SS, optional [brackets], lines with no speaker, and <v Name> tags in the text.
import { timeFromParts } from '../../core/time.js';
import type { Cue, TranscriptFormat } from '../format.js';
import { acceptedLabels, labelCandidate, splitVoices, takeLabel } from '../speakers.js';
import { foldSpace } from '../cleanText.js';

const LINE = /^([ \t]*\[?)(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\]?(?:[ \t]+|$)/;

export const timestamped: TranscriptFormat = {
  name: 'timestamped-text',
  mergeFragments: true,
  sniff(text) {
    const lines = firstLines(text, 200);
    if (lines.length === 0) return 0;
    const hits = lines.filter((l) => LINE.test(l)).length;
    return (hits / lines.length) * 0.9;
  },
  parse(text, diags) {
    const raw: { start: number; text: string; line: number }[] = [];
    const lines = text.split('\n');
    let previousStart = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line.trim()) continue;
      const m = LINE.exec(line);
      if (!m) {
        // A line without a time continues the cue before it; text is never dropped.
        const last = raw[raw.length - 1];
        if (last) last.text += ' ' + line.trim();
        else raw.push({ start: 0, text: line.trim(), line: i + 1 });
        continue;
      }
      const t = timeFromParts(m[2], m[3]!, m[4]!, m[5]);
      let start = t.seconds;
      if (!t.valid) {
        diags.error(
          'timestamp-invalid',
          `timestamp "${m[0].trim()}" has minutes or seconds above 59; fix the time (the line was kept at ${previousStart}s)`,
          i + 1,
          m[1]!.length + 1,
        );
        start = previousStart;
      }
      previousStart = start;
      raw.push({ start, text: line.slice(m[0].length), line: i + 1 });
    }
    const accepted = acceptedLabels(raw.map((r) => labelCandidate(r.text)), raw.length);
    const cues: Cue[] = [];
    for (const r of raw) {
      const labelled = takeLabel(r.text, accepted);
      for (const part of splitVoices(labelled.text, labelled.speaker)) {
        cues.push({ start: r.start, speaker: part.speaker, text: foldSpace(part.text), line: r.line });
      }
    }
    return cues;
  },
};

function firstLines(text: string, n: number): string[] {
  const out: string[] = [];
  let pos = 0;
  while (out.length < n && pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl === -1 ? text.length : nl);
    if (line.trim()) out.push(line);
    pos = nl === -1 ? text.length : nl + 1;
  }
  return out;
}

export { firstLines };
