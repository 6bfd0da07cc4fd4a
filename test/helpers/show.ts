// Small hand-written shows for segment tests: lines at given seconds, plus filler talk about one subject.
import { Diagnostics } from '../../src/core/diagnostics.js';
import { parseTranscript } from '../../src/transcript/parseTranscript.js';
import type { Turn } from '../../src/core/types.js';

export type Line = [seconds: number, text: string];

const clock = (s: number) => [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0')).join(':');

/** Talk about a subject every `step` seconds from `from` up to (not including) `to`. */
export function talk(subject: string[], from: number, to: number, step = 10): Line[] {
  const out: Line[] = [];
  let k = 0;
  for (let t = from; t < to; t += step, k++) {
    const a = subject[k % subject.length]!;
    const b = subject[(k + 1) % subject.length]!;
    out.push([t, `The ${a} works with ${b}, and ${a} makes ${b} simpler for everyone using ${subject[0]}.`]);
  }
  return out;
}

export function transcriptText(lines: Line[]): string {
  return [...lines].sort((a, b) => a[0] - b[0]).map(([t, text]) => `${clock(t)} ${text}`).join('\n\n') + '\n';
}

export function turnsOf(lines: Line[]): Turn[] {
  return parseTranscript(transcriptText(lines), new Diagnostics('show')).turns;
}
