// Vocabulary: tokens, and how much the words change between the windows before and after a point.
import type { Unit } from './units.js';
import { TokenTable } from '../core/tokenTable.js';
import { detached } from '../core/detached.js';

/** Words too common in speech to tell one part of a show from another. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a about above after again against all also am an and any are aren as at be because been before being below between both but by can cannot could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just kind know like lot me more most my no nor not now of off oh okay on once only or other our ours out over own pretty really right same she should so some sort such than that the their theirs them then there these they thing things think this those through to too under until up us very was way we well were what when where which while who whom why will with would yeah yes you your yours going gonna got get go one two say said see thats dont its im ive youre theres lets yep mean actually little bit something want wanna stuff cool nice awesome great good sure super maybe probably people use used using make made much many even still back time also another new first next last let thank thanks item items talk')
    .split(' '),
);

/** Words met so far, by their characters, with what each gives (null: a stop word): speech repeats a few thousand. */
const memo = new TokenTable<string | null>();
const MEMO_WORDS = 200_000;
const MEMO_WORD_LENGTH = 24;

/**
 * Content words of a text: lower case, at least three letters, a plural 's' folded, not a stop word in either form. A word is what
 * /[a-z][a-z0-9+#]{2,}/g matches: in each run of those characters, from its first letter to its end. A word met before
 * is found by its characters and given as the same string, with no slice made (0.26 s against 0.45 s with the regular
 * expression's match() for the archive's 276,000 lines, which also made each word a new string to hash in every map).
 */
export function tokens(lower: string): string[] {
  const out: string[] = [];
  const n = lower.length;
  for (let i = 0; i < n; ) {
    let c = lower.charCodeAt(i);
    if (!inWord(c)) {
      i++;
      continue;
    }
    let first = -1;
    let hash = 0;
    do {
      if (first < 0 && c >= 97 && c <= 122) first = i;
      if (first >= 0) hash = (Math.imul(hash, 31) + c) | 0;
      i++;
    } while (i < n && inWord((c = lower.charCodeAt(i))));
    if (first < 0 || i - first < 3) continue;
    const short = i - first <= MEMO_WORD_LENGTH;
    let w = short ? memo.find(lower, first, i, hash) : undefined;
    if (w === undefined) {
      w = contentWord(lower.slice(first, i));
      // Kept as a copy: a slice of the line would keep the whole line alive with the table.
      if (short && memo.size < MEMO_WORDS) memo.add(lower, first, i, hash, (w = w && detached(w)));
    }
    if (w !== null) out.push(w);
  }
  return out;
}

function inWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 35; // a-z 0-9 + #
}

/** The word as the segmenter counts it, or null for a stop word. */
function contentWord(w: string): string | null {
  const folded = w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  return STOP_WORDS.has(w) || STOP_WORDS.has(folded) ? null : folded;
}

/**
 * For each window length, and each unit, how different the vocabulary of the `window` seconds before it is from the
 * `window` seconds after it (1 − cosine similarity). The words are numbered once for all the windows; each window is
 * one pass with running counts, so the whole is linear in the transcript.
 */
export function vocabularyShifts(units: readonly Unit[], unitTokens: readonly string[][], windows: readonly number[]): number[][] {
  // Words numbered, so the running counts are arrays rather than maps of words (each token is counted in and out of
  // both windows). The sums are of whole numbers, so they come out exactly as they would with maps.
  const numbers = new Map<string, number>();
  const unitWords = unitTokens.map((words) => {
    const out = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      let id = numbers.get(words[k]!);
      if (id === undefined) numbers.set(words[k]!, (id = numbers.size));
      out[k] = id;
    }
    return out;
  });
  return windows.map((window) => shiftOver(units, unitWords, numbers.size, window));
}

/** The vocabulary shift of each unit over one window length (see vocabularyShifts). */
function shiftOver(units: readonly Unit[], unitWords: readonly Int32Array[], words: number, window: number): number[] {
  const n = units.length;
  const shift = new Array<number>(n).fill(0);
  const before = new Int32Array(words);
  const after = new Int32Array(words);
  let dot = 0;
  let normB = 0;
  let normA = 0;
  // Counts of word w change by delta in the before-window (or the after-window), with the sums kept up to date.
  const inBefore = (w: number, delta: number) => {
    const c = before[w]!;
    normB += (c + delta) * (c + delta) - c * c;
    dot += delta * after[w]!;
    before[w] = c + delta;
  };
  const inAfter = (w: number, delta: number) => {
    const c = after[w]!;
    normA += (c + delta) * (c + delta) - c * c;
    dot += delta * before[w]!;
    after[w] = c + delta;
  };
  // Window [lo, i) before unit i and [i, hi) after it.
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    const t = units[i]!.start;
    while (hi < n && units[hi]!.start < t + window) {
      for (const w of unitWords[hi]!) inAfter(w, 1);
      hi++;
    }
    while (lo < i && units[lo]!.start < t - window) {
      for (const w of unitWords[lo]!) inBefore(w, -1);
      lo++;
    }
    shift[i] = normA > 0 && normB > 0 ? 1 - dot / Math.sqrt(normA * normB) : 0;
    // Unit i moves from the after-window to the before-window.
    for (const w of unitWords[i]!) {
      inAfter(w, -1);
      inBefore(w, 1);
    }
  }
  return shift;
}
