// The transcript as speaker turns, with each segment's heading placed before the turn in which it starts.
import type { Turn } from '../../core/types.js';
import { formatClock } from '../../core/time.js';
import type { PageIds } from '../pageIds.js';
import type { PlacedSegment } from './placeSegments.js';

export interface TurnView {
  id: string;
  start: number;
  clock: string;
  speaker: string | null;
  text: string;
  headings: { id: string; title: string; kind: string; target: string }[];
}

export function transcriptView(turns: readonly Turn[], segments: readonly PlacedSegment[], ids: PageIds, speakerName: (label: string | null) => string | null): TurnView[] {
  const views: TurnView[] = turns.map((t) => ({ id: ids.turn(t.start), start: t.start, clock: formatClock(t.start), speaker: speakerName(t.speaker), text: t.text, headings: [] }));
  let ti = 0;
  for (const seg of segments) {
    // The last turn that starts at or before the segment does.
    while (ti + 1 < turns.length && turns[ti + 1]!.start <= seg.start + 0.001) ti++;
    const view = views[ti];
    if (view) view.headings.push({ id: `at-${seg.id}`, title: seg.title ?? seg.kind, kind: seg.kind, target: seg.id });
  }
  return views;
}
