// Full sponsor reads in the body of the show: a cluster of sponsor words, show URLs and self-promotion lasting 25 s or more.
import type { SegmentContext, SegmentRule } from '../context.js';
import { sponsorNameIn } from '../sponsorName.js';
import { tokens } from '../lexical.js';
import { knownNameIn, sameName, spokenSpelling } from './sponsorMentions.js';

/** Evidence further apart than this starts a new cluster. */
const GAP = 45;
const MIN_SCORE = 3.5;
/** Two clusters naming the same sponsor this close together are one read. */
const LONG_READ_GAP = 150;

export const sponsorReadRule: SegmentRule = {
  name: 'sponsor-reads',
  apply(ctx) {
    const { units, board } = ctx;
    const from = ctx.at(units[board.introStart]!.start + 100);
    const end = board.joke ?? board.outro ?? units.length;
    const extras = board.extras;
    findReads(ctx, from, extras ?? end, extras ?? end, from);
    if (extras === undefined) return;
    // "Those are our items. We're sponsored this week by…": a read that starts as the main items end comes before the
    // extras, which begin after it. Later in the extras, a host's own courses are news, not a read.
    const before = board.reads.length;
    findReads(ctx, extras, ctx.at(units[extras]!.start + READ_AFTER_ITEMS), end, from, (i) => opensRead(ctx, i));
    const read = board.reads[before];
    if (!read) return;
    board.reads.length = before + 1;
    board.extras = read.end < end ? read.end : undefined;
  },
};

/** Seconds after the main items end in which a read may still start. */
const READ_AFTER_ITEMS = 30;
/** Words that open a read, as against a host's plug ("help sponsor the show on Patreon"). */
const READ_OPENERS = new Set(['brought-to-you', 'tell-you-about', 'thanks-to-sponsor']);

function opensRead(ctx: SegmentContext, i: number): boolean {
  return ctx.hits('sponsorRead', i).some((h) => READ_OPENERS.has(h.name)) || /\bsponsored\b[^.?!]{0,30}\bby\b/.test(ctx.units[i]!.lower);
}

/**
 * Reads whose evidence starts in units lo..startBefore-1 (at a unit `opens` accepts) and runs on at most to `limit`;
 * `floor` is the show's opening, before which a sponsor is mentioned, not read.
 */
function findReads(ctx: SegmentContext, lo: number, startBefore: number, limit: number, floor: number, opens = (_i: number) => true): void {
  const { units } = ctx;
  let cluster: number[] = [];
  let total = 0;
  // The words of the sponsor the open read names ("brought to you by Microsoft for Startups Founders Hub").
  let named: SponsorWords | undefined;
  const close = () => {
    if (cluster.length && total >= MIN_SCORE) addRead(ctx, cluster, floor, limit);
    cluster = [];
    total = 0;
    named = undefined;
  };
  for (let i = lo; i < limit; i++) {
    let s = evidence(ctx, i);
    // Ad talk ("pricing", "sign up", "free trial") and the sponsor's own name carry an open read on through a body
    // that says no sponsor words ("The Founders Hub provides all founders…"); they never start one.
    const last = cluster[cluster.length - 1];
    if (s === 0 && last !== undefined && units[i]!.start - units[last]!.start <= GAP) {
      if (!named || named.upTo < cluster.length) named = sponsorWords(ctx, cluster);
      if (ctx.score('adTalk', i) > 0 || ctx.tokens[i]!.some((w) => named!.words.has(w))) s = 0.5;
    }
    if (s === 0) continue;
    if (last !== undefined && units[i]!.start - units[last]!.start > GAP) close();
    if (!cluster.length) {
      if (i >= startBefore) break;
      if (!opens(i)) continue;
    }
    cluster.push(i);
    total += s;
  }
  close();
}

function evidence(ctx: SegmentContext, i: number): number {
  const read = ctx.score('sponsorRead', i);
  const promo = ctx.score('selfPromo', i);
  // A sponsor named at the start of the show, named again in its body, is most likely being read.
  const known = knownNameIn(ctx.units[i]!.lower, ctx.board.sponsorNames) ? 2 : 0;
  const score = read + (read > 0 || known ? promo : promo / 2) + known;
  return score > 0 ? score - ctx.score('sponsorNegative', i) * 2 : 0;
}

function addRead(ctx: SegmentContext, cluster: number[], from: number, limit: number): void {
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
  const lower = text.toLowerCase();
  // Transcription often garbles the name inside the read ("century" for Sentry): the show's one sponsor is the best guess.
  const said = knownNameIn(lower, board.sponsorNames) ?? sponsorNameIn(text);
  const known = (said && sameName(said, board.sponsorNames)) || board.sponsorNames[0];
  const sponsor = known && (spokenSpelling(text, lower, known) ?? known);
  // A long read with a quiet stretch in the middle is still one read.
  const prev = board.reads[board.reads.length - 1];
  if (prev && units[start]!.start - units[prev.end - 1]!.start <= LONG_READ_GAP && (prev.sponsor === sponsor || !handoffBetween(ctx, prev.end, start))) {
    prev.end = Math.min(end, limit);
    return;
  }
  const first = sponsor ? leadIn(ctx, start, sponsor, from) : start;
  board.reads.push({ start: first, end: Math.min(end, limit), ...(sponsor ? { sponsor } : {}) });
}

/**
 * Where a read begins: its first sponsor words may come after the sponsor is first named ("…and I had Rollbar
 * installed, we would know about it right away"), so it starts at the earliest line naming the sponsor, or saying
 * sponsor words, in a chain of such lines each within GAP seconds of the next, after any earlier read and not in
 * the show's opening (`from`), where the sponsor is mentioned rather than read.
 */
function leadIn(ctx: SegmentContext, start: number, sponsor: string, from: number): number {
  const { units, board } = ctx;
  const floor = Math.max(board.reads[board.reads.length - 1]?.end ?? 0, from);
  // One list for every line, so that knownNameIn() compiles the name's pattern once.
  const names = [sponsor];
  let first = start;
  for (let j = start - 1; j >= floor && units[first]!.start - units[j]!.start <= GAP; j--) {
    if (ctx.score('sponsorRead', j) > 0 || knownNameIn(units[j]!.lower, names)) first = j;
  }
  return first;
}

/** The words of the sponsor an open read names that are rare in the show. */
interface SponsorWords {
  words: ReadonlySet<string>;
  /** How many of the read's lines were looked at: Infinity once they named the sponsor, else read again as it grows. */
  upTo: number;
}

/** A name word said in more than this share of the show's lines, and more than a read says it, tells nothing of where a read runs. */
const NAME_WORD_SHARE = 0.02;
const NAME_WORD_READ = 10;

function sponsorWords(ctx: SegmentContext, cluster: readonly number[]): SponsorWords {
  const name = sponsorNameIn(cluster.map((i) => ctx.units[i]!.text).join(' '));
  const words = new Set(name ? tokens(name.toLowerCase()).filter((w) => !SHOW_WORDS.has(w)) : []);
  const most = Math.max(NAME_WORD_READ, NAME_WORD_SHARE * ctx.units.length);
  for (const w of words) if (ctx.tokens.filter((line) => line.includes(w)).length > most) words.delete(w);
  return { words, upTo: name ? Infinity : cluster.length };
}

/** Words in self-promotion names that the show says throughout. */
const SHOW_WORDS = new Set(['python', 'byte', 'bytes', 'podcast', 'training', 'course']);

function handoffBetween(ctx: SegmentContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.score('handoff', i) >= 2.5) return true;
  return false;
}
