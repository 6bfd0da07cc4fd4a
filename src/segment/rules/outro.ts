// The outro: the earliest closing words ("thanks for listening", "bye") in the last stretch of the show.
import { backUpToAck, type SegmentRule } from '../context.js';

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
    board.outro = backUpToAck(ctx, found ?? units.length - 1);
  },
};
