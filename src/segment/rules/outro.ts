// The outro: the earliest closing words ("thanks for listening", "bye") in the last stretch of the show.
import type { SegmentRule } from '../context.js';

export const outroRule: SegmentRule = {
  name: 'outro',
  apply(ctx) {
    const { units, board, duration } = ctx;
    if (units.length < 3) return;
    const from = ctx.at(duration - Math.min(240, Math.max(90, duration * 0.08)));
    let found: number | undefined;
    for (let i = Math.max(from, 1); i < units.length; i++) {
      if (ctx.score('outro', i) >= 2) {
        found = i;
        break;
      }
    }
    found ??= units.length - 1;
    // A short "All right." just before the closing words belongs to them.
    const prev = units[found - 1];
    if (prev && prev.text.length < 40 && units[found]!.start - prev.start <= 10 && ctx.score('handoff', found - 1) > 0) found--;
    board.outro = found;
  },
};
