// Extras: "that's it for our main items", "any extras?", in the second half of the show, before the outro.
import { backUpToAck, type SegmentContext, type SegmentRule } from '../context.js';

/** "The last thing I want to cover for our main items is pip" opens the last main item; it does not end them. */
const LAST_MAIN_ITEM = /\b(?:last|final)\b[^.?!]{0,40}\bmain (?:items|topics)\b/;

export const extrasRule: SegmentRule = {
  name: 'extras',
  apply(ctx) {
    const { board, duration } = ctx;
    const end = board.outro ?? ctx.units.length;
    const from = ctx.at(duration * 0.45);
    // "That's it for our main items" is the clearest sign; a bare "extras" counts only when it is absent.
    for (let i = from; i < end; i++) {
      if (mainItemsDone(ctx, i)) {
        board.extras = backUpToAck(ctx, i);
        return;
      }
    }
    for (let i = from; i < end; i++) {
      const u = ctx.units[i]!;
      // "Extras" as a hand-off is said early in a short utterance, not deep inside a long one.
      if (ctx.hits('extras', i).some((h) => h.name === 'extras' && (h.index < 120 || u.text.length < 200))) {
        board.extras = backUpToAck(ctx, i);
        return;
      }
    }
  },
};

function mainItemsDone(ctx: SegmentContext, i: number): boolean {
  return ctx.hits('extras', i).some((h) => h.name === 'main-items-done') && !LAST_MAIN_ITEM.test(ctx.units[i]!.lower);
}
