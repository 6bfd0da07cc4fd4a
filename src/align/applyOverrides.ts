// Start times written in the front matter always win over detection.
import type { Segment, SegmentKind, Segmentation } from '../core/types.js';

export interface SegmentOverride {
  kind?: string;
  n?: number;
  title?: string;
  start: number;
}

export function applyOverrides(seg: Segmentation, overrides: readonly SegmentOverride[], duration: number): Segmentation {
  if (!overrides.length) return seg;
  const segments = seg.segments.map((s) => ({ ...s }));
  for (const o of overrides) {
    const kind = (o.kind ?? 'topic') as SegmentKind;
    const target = segments.find((s) => s.kind === kind && (kind !== 'topic' || o.n === undefined || s.n === o.n));
    if (target) {
      target.start = o.start;
      if (o.title) target.title = o.title;
    } else {
      segments.push({ kind, start: o.start, end: o.start, ...(o.title ? { title: o.title } : {}), ...(o.n !== undefined ? { n: o.n } : {}) });
    }
  }
  segments.sort((a, b) => a.start - b.start);
  const last = Math.max(duration, ...segments.map((s) => s.end));
  segments.forEach((s: Segment, i) => {
    s.end = segments[i + 1]?.start ?? last;
  });
  return { segments, mentions: seg.mentions };
}
