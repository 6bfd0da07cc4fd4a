// Words the search index leaves out: the function words and fillers of speech ("the", "so", "yeah"), which are half
// of what is said. A word said in nearly every record would be a long list in the index that any query touching it
// downloads, and would rank nothing. The search box drops them from queries too (it reads this list from the site's
// `search/skip-words.json`), and shows each hit's own text, so nothing is lost from the excerpts.

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

/** The skip list of a site: the built-in words and the podcast's own. */
export function skipSet(extra: readonly string[] = []): ReadonlySet<string> {
  return new Set([...SKIP_WORDS, ...extra.map(skipForm)].filter(Boolean));
}
