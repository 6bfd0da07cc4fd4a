// The outro: the earliest closing words ("thanks for listening", "bye") in the last stretch of the show.
import { backUpToAck, type SegmentContext, type SegmentRule } from '../context.js';

export const outroRule: SegmentRule = {
  name: 'outro',
  apply(ctx) {
    const { units, board, duration } = ctx;
    if (units.length < 3) return;
    const from = ctx.at(duration - Math.min(240, Math.max(90, duration * 0.08)));
    let found: number | undefined;
    // The joke comes before the outro: closing words followed by "let's go to a joke" are a guest's thanks.
    let jokeAt = -1;
    for (let i = units.length - 1; i >= Math.max(from, 1) && jokeAt < 0; i--) if (jokeHandOff(ctx, i)) jokeAt = i;
    for (let i = Math.max(from, jokeAt + 1, 1); i < units.length; i++) {
      if (ctx.score('outro', i) >= 2) {
        found = i;
        break;
      }
    }
    board.outro = backUpToAck(ctx, found ?? units.length - 1);
  },
};

/** "Let's go to a joke", said with no closing words in the same breath ("thanks for the joke, bye" closes the show). */
function jokeHandOff(ctx: SegmentContext, i: number): boolean {
  return ctx.score('joke', i) >= 2 && ctx.score('jokeDeferred', i) === 0 && ctx.score('outro', i) === 0;
}
