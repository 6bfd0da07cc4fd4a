// Segments for an episode: detection from the transcript, then aligned with the show notes when there are some.
import type { Segmentation, Turn } from '../core/types.js';
import type { NotesItem } from '../notes/types.js';
import { detectSegments } from '../segment/detectSegments.js';

export function segmentEpisode(turns: readonly Turn[], notes: NotesItem[] | null): Segmentation {
  return detectSegments(turns, notes && notes.length ? notes : null);
}
