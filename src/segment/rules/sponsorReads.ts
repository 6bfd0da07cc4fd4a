// Full sponsor reads in the body of the show: a cluster of sponsor words, show URLs and self-promotion lasting 25 s or more.
import type { SegmentContext, SegmentRule } from '../context.js';
import { sponsorNameIn } from '../sponsorName.js';
import { knownNameIn } from './sponsorMentions.js';

/** Evidence further apart than this starts a new cluster. */
const GAP = 45;
const MIN_SCORE = 4;

export const sponsorReadRule: SegmentRule = {
  name: 'sponsor-reads',
  apply(ctx) {
    const { units, board } = ctx;
    const from = ctx.at(units[board.introStart]!.start + 100);
    const to = board.extras ?? board.joke ?? board.outro ?? units.length;
    let cluster: number[] = [];
    let total = 0;
    const close = () => {
      if (cluster.length && total >= MIN_SCORE) addRead(ctx, cluster, to);
      cluster = [];
      total = 0;
    };
    for (let i = from; i < to; i++) {
      const s = evidence(ctx, i);
      if (s <= 0) continue;
      const last = cluster[cluster.length - 1];
      if (last !== undefined && units[i]!.start - units[last]!.start > GAP) close();
      cluster.push(i);
      total += s;
    }
    close();
  },
};

function evidence(ctx: SegmentContext, i: number): number {
  const read = ctx.score('sponsorRead', i);
  const promo = ctx.score('selfPromo', i);
  const known = knownNameIn(ctx.units[i]!.lower, ctx.board.sponsorNames) ? 1.5 : 0;
  return read + (read > 0 || known ? promo : promo / 2) + (read > 0 ? known : 0);
}

function addRead(ctx: SegmentContext, cluster: number[], limit: number): void {
  const { units, board } = ctx;
  const start = cluster[0]!;
  const lastEvidence = cluster[cluster.length - 1]!;
  // The read ends at the next hand-off within a minute of the last sponsor words, else just after them.
  let end = lastEvidence + 1;
  const horizon = units[lastEvidence]!.start + 60;
  for (let i = lastEvidence + 1; i < limit && units[i]!.start <= horizon; i++) {
    if (ctx.score('handoff', i) >= 2 || ctx.score('sponsorBack', i) > 0) {
      end = i;
      break;
    }
  }
  const text = units.slice(start, end).map((u) => u.text).join(' ');
  const sponsor = knownNameIn(text.toLowerCase(), board.sponsorNames) ?? sponsorNameIn(text) ?? 'Sponsor';
  board.reads.push({ start, end: Math.min(end, limit), sponsor });
}
