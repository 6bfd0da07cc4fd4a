// Each notes item as weighted words: its title counts most, then its links' words, then its bullets.
import type { NotesItem } from '../notes/types.js';
import { tokens } from '../segment/lexical.js';
import { normalize } from '../segment/units.js';

export function itemVocabulary(item: NotesItem): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (text: string, w: number) => {
    for (const t of tokens(normalize(text))) weights.set(t, Math.max(weights.get(t) ?? 0, w));
  };
  add(item.text, 1);
  for (const l of item.links) add(`${l.text} ${urlWords(l.url)}`, 2);
  add(item.title, 3);
  return weights;
}

/** "https://github.com/encode/orm" → "github encode orm" (scheme, www and TLDs dropped). */
function urlWords(url: string): string {
  return url
    .replace(/^[a-z]+:\/\/(?:www\.)?/i, '')
    .replace(/\.(?:com|org|net|io|html?|php|md)\b/gi, ' ')
    .replace(/[/._#?=&-]+/g, ' ');
}
