// The joke: the first talk of a joke after the extras (or late in the show), before the outro.
import { backUpToAck, type SegmentContext, type SegmentRule } from '../context.js';

export const jokeRule: SegmentRule = {
  name: 'joke',
  apply(ctx) {
    const { board, duration } = ctx;
    const end = board.outro ?? ctx.units.length;
    const from = board.extras !== undefined ? board.extras + 1 : ctx.at(duration * 0.6);
    for (let i = from; i < end; i++) {
      if (offersJoke(ctx, i)) {
        board.joke = backUpToAck(ctx, i);
        return;
      }
    }
  },
};

/** Unit i offers the joke ("are you ready for a joke?"), not one announced for later ("before the joke, …"). */
export function offersJoke(ctx: SegmentContext, i: number): boolean {
  return ctx.score('joke', i) >= 2 && ctx.score('jokeDeferred', i) === 0;
}
