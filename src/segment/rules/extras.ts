// Extras: "that's it for our main items", "any extras?", in the second half of the show, before the outro.
import { backUpToAck, type SegmentRule } from '../context.js';

export const extrasRule: SegmentRule = {
  name: 'extras',
  apply(ctx) {
    const { board, duration } = ctx;
    const end = board.outro ?? ctx.units.length;
    const from = ctx.at(duration * 0.45);
    // "That's it for our main items" is the clearest sign; a bare "extras" counts only when it is absent.
    for (let i = from; i < end; i++) {
      if (ctx.hits('extras', i).some((h) => h.name === 'main-items-done')) {
        board.extras = backUpToAck(ctx, i);
        return;
      }
    }
    for (let i = from; i < end; i++) {
      const u = ctx.units[i]!;
      // "Extras" as a hand-off is said early in a short utterance, not deep inside a long one.
      const hits = ctx.hits('extras', i).filter((h) => h.name === 'main-items-done' || h.index < 120 || u.text.length < 200);
      if (hits.some((h) => h.name === 'main-items-done' || h.name === 'extras')) {
        board.extras = backUpToAck(ctx, i);
        return;
      }
    }
  },
};
