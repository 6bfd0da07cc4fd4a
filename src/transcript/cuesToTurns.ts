// Cues into turns: caption fragments merged, ends filled in, time going backwards reported.
import type { Diagnostics } from '../core/diagnostics.js';
import type { Turn } from '../core/types.js';
import { toMillisecond } from '../core/time.js';
import type { Cue } from './format.js';

/** A labelled turn is split at a sentence end once it grows past this many characters. */
const MAX_TURN_CHARS = 900;
/** An unlabelled cue that breaks off mid-sentence joins the next while the result stays under this. */
const MAX_JOIN_CHARS = 400;
const CHARS_PER_SECOND = 15;
/** Cues further apart than this are never fragments of one turn. */
const MAX_FRAGMENT_GAP = 30;
const SENTENCE_END = /[.!?…]["'”’)\]]?$/;

export function cuesToTurns(cues: readonly Cue[], mergeFragments: boolean, diags: Diagnostics): Turn[] {
  reportBackwards(cues, diags);
  const labelled = cues.some((c) => c.speaker !== null);
  const turns: Turn[] = [];
  let lastEnd: number | undefined;
  for (const cue of cues) {
    if (!cue.text) continue;
    const prev = turns[turns.length - 1];
    if (prev && mergeFragments && shouldMerge(prev, cue, labelled)) {
      prev.parts ??= [{ offset: 0, start: prev.start }];
      prev.parts.push({ offset: prev.text.length + 1, start: cue.start });
      prev.text += ' ' + cue.text;
    } else {
      turns.push({ start: cue.start, end: cue.start, speaker: cue.speaker, text: cue.text, line: cue.line });
    }
    lastEnd = cue.end;
  }
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    const next = turns[i + 1];
    if (next) t.end = Math.max(t.start, next.start);
    else t.end = Math.max(t.start, lastEnd ?? 0, t.start + t.text.length / CHARS_PER_SECOND);
    t.end = toMillisecond(t.end);
  }
  return turns;
}

function shouldMerge(prev: Turn, cue: Cue, labelled: boolean): boolean {
  const lastStart = prev.parts ? prev.parts[prev.parts.length - 1]!.start : prev.start;
  if (cue.start - lastStart > MAX_FRAGMENT_GAP || cue.start < lastStart) return false;
  if (labelled && (prev.speaker !== null || cue.speaker !== null)) {
    if (prev.speaker !== cue.speaker) return false;
    return !(prev.text.length > MAX_TURN_CHARS && SENTENCE_END.test(prev.text));
  }
  // Without labels, a cue that breaks off mid-sentence joins the next one.
  return !SENTENCE_END.test(prev.text) && prev.text.length + cue.text.length < MAX_JOIN_CHARS;
}

function reportBackwards(cues: readonly Cue[], diags: Diagnostics): void {
  let latest = -Infinity;
  for (const c of cues) {
    if (c.start + 0.5 < latest) {
      diags.warn('time-backwards', `time goes backwards here (${c.start}s after ${latest}s); check the timestamps around this line`, c.line, 1);
    }
    latest = Math.max(latest, c.start);
  }
}
