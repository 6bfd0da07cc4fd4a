// Caption markup to plain text: tags dropped, entities decoded, white space folded. Most cue text has no markup and
// its white space is single spaces: each function gives such text back as it is, after one look at its characters
// (about a third of parsing the archive's transcripts went to these regular expressions, mostly finding nothing).
import { isSpace } from '../core/tokenTable.js';

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Drops WebVTT cue tags (<c.x>, <i>, <b>, <u>, <ruby>, <rt>, <lang en>, </v>, <00:01:02.000>).
 * Anything else that looks like a tag ("<div />" in a joke) is text and stays. Voice tags are split before this.
 */
export function stripCueTags(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(/<\/?(?:(?:c|i|b|u|ruby|rt|v|lang)(?:\.[^<>\s]*)?(?:[ \t][^<>]*)?|\d[\d:.]*)>/gi, '');
}

export function foldSpace(text: string): string {
  if (singleSpaced(text)) return text;
  // Only runs other than one plain space are replaced: replacing every space (/\s+/g) rebuilt each string in full.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** No white space but single plain spaces between other characters: what foldSpace() gives back unchanged. */
function singleSpaced(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  let space = true; // at the start, as after a space: a leading space is not single-spaced text
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if ((c <= 32 || c >= 0xa0) && isSpace(c)) {
      return false;
    } else {
      space = false;
    }
  }
  return !space;
}
