// Places the notes' topics, in their order, on the transcript: each unit scores for the item whose words it shares,
// and a dynamic program picks the K starts that maximise those scores plus the boundary evidence (O(K·N)).
import type { NotesItem } from '../notes/types.js';
import type { SegmentContext } from '../segment/context.js';
import { boundaryScores, inOrBeforeRead, openingEnd, topicsEnd } from '../segment/rules/topics.js';
import { itemVocabulary } from './itemVocabulary.js';

export const alignTuning = { boundaryWeight: 10, minTopic: 45, firstWithin: 420, readEndBonus: 3, introMin: 10 };
/**
 * The boundary evidence that helps place a notes item: the 90 s vocabulary change only. The 180 s change, which helps
 * find topics from the transcript alone, blurs where a known item starts (it cost a topic of the labelled episodes).
 */
const placing = { shiftWeight: 2, longShiftWeight: 0, speakerWeight: 1 };

/**
 * The evidence at each unit that a notes item starts there, weighted: the boundary scores that place an item, and the
 * ends of sponsor reads. Made once an episode, for every placement of its items.
 */
export function placingEvidence(ctx: SegmentContext): Float64Array {
  const { units, board } = ctx;
  const evidence = Float64Array.from(boundaryScores(ctx, placing), (v) => alignTuning.boundaryWeight * v);
  for (const r of board.reads) if (r.end < units.length) evidence[r.end] = evidence[r.end]! + alignTuning.boundaryWeight * alignTuning.readEndBonus;
  return evidence;
}

/**
 * Places the notes' topics in order, followed by `parts` (the notes' extras or joke that the transcript gave no clear
 * sign of), between the welcome and the first part that was found, or the outro. `evidence`: placingEvidence().
 */
export function alignTopics(ctx: SegmentContext, evidence: Float64Array, topics: readonly NotesItem[], parts: readonly NotesItem[] = []): number[] {
  const { units, board } = ctx;
  const items = [...topics, ...parts];
  const end = topicsEnd(ctx);
  const introStart = units[board.introStart]!.start;
  const lo = ctx.at(introStart + 5);
  if (topics.length === 0 || end - lo < items.length) return [];
  // The first topic starts after the welcome and after the show's first sponsor mention when that is in its opening.
  const firstLimit = ctx.at(introStart + alignTuning.firstWithin) - lo;
  const opening = board.mentions[0] && board.mentions[0].at < introStart + alignTuning.firstWithin ? board.mentions[0].at : 0;
  // Nor before the opening lines end: the hosts introducing themselves, where to follow the show.
  const opened = openingEnd(ctx, ctx.at(introStart + alignTuning.firstWithin));
  const firstFrom = Math.max(introStart + alignTuning.introMin, opening, opened === undefined ? 0 : units[opened]!.start);
  const bonus = startEvidence(ctx, evidence, items);
  return placeInOrder(ctx, items, lo, end, bonus, (x) => {
    const u = lo + x;
    if (x >= firstLimit || units[u]!.start < firstFrom) return -Infinity;
    const introish = ctx.score('welcome', u) >= 2 || board.mentions.some((m) => m.at === units[u]!.start);
    return introish && ctx.score('handoff', u) < 2 ? -Infinity : bonus[0]![u]!;
  });
}

/**
 * Where the notes' `part` (their joke, when the transcript gave no clear sign of it) starts after `found` (their
 * extras, which the transcript placed at unit `from`), before unit `end`; undefined when there is no room.
 */
export function placePartAfter(ctx: SegmentContext, evidence: Float64Array, found: NotesItem, from: number, part: NotesItem, end: number): number | undefined {
  if (end - from < 2) return undefined;
  const items = [found, part];
  const starts = placeInOrder(ctx, items, from, end, startEvidence(ctx, evidence, items), (x) => (x === 0 ? 0 : -Infinity));
  return starts[1];
}

/** How much a cue of the part's own kind ("are you ready for some laughs?") adds to the evidence that it starts. */
const PART_CUE_WEIGHT = 1;

/** For each item, the evidence at each unit that it starts there: for the extras and the joke, their own cues too. */
function startEvidence(ctx: SegmentContext, general: Float64Array, items: readonly NotesItem[]): Float64Array[] {
  const own = new Map<NotesItem['kind'], Float64Array>();
  return items.map(({ kind }) => {
    if (kind !== 'extras' && kind !== 'joke') return general;
    let row = own.get(kind);
    if (!row) {
      row = general.map((v, i) => v + alignTuning.boundaryWeight * PART_CUE_WEIGHT * ctx.score(kind, i));
      own.set(kind, row);
    }
    return row;
  });
}

/**
 * The dynamic program: the starts of `items`, in order, in units lo..end-1, that maximise each unit's relevance to the
 * item it falls in plus the evidence at each start (`bonus[k][unit]`); `first(x)` scores item 0 starting at unit lo+x
 * (-Infinity where it may not). O(K·N). Empty when there is no such placement.
 */
function placeInOrder(
  ctx: SegmentContext,
  items: readonly NotesItem[],
  lo: number,
  end: number,
  bonus: readonly Float64Array[],
  first: (x: number) => number,
): number[] {
  const { units, board } = ctx;
  const K = items.length;
  const inRead = (i: number) => board.reads.some((r) => i >= r.start && i < r.end);
  const relevance = unitRelevance(ctx, items, lo, end, inRead);
  const n = end - lo;
  // Whether unit lo+x is in a read or its lead-in, where no item starts: looked up K times a unit below.
  const noStart = Uint8Array.from({ length: n }, (_, x) => (inOrBeforeRead(ctx, lo + x) ? 1 : 0));
  const NEG = -Infinity;
  // Short shows have short topics: a topic is at least 45 s, or half its share of the span when that is less.
  const spanSeconds = (end < units.length ? units[end]!.start : ctx.duration) - units[lo]!.start;
  const minTopic = Math.min(alignTuning.minTopic, spanSeconds / (K + 1) / 2);
  // prefix[k][x]: summed relevance to item k of units lo..lo+x-1.
  const prefix = relevance.map((row) => {
    const p = new Float64Array(n + 1);
    for (let x = 0; x < n; x++) p[x + 1] = p[x]! + row[x]!;
    return p;
  });
  // best[k][x]: best score with item k starting at unit lo+x; from[k][x]: where item k-1 started.
  const best = items.map(() => new Float64Array(n).fill(NEG));
  const from = items.map(() => new Int32Array(n).fill(-1));
  for (let x = 0; x < n; x++) if (!noStart[x]) best[0]![x] = first(x);
  for (let k = 1; k < K; k++) {
    let runMax = NEG;
    let runArg = -1;
    let p = 0;
    for (let x = 0; x < n; x++) {
      const t = units[lo + x]!.start;
      while (p < x && units[lo + p]!.start <= t - minTopic) {
        const v = best[k - 1]![p]! - prefix[k - 1]![p]!;
        if (v > runMax) [runMax, runArg] = [v, p];
        p++;
      }
      // No item starts in a read or in the lead-in to one.
      if (runArg < 0 || noStart[x]) continue;
      best[k]![x] = runMax + prefix[k - 1]![x]! + bonus[k]![lo + x]!;
      from[k]![x] = runArg;
    }
  }
  let bestEnd = NEG;
  let arg = -1;
  for (let x = 0; x < n; x++) {
    const v = best[K - 1]![x]! + prefix[K - 1]![n]! - prefix[K - 1]![x]!;
    if (v > bestEnd) [bestEnd, arg] = [v, x];
  }
  if (arg < 0) return [];
  const starts = new Array<number>(K);
  for (let k = K - 1; k >= 0; k--) {
    starts[k] = lo + arg;
    arg = from[k]![arg]!;
  }
  return starts;
}

/** relevance[k][x]: how much unit lo+x speaks of item k more than of the other items. */
function unitRelevance(
  ctx: SegmentContext,
  items: readonly NotesItem[],
  lo: number,
  end: number,
  inRead: (i: number) => boolean,
): Float64Array[] {
  const vocab = items.map(itemVocabulary);
  const total = end - lo;
  // Only words some item has count; most words said are in no item's vocabulary.
  const itemsWith = new Map<string, number>();
  for (const v of vocab) for (const w of v.keys()) itemsWith.set(w, (itemsWith.get(w) ?? 0) + 1);
  // Words spread over the whole show say little about any one part of it: df is the number of units saying a word.
  const df = new Map<string, number>();
  const lastUnit = new Map<string, number>();
  for (let i = lo; i < end; i++) {
    for (const w of ctx.tokens[i]!) {
      if (!itemsWith.has(w) || lastUnit.get(w) === i) continue;
      lastUnit.set(w, i);
      df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  // Each word's weight, shared among the items that have it.
  const shares = new Map<string, number>();
  for (const [w, spread] of itemsWith) shares.set(w, Math.log(1 + total / (1 + (df.get(w) ?? 0))) / spread);
  const rows = items.map(() => new Float64Array(total));
  const sims = new Float64Array(items.length);
  for (let i = lo; i < end; i++) {
    if (inRead(i)) continue;
    sims.fill(0);
    for (const w of ctx.tokens[i]!) {
      const share = shares.get(w);
      if (share === undefined) continue;
      for (let k = 0; k < vocab.length; k++) {
        const weight = vocab[k]!.get(w);
        if (weight) sims[k] = sims[k]! + weight * share;
      }
    }
    let mean = 0;
    for (const s of sims) mean += s;
    mean /= items.length;
    for (let k = 0; k < items.length; k++) rows[k]![i - lo] = sims[k]! - mean;
  }
  return rows;
}
