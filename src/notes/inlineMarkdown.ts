// Just enough inline markdown to read a heading line: links taken out, emphasis dropped.
import type { NotesLink } from './types.js';

const LINK = /\[([^\]\n]{0,500})\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+"[^"\n]{0,300}")?\s*\)/g;
const BARE_URL = /\bhttps?:\/\/[^\s)<>\]]+/g;

export interface PlainLine {
  text: string;
  links: NotesLink[];
}

export function plainLine(line: string): PlainLine {
  const links: NotesLink[] = [];
  let text = line.replace(LINK, (_, label: string, url: string) => {
    const clean = stripEmphasis(label);
    links.push({ url, text: clean });
    return clean;
  });
  for (const m of text.matchAll(BARE_URL)) {
    if (!links.some((l) => l.url === m[0])) links.push({ url: m[0], text: m[0] });
  }
  text = stripEmphasis(text);
  return { text, links };
}

export function stripEmphasis(text: string): string {
  return text.replace(/\*\*|__|`/g, '').replace(/(^|\s)[*_](\S)/g, '$1$2').replace(/\s+/g, ' ').trim();
}
