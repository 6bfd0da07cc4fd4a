// Topic starts from the transcript alone: hand-off phrases plus a change of vocabulary, chosen by dynamic programming
// so that no two topics start closer than `minTopic` seconds and weak candidates are left out.
import type { SegmentContext, SegmentRule } from '../context.js';
import { GET_STARTED, KICK_OFF } from '../cues.js';

/** Tunable weights of topic detection (exported so that tuning experiments can vary them). */
const LOOKAHEAD_LINES = 8;
/** Seconds before a sponsor read in which a hand-off belongs to the read. */
const READ_LEAD_IN = 30;

export const topicTuning = { minTopic: 120, threshold: 2.25, shiftWeight: 1, longShiftWeight: 1.5, handoffLookahead: 15, speakerWeight: 1, firstGap: 120, introChain: 40 };
const SPEAKER_WINDOW = 120;
/** How far into the show the first topic may start. */
const FIRST_TOPIC_WITHIN = 300;
/** How long a cold open before the welcome may run. */
const COLD_OPEN = 60;
/** Seconds after the opening lines in which a weaker hand-off still opens the first item. */
const AT_OPENING_END = 10;

export const topicRule: SegmentRule = {
  name: 'topics',
  apply(ctx) {
    const { board } = ctx;
    const end = topicsEnd(ctx);
    const first = firstTopic(ctx, end);
    if (first === undefined) return;
    const scores = boundaryScores(ctx);
    // Sponsor reads split the topic run: the unit after each read starts a topic.
    const forced = new Set<number>([first]);
    for (const r of board.reads) if (r.end < end && r.end > first) forced.add(r.end);
    const chosen = chooseBoundaries(ctx, first, end, scores, forced, (i) => inOrBeforeRead(ctx, i));
    board.topics = chosen;
  },
};

/** Inside a sponsor read, or just before one: "All right, before we move on…" leads into the read, not a topic. */
export function inOrBeforeRead(ctx: SegmentContext, i: number): boolean {
  const { units, board } = ctx;
  return board.reads.some((r) => (i >= r.start && i < r.end) || (i < r.start && units[r.start]!.start - units[i]!.start <= READ_LEAD_IN));
}

export function topicsEnd(ctx: SegmentContext): number {
  const { board, units } = ctx;
  return board.extras ?? board.joke ?? board.outro ?? units.length;
}

/** How much each kind of evidence counts towards a topic's start. */
export interface BoundaryWeights {
  shiftWeight: number;
  longShiftWeight: number;
  speakerWeight: number;
}

/** Score of each unit as the start of a topic. */
export function boundaryScores(ctx: SegmentContext, weights: BoundaryWeights = topicTuning): number[] {
  const { units } = ctx;
  const short = zScores(ctx.shift);
  const long = weights.longShiftWeight ? zScores(ctx.longShift) : short;
  const presenterChange = speakerShift(ctx);
  return units.map((u, i) => {
    // A hand-off is often said a few seconds into the new topic ("So let's go ahead and talk about it").
    let hand = ctx.score('handoff', i);
    // At most a few lines ahead, so that thousands of lines within one second cost no more than a few.
    for (let j = i + 1; j < units.length && j <= i + LOOKAHEAD_LINES && units[j]!.start <= u.start + topicTuning.handoffLookahead; j++) {
      hand = Math.max(hand, 0.7 * ctx.score('handoff', j));
    }
    // The words change at a topic's start over both a minute and a half and three minutes: the longer window finds a
    // subject that comes in gradually or through a noisy stretch, the shorter one places the change.
    const words = weights.shiftWeight * Math.max(0, short[i]!) + weights.longShiftWeight * Math.max(0, long[i]!);
    return hand + words + weights.speakerWeight * presenterChange[i]!;
  });
}

/** How many standard deviations each value lies above the mean of all of them. */
function zScores(values: readonly number[]): number[] {
  const n = Math.max(1, values.length);
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  let variance = 0;
  for (const v of values) variance += (v - mean) ** 2;
  const sd = Math.sqrt(variance / n) || 1;
  return values.map((v) => (v - mean) / sd);
}

/**
 * Where there are speakers: 1 where the one who talks most in the two minutes before a line is not the one who talks
 * most in the two minutes after it (a new presenter takes over), else 0. Linear: running totals per speaker.
 */
function speakerShift(ctx: SegmentContext): number[] {
  const { units } = ctx;
  const out = new Array<number>(units.length).fill(0);
  const names = [...new Set(units.map((u) => u.speaker).filter((s): s is string => !!s))];
  if (names.length < 2) return out;
  const index = new Map(names.map((n, k) => [n, k]));
  // prefix[k][i]: characters spoken by speaker k in units 0..i-1.
  const prefix = names.map(() => new Float64Array(units.length + 1));
  units.forEach((u, i) => {
    for (let k = 0; k < names.length; k++) prefix[k]![i + 1] = prefix[k]![i]! + (u.speaker && index.get(u.speaker) === k ? u.text.length : 0);
  });
  const top = (from: number, to: number) => {
    let best = -1;
    let most = 0;
    for (let k = 0; k < names.length; k++) {
      const c = prefix[k]![to]! - prefix[k]![from]!;
      if (c > most) [best, most] = [k, c];
    }
    return best;
  };
  for (let i = 0; i < units.length; i++) {
    const t = units[i]!.start;
    const before = top(ctx.at(t - SPEAKER_WINDOW), i);
    const after = top(i, ctx.at(t + SPEAKER_WINDOW));
    out[i] = before >= 0 && after >= 0 && before !== after ? 1 : 0;
  }
  return out;
}

function firstTopic(ctx: SegmentContext, end: number): number | undefined {
  const { units, board } = ctx;
  const introStart = units[board.introStart]!.start;
  const lo = ctx.at(introStart + 10);
  const hi = Math.min(end, ctx.at(introStart + FIRST_TOPIC_WITHIN));
  const opened = openingEnd(ctx, hi);
  // Welcome and sponsor-mention lines belong to the intro.
  const introLine = (i: number) => ctx.score('welcome', i) >= 2 || ctx.score('sponsorRead', i) > 0;
  // Where a weaker hand-off may open the first item: not in the intro, nor where it is put off.
  const mayOpen = (i: number) => !introLine(i) && !PUT_OFF.test(units[i]!.lower);
  // A hand-off just as the opening lines end opens the first item: "Now, Brian, …", "So I'm going to talk about pandas".
  if (opened !== undefined) {
    for (let i = opened; i < hi && units[i]!.start <= units[opened]!.start + AT_OPENING_END; i++) {
      if (ctx.score('handoff', i) >= 1.5 && mayOpen(i)) return i;
    }
  }
  // The first clear hand-off after the welcome opens the first topic, unless it comes long after the opening lines
  // end: then it hands over to the second item, and the first began where the opening ended.
  let putOff: number | undefined;
  for (let i = lo; i < hi; i++) {
    // Intro lines too, when they also hand over to the first item.
    if (introLine(i) && ctx.score('handoff', i) < 2) continue;
    if (ctx.score('handoff', i) >= 2) {
      const lower = units[i]!.lower;
      // "Before we jump into your first topic, tell us about yourself": the first item is put off, not begun, and
      // comes after this line.
      if (PUT_OFF.test(lower)) {
        putOff = i;
        continue;
      }
      // "Brian, you want to kick us off?" opens the first item however long the opening (a guest's introduction) ran.
      if (OPENS_FIRST.test(lower)) return i;
      return opened !== undefined && units[i]!.start - units[opened]!.start > topicTuning.firstGap ? opened : i;
    }
  }
  // No clear hand-off: the best weaker one, earlier ones preferred; after an item was put off, the best one after that.
  let best: number | undefined;
  let bestScore = putOff === undefined ? 1 : 0.5;
  const from = putOff === undefined ? introStart : units[putOff]!.start;
  for (let i = putOff === undefined ? lo : putOff + 1; i < hi; i++) {
    if (!mayOpen(i)) continue;
    const s = ctx.score('handoff', i) - (units[i]!.start - from) / 300;
    if (s > bestScore) [best, bestScore] = [i, s];
  }
  if (best !== undefined || lo >= end) return best;
  // Nothing hands over: the first item begins where the opening lines end, or half a minute in.
  return opened ?? Math.min(ctx.at(introStart + 30), end - 1);
}

/** A hand-off that says it opens the first item: "kick us off", "our first topic", "how should we start the show?". */
const OPENS_FIRST = new RegExp(String.raw`${KICK_OFF.source}|\bstart us off\b|\bfirst (?:item|topic|thing)\b|${GET_STARTED.source}`);
/** The first item put off: "before we get into our first topic", "before we jump into the topics", "I want to talk about later". */
const PUT_OFF = /\bbefore (?:we|i|you) (?:get|jump|dive|go|hop|start|kick)\b[^.?!]{0,40}\b(?:first|topics?|items?|news|it)\b|\btalk about (?:\w+ )?later\b/;

/** Self-introductions: "I'm Michael Kennedy", "and I'm Laís Carvalho". */
const SELF_INTRO = /\bI['’]?m \p{Lu}\p{Ll}+ \p{Lu}/u;

/**
 * The unit after the show's opening lines (the welcome, the hosts introducing themselves, the sponsor mention, where
 * to follow the show), each within `introChain` seconds of the end of the last and before any clear hand-off;
 * undefined when nothing follows the welcome that way.
 */
export function openingEnd(ctx: SegmentContext, hi: number): number | undefined {
  const { units, board } = ctx;
  // From the welcome itself, when a cold open ("Let's kick it off!") comes before it.
  let last = board.introStart;
  const coldOpenEnd = units[last]!.start + COLD_OPEN;
  for (let i = last; i < hi && units[i]!.start <= coldOpenEnd; i++) {
    if (ctx.score('welcome', i) >= 2) {
      last = i;
      break;
    }
  }
  const mentioned = new Set(board.mentions.map((m) => m.at));
  for (let i = last + 1; i < hi && units[i]!.start <= units[last]!.end + topicTuning.introChain; i++) {
    const u = units[i]!;
    const housekeeping = ctx.score('welcome', i) > 0 || ctx.score('opening', i) > 0 || ctx.score('sponsorRead', i) > 0;
    if (housekeeping || mentioned.has(u.start) || SELF_INTRO.test(u.text)) last = i;
    // "So, Michael, what do you got for us first?": the opening is over, whatever follows.
    else if (ctx.score('handoff', i) >= 2 && !PUT_OFF.test(u.lower)) break;
  }
  return last + 1 < hi ? last + 1 : undefined;
}

/** Weighted interval scheduling over candidate units: maximise the summed (score − threshold), gaps ≥ topicTuning.minTopic. */
function chooseBoundaries(
  ctx: SegmentContext,
  first: number,
  end: number,
  scores: number[],
  forced: Set<number>,
  blocked: (i: number) => boolean,
): number[] {
  const { units } = ctx;
  const forcedList = [...forced].sort((a, b) => a - b);
  const chosen = new Set(forcedList);
  // Fill each stretch between forced boundaries independently.
  const stops = [...forcedList, end];
  for (let k = 0; k < forcedList.length; k++) {
    const a = forcedList[k]!;
    const b = stops[k + 1]!;
    const lo = units[a]!.start + topicTuning.minTopic;
    const hi = (b < units.length ? units[b]!.start : ctx.duration) - topicTuning.minTopic;
    const cand: number[] = [];
    for (let i = a + 1; i < b; i++) {
      const t = units[i]!.start;
      if (t >= lo && t <= hi && !blocked(i) && scores[i]! > topicTuning.threshold) cand.push(i);
    }
    for (const i of pickSpaced(cand, (i) => units[i]!.start, (i) => scores[i]! - topicTuning.threshold, topicTuning.minTopic)) chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b);
}

/** Best subset of items, at least `gap` apart, maximising the sum of weights (weighted interval scheduling). */
export function pickSpaced<T>(items: T[], time: (x: T) => number, weight: (x: T) => number, gap: number): T[] {
  const n = items.length;
  const best = new Array<number>(n + 1).fill(0);
  const take = new Array<boolean>(n + 1).fill(false);
  const prevOf = new Array<number>(n + 1).fill(0);
  let p = 0;
  for (let k = 1; k <= n; k++) {
    const t = time(items[k - 1]!);
    while (p < k - 1 && time(items[p]!) <= t - gap) p++;
    prevOf[k] = p; // items[0..p) are compatible with item k-1
    const withIt = best[p]! + weight(items[k - 1]!);
    if (withIt > best[k - 1]!) {
      best[k] = withIt;
      take[k] = true;
    } else best[k] = best[k - 1]!;
  }
  const out: T[] = [];
  for (let k = n; k > 0; ) {
    if (take[k]) {
      out.push(items[k - 1]!);
      k = prevOf[k]!;
    } else k--;
  }
  return out.reverse();
}
