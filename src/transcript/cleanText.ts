// Caption markup to plain text: tags dropped, entities decoded, white space folded.

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '',
};

export function decodeEntities(text: string): string {
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
  return text.replace(/<\/?(?:(?:c|i|b|u|ruby|rt|v|lang)(?:\.[^<>\s]*)?(?:[ \t][^<>]*)?|\d[\d:.]*)>/gi, '');
}

export function foldSpace(text: string): string {
  // Only runs other than one plain space are replaced: replacing every space (/\s+/g) rebuilt each string in full.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}
