// The intro begins at the show's welcome; anything before it with sponsor words is a pre-roll read.
import type { SegmentRule } from '../context.js';
import { namedIn } from './sponsorMentions.js';

export const welcomeRule: SegmentRule = {
  name: 'welcome',
  apply(ctx) {
    const { units, board } = ctx;
    const limit = ctx.at(Math.min(180, ctx.duration * 0.2));
    for (let i = 0; i < limit; i++) {
      if (ctx.score('welcome', i) < 2) continue;
      if (i === 0) break;
      let promo = 0;
      for (let j = 0; j < i; j++) promo += ctx.score('sponsorRead', j) + ctx.score('selfPromo', j);
      if (promo >= 2 && units[i]!.start >= 10) {
        const before = units.slice(0, i).map((u) => u.text).join(' ');
        board.preroll = { start: 0, end: i, sponsor: namedIn(before, before.toLowerCase(), board.sponsorNames) ?? 'the show' };
        board.introStart = i;
      }
      break;
    }
  },
};
