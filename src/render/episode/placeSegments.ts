// Each segment gets its page anchor, and each notes item the segment it was placed at.
import type { Segment } from '../../core/types.js';
import type { NotesItem } from '../../notes/types.js';
import type { PageIds } from '../pageIds.js';

export interface PlacedSegment extends Segment {
  id: string;
  item?: NotesItem;
}

export function placeSegments(segments: readonly Segment[], notes: readonly NotesItem[], ids: PageIds): PlacedSegment[] {
  const topicItems = notes.filter((i) => i.kind === 'topic');
  const used = new Set<NotesItem>();
  let topicIndex = 0;
  return segments.map((s) => {
    let item: NotesItem | undefined;
    if (s.kind === 'topic') {
      item =
        topicItems.find((i) => !used.has(i) && i.n !== undefined && i.n === s.n && i.title === s.title) ??
        topicItems.find((i) => !used.has(i) && i.title === s.title) ??
        (topicItems.length && topicItems.every((i) => i.n === undefined) ? topicItems[topicIndex] : undefined);
      topicIndex++;
    } else if (s.kind === 'sponsor' || s.kind === 'extras' || s.kind === 'joke') {
      item = notes.find((i) => i.kind === s.kind && !used.has(i));
    }
    if (item) used.add(item);
    const title = s.title ?? s.kind;
    return { ...s, id: ids.slug(s.kind === 'topic' ? title : s.kind === 'sponsor' ? `sponsor ${s.sponsor ?? ''}` : s.kind), ...(item ? { item } : {}) };
  });
}
