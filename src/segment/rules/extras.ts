// Extras: "that's it for our main items", "any extras?", in the second half of the show, before the outro.
import type { SegmentRule } from '../context.js';

export const extrasRule: SegmentRule = {
  name: 'extras',
  apply(ctx) {
    const { board, duration } = ctx;
    const end = board.outro ?? ctx.units.length;
    for (let i = ctx.at(duration * 0.45); i < end; i++) {
      const hits = ctx.hits('extras', i);
      if (hits.some((h) => h.name === 'main-items-done' || h.name === 'extras')) {
        board.extras = i;
        return;
      }
    }
  },
};
