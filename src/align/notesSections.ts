// What the notes say is (or is not) in the episode overrides weak transcript evidence: no "Extras" in the notes,
// no extras segment; no "Joke", no joke segment.
import type { NotesItem } from '../notes/types.js';
import type { SegmentContext } from '../segment/context.js';

export function applyNotesSections(ctx: SegmentContext, notes: readonly NotesItem[]): void {
  const has = (kind: NotesItem['kind']) => notes.some((i) => i.kind === kind);
  if (!has('extras')) delete ctx.board.extras;
  if (!has('joke')) delete ctx.board.joke;
}
