// Segments for an episode: the transcript analysed, its topics aligned with the show notes when they list items,
// then assembled into one ordered list.
import type { Segmentation, Turn } from '../core/types.js';
import type { NotesItem } from '../notes/types.js';
import { analyzeTranscript } from '../segment/detectSegments.js';
import { assemble } from '../segment/assemble.js';
import type { SegmentContext } from '../segment/context.js';
import { alignTopics, placePartAfter, placingEvidence } from './alignTopics.js';
import { applyNotesSections } from './notesSections.js';
import { untimed, type StageTimer } from '../core/timings.js';

/** `time`: what the segmenting and the aligning each take, reported as the stages `segment` and `align`. */
export function segmentEpisode(turns: readonly Turn[], notes: readonly NotesItem[] | null, time: StageTimer = untimed): Segmentation {
  const ctx = time('segment', () => analyzeTranscript(turns, notes));
  if (!ctx) return { segments: [], mentions: [] };
  time('align', () => {
    if (notes && notes.length) alignWithNotes(ctx, notes);
  });
  return time('segment', () => assemble(ctx));
}

/**
 * The notes' topics placed in their order, and their extras and joke where the transcript gave no clear sign of them:
 * after the topics, or the joke after the extras the transcript found.
 */
function alignWithNotes(ctx: SegmentContext, notes: readonly NotesItem[]): void {
  const { board, units } = ctx;
  applyNotesSections(ctx, notes);
  const topics = notes.filter((i) => i.kind === 'topic');
  if (!topics.length) return;
  const notesExtras = notes.find((i) => i.kind === 'extras');
  const notesJoke = notes.find((i) => i.kind === 'joke');
  const foundExtras = board.extras;
  const joke = board.joke === undefined ? notesJoke : undefined;
  // A joke comes after the extras: placed with the topics unless the transcript found the extras.
  let parts = foundExtras === undefined ? [notesExtras, joke].filter((p): p is NotesItem => !!p) : [];
  const evidence = placingEvidence(ctx);
  let starts = alignTopics(ctx, evidence, topics, parts);
  // A part its words put in the last seconds before what follows was not found by them: the topics are placed again
  // without it, and it is left out rather than guessed. So are the parts when the show has no room for them.
  const limit = board.joke ?? board.outro ?? units.length;
  const squeezed = (k: number) => roomAfter(ctx, starts[topics.length + k]!, starts[topics.length + k + 1] ?? limit) < MIN_PART;
  while (parts.length && (!starts.length || parts.some((_, k) => squeezed(k)))) {
    parts = starts.length ? parts.filter((_, k) => !squeezed(k)) : [];
    starts = alignTopics(ctx, evidence, topics, parts);
  }
  if (starts.length !== topics.length + parts.length) return;
  board.topics = starts.slice(0, topics.length);
  board.topicItems = topics;
  parts.forEach((p, k) => (board[p.kind as 'extras' | 'joke'] = starts[topics.length + k]));
  if (joke && notesExtras && foundExtras !== undefined) {
    const outro = board.outro ?? units.length;
    const at = placePartAfter(ctx, evidence, notesExtras, foundExtras, joke, outro);
    if (at !== undefined && roomAfter(ctx, at, outro) >= MIN_PART) board.joke = at;
  }
}

/** Seconds a part placed by its words must run before what follows it. */
const MIN_PART = 30;

/** Seconds from unit `at` to unit `next` (or the end of the show). */
function roomAfter(ctx: SegmentContext, at: number, next: number): number {
  return (next < ctx.units.length ? ctx.units[next]!.start : ctx.duration) - ctx.units[at]!.start;
}
