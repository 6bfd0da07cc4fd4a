// How text becomes the search index's terms. The search box does the same to queries and excerpts (site.js, the
// functions of the same names): a change here is a change there.
//
// A record's text is split at white space into tokens, numbered from 0: the positions that the turn list of a
// record counts in (render/outputs/searchRecords.ts). A token gives the words in it, in lower case ("Sub-interpreters,"
// gives "sub" and "interpreters"), minus skip words; each word is folded ("allocators" and "allocator's" to "allocator").

/** The tokens of a text: what a word position counts. */
export function tokensOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** The terms of one token, skip words left out. */
export function termsOf(token: string, skip: ReadonlySet<string>): string[] {
  if (plainWord(token)) return skip.has(token) ? [] : [fold(token)];
  const out: string[] = [];
  for (const m of token.toLowerCase().replace(/\u2019/g, "'").matchAll(WORD)) {
    if (!skip.has(m[0])) out.push(fold(m[0]));
  }
  return out;
}

/** Lower-case ASCII letters and digits only: most tokens of speech, one word as they are. */
function plainWord(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return token.length > 0;
}

/** A word as the index keeps it: no possessive, no plural s ("allocators" → "allocator", "class" stays). */
export function fold(word: string): string {
  const w = word.endsWith("'s") ? word.slice(0, -2) : word;
  return w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w;
}
