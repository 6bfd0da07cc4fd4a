// Words the search index leaves out: the function words and fillers of speech ("the", "so", "yeah"), which are half
// of what is said. Pagefind keeps every position of every word and cuts its index into chunks of about 20,000
// positions, so a very common word makes the chunk it falls in several times larger than the rest, and a query that
// touches it downloads that. Without them a first search stays small. The search box drops them from queries too
// (it reads this list from the site's `search/skip-words.json`), and shows each hit's own text, so nothing is lost
// from the excerpts.

/** Built in: English function words and the fillers of conversation. A podcast adds its own in podcast.yaml. */
export const SKIP_WORDS: readonly string[] = [
  ...'a an the and or but so if then than as of to in on at by for with from into onto about over out up off'.split(' '),
  ...'i me my we us our you your he him his she her it its they them their this that these those there here'.split(' '),
  ...'is am are was were be been being do does did doing have has had having will would can could should might must'.split(' '),
  ...'not no yes yeah yep oh okay ok um uh hmm ah like just really actually basically pretty very too also even still'.split(' '),
  ...'what which who when where why how all any some more most other such only own same now well right sure'.split(' '),
  ...'know think kind lot thing things stuff gonna wanna kinda get got going say said'.split(' '),
  ...["it's", "that's", "i'm", "don't", "there's", "you're", "let's", "doesn't", "didn't", "i've", "i'll", "we're", "they're", "you've"],
  ...["isn't", "can't", "won't", "he's", "she's", "what's", "here's", "wasn't", "aren't", "couldn't", "wouldn't", "i'd", "you'll", "we've", "they've", "we'll"],
];

/** A word as the skip list spells it: lower case, straight apostrophes, no punctuation around it. */
export function skipForm(word: string): string {
  // Most words of a transcript are plain lower-case ASCII, which is already their form.
  let plain = word.length > 0;
  for (let i = 0; i < word.length && plain; i++) {
    const c = word.charCodeAt(i);
    plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c === 39 && i > 0 && i < word.length - 1);
  }
  if (plain) return word;
  return word.toLowerCase().replace(/’/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Text Pagefind keeps but does not index: its UTF-8 bytes as Braille patterns (U+2800 + byte), symbols that hold
 * no letter or digit, so Pagefind's tokenizer makes no word of them (it still counts a word position for each
 * space-separated token). The search box turns them back into text (`site.js`, `shown`).
 */
export function hideText(text: string): string {
  // Spread into fromCharCode below: a token that long (a blob with no spaces) goes the slow way instead.
  if (text.length > 4096) return hideBytes(text);
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return hideBytes(text);
    codes.push(BRAILLE + c);
  }
  return String.fromCharCode(...codes);
}

function hideBytes(text: string): string {
  let out = '';
  for (const byte of ENCODER.encode(text)) out += String.fromCharCode(BRAILLE + byte);
  return out;
}

const ENCODER = new TextEncoder();
const BRAILLE = 0x2800;

/**
 * The content Pagefind indexes: every token of `text` in order, its skip words (and tokens with no letter or digit)
 * hidden, so the excerpts keep them and the index does not. `words` counts every token, hidden or not, which is
 * how Pagefind numbers its word positions.
 */
export function indexedText(text: string, skip: ReadonlySet<string>): { text: string; words: number } {
  const out: string[] = [];
  const seen = tokensOf(skip);
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    let shown = seen.get(token);
    if (shown === undefined) {
      const form = skipForm(token);
      shown = !form || skip.has(form) ? hideText(token) : token;
      // Speech repeats the same few thousand tokens: each is looked at once. Long ones are rarely said twice.
      if (token.length <= MEMO_LENGTH && seen.size < MEMO_TOKENS) seen.set(token, shown);
    }
    out.push(shown);
  }
  return { text: out.join(' '), words: out.length };
}

/** What each token of a skip list's texts became, kept with the list (it lasts as long as the site's context). */
const memos = new WeakMap<ReadonlySet<string>, Map<string, string>>();
const MEMO_LENGTH = 24;
const MEMO_TOKENS = 50_000;

function tokensOf(skip: ReadonlySet<string>): Map<string, string> {
  let memo = memos.get(skip);
  if (!memo) memos.set(skip, (memo = new Map()));
  return memo;
}

/** The skip list of a site: the built-in words and the podcast's own. */
export function skipSet(extra: readonly string[] = []): ReadonlySet<string> {
  return new Set([...SKIP_WORDS, ...extra.map(skipForm)].filter(Boolean));
}
