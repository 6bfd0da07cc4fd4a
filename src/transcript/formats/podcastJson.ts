// Podcasting 2.0 JSON transcripts: {"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}]}.
import { positionAt } from '../../core/diagnostics.js';
import type { Cue, TranscriptFormat } from '../format.js';
import { foldSpace } from '../cleanText.js';

export const podcastJson: TranscriptFormat = {
  name: 'podcast-json',
  mergeFragments: true,
  sniff(text) {
    const head = text.trimStart();
    if (!head.startsWith('{')) return 0;
    return /"segments"\s*:/.test(head.slice(0, 2000)) ? 0.95 : 0.5;
  },
  parse(text, diags) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      const msg = (e as Error).message;
      const pos = /position (\d+)/.exec(msg);
      const where = pos ? positionAt(text, Number(pos[1])) : { line: 1, column: 1 };
      diags.error('json-syntax', `transcript is not valid JSON (${msg}); fix the syntax`, where.line, where.column);
      return [];
    }
    const segments = (data as { segments?: unknown } | null)?.segments;
    if (!data || typeof data !== 'object' || !Array.isArray(segments)) {
      diags.error('json-shape', 'JSON transcript needs {"version": "1.0.0", "segments": [...]}: the "segments" array is missing', 1, 1);
      return [];
    }
    const where = segmentPositions(text);
    const cues: Cue[] = [];
    segments.forEach((seg: unknown, i: number) => {
      const pos = where[i] ?? { line: 1, column: 1 };
      const s = seg as { speaker?: unknown; startTime?: unknown; endTime?: unknown; body?: unknown };
      if (!s || typeof s !== 'object' || typeof s.startTime !== 'number' || typeof s.body !== 'string') {
        diags.error('json-shape', `segments[${i}] needs a numeric "startTime" and a string "body"; it was skipped`, pos.line, pos.column);
        return;
      }
      if (!Number.isFinite(s.startTime) || s.startTime < 0) {
        diags.error('timestamp-invalid', `segments[${i}].startTime must be a non-negative number of seconds`, pos.line, pos.column);
        return;
      }
      const end = typeof s.endTime === 'number' && Number.isFinite(s.endTime) ? s.endTime : undefined;
      const speaker = typeof s.speaker === 'string' && s.speaker.trim() ? s.speaker.trim() : null;
      cues.push({ start: s.startTime, end, speaker, text: foldSpace(s.body), line: pos.line });
    });
    return cues;
  },
};

/** Where each element of the "segments" array starts, found by a small bracket scanner (strings respected). */
function segmentPositions(text: string): { line: number; column: number }[] {
  const key = /"segments"\s*:\s*\[/.exec(text);
  if (!key) return [];
  const out: { line: number; column: number }[] = [];
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < key.index; i++) if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  for (let i = key.index + key[0].length; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') { line++; lineStart = i + 1; }
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) out.push({ line, column: i - lineStart + 1 });
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) break;
      depth--;
    }
  }
  return out;
}
