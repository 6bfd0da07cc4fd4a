// The timeline picture: segments to scale on a bar, and each speaker's share of talk time.
import type { Turn } from '../../core/types.js';
import { formatClock } from '../../core/time.js';
import type { PlacedSegment } from './placeSegments.js';
import { sponsorTitle } from '../../core/sponsorTitle.js';

export interface TimelineView {
  width: number;
  bars: { x: number; w: number; t: number; kind: string; label: string; clock: string; href: string; showLabel: boolean }[];
  speakers: { name: string; seconds: number; percent: number }[];
}

const WIDTH = 1000;

export function timelineView(segments: readonly PlacedSegment[], turns: readonly Turn[], duration: number, speakerName: (label: string | null) => string | null): TimelineView {
  const total = Math.max(duration, 1);
  const bars = segments.map((s) => {
    const x = (s.start / total) * WIDTH;
    const w = Math.max(1, ((s.end - s.start) / total) * WIDTH);
    const label = s.kind === 'topic' ? s.title ?? 'Topic' : s.kind === 'sponsor' ? sponsorTitle(s.sponsor) : s.title ?? s.kind;
    return { x: round(x), w: round(w), t: Math.floor(s.start), kind: s.kind, label, clock: formatClock(s.start), href: `#t=${Math.floor(s.start)}`, showLabel: w > 70 };
  });
  const talk = new Map<string, number>();
  for (const t of turns) {
    const name = speakerName(t.speaker);
    if (!name) continue;
    talk.set(name, (talk.get(name) ?? 0) + Math.max(0, t.end - t.start));
  }
  const sum = [...talk.values()].reduce((a, b) => a + b, 0) || 1;
  const speakers = [...talk]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([name, seconds]) => ({ name, seconds: Math.round(seconds), percent: Math.round((seconds / sum) * 100) }));
  return { width: WIDTH, bars, speakers };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
