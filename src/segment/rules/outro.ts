// The outro: the earliest closing words ("thanks for listening", "bye") in the last stretch of the show.
import { backUpToAck, type SegmentRule } from '../context.js';
import { offersJoke } from './joke.js';

export const outroRule: SegmentRule = {
  name: 'outro',
  apply(ctx) {
    const { units, board, duration } = ctx;
    if (units.length < 3) return;
    const from = ctx.at(duration - Math.min(240, Math.max(90, duration * 0.08)));
    let found: number | undefined;
    // The joke comes before the outro: closing words followed by "let's go to a joke" are a guest's thanks. (A line
    // that offers the joke and closes the show too, "thanks for the joke, bye", does not count.)
    let jokeAt = -1;
    for (let i = units.length - 1; i >= Math.max(from, 1) && jokeAt < 0; i--) if (offersJoke(ctx, i) && ctx.score('outro', i) === 0) jokeAt = i;
    for (let i = Math.max(from, jokeAt + 1, 1); i < units.length; i++) {
      if (ctx.score('outro', i) >= 2) {
        found = i;
        break;
      }
    }
    board.outro = backUpToAck(ctx, found ?? units.length - 1);
  },
};
