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
  /** Ids (`t=SECONDS`) of times inside the turn that the page links to, where no turn starts in that second. */
  anchors: string[];
}

/**
 * `linkedTimes`: the seconds the page's `#t=` links point at (segment starts, when a link was said). A segment can
 * start inside a turn, at a caption line of it; the turn then carries an anchor for that second, so that `#t=53`
 * lands on the turn that holds it without JavaScript, as a turn's own start does.
 */
export function transcriptView(turns: readonly Turn[], segments: readonly PlacedSegment[], ids: PageIds, speakerName: (label: string | null) => string | null, linkedTimes: Iterable<number> = []): TurnView[] {
  const views: TurnView[] = turns.map((t) => ({ id: ids.turn(t.start), start: t.start, clock: formatClock(t.start), speaker: speakerName(t.speaker), text: t.text, headings: [], anchors: [] }));
  let ti = 0;
  for (const seg of segments) {
    // The last turn that starts at or before the segment does.
    while (ti + 1 < turns.length && turns[ti + 1]!.start <= seg.start + 0.001) ti++;
    const view = views[ti];
    if (view) view.headings.push({ id: `at-${seg.id}`, title: seg.title ?? seg.kind, kind: seg.kind, target: seg.id });
  }
  const taken = new Set(views.map((v) => v.id));
  ti = 0;
  for (const second of [...new Set([...linkedTimes].map(Math.floor))].sort((a, b) => a - b)) {
    const id = `t=${second}`;
    if (taken.has(id)) continue;
    // The last turn that starts in or before that second.
    while (ti + 1 < turns.length && Math.floor(turns[ti + 1]!.start) <= second) ti++;
    const view = views[ti];
    if (!view) continue;
    view.anchors.push(id);
    taken.add(id);
  }
  return views;
}
