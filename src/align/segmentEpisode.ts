// Segments for an episode: the transcript analysed, its topics aligned with the show notes when they list items,
// then assembled into one ordered list.
import type { Segmentation, Turn } from '../core/types.js';
import type { NotesItem } from '../notes/types.js';
import { analyzeTranscript } from '../segment/detectSegments.js';
import { assemble } from '../segment/assemble.js';
import { alignTopics } from './alignTopics.js';
import { applyNotesSections } from './notesSections.js';
import { untimed, type StageTimer } from '../core/timings.js';

/** `time`: what the segmenting and the aligning each take, reported as the stages `segment` and `align`. */
export function segmentEpisode(turns: readonly Turn[], notes: readonly NotesItem[] | null, time: StageTimer = untimed): Segmentation {
  const ctx = time('segment', () => analyzeTranscript(turns, notes));
  if (!ctx) return { segments: [], mentions: [] };
  time('align', () => {
    const topics = notes?.filter((i) => i.kind === 'topic') ?? [];
    if (notes && notes.length) applyNotesSections(ctx, notes);
    if (!topics.length) return;
    const starts = alignTopics(ctx, topics);
    if (starts.length === topics.length) {
      ctx.board.topics = starts;
      ctx.board.topicItems = topics;
    }
  });
  return time('segment', () => assemble(ctx));
}
