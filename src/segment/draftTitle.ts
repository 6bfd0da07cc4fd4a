// A topic title drafted from its first minute: "an article called Our Journey to Type Checking 4 Million Lines of Python".

const CALLED = /\b((?:an?|the|this) (?:article|project|package|library|tool|post|blog post|video|paper|talk|book|course|site|website|module|framework|thing|app|extension|plugin|pep|proposal|release)s? (?:called|named|titled|entitled)) ([^.?!;]{3,90})/i;
const ABOUT = /\b(?:talk about|tell you about|talk a (?:little )?bit about|cover|covering|share) ([^.?!;,]{3,70})/i;

/** A stretch of speech, and its lower case (of the same length, as units' are but for rare letters). */
export interface Spoken {
  text: string;
  lower: string;
}

/**
 * `text`: the topic's first minute and a half. `keywords`: its most telling words as the segmenter counts them (lower
 * case, a plural folded), written as the whole stretch `spoken` says them most often ("dictionarie" → "dictionaries",
 * "javascript" → "JavaScript") when nothing in `text` names the topic.
 */
export function draftTitle(text: string, keywords: readonly string[], spoken: readonly Spoken[] = [{ text, lower: text.toLowerCase() }]): string {
  const called = CALLED.exec(text);
  if (called) return tidy(`${called[1]} ${cut(called[2]!, 12)}`);
  const about = ABOUT.exec(text);
  // Not "talk about it", "cover something", nor a lone word that only points at the topic ("talk about next").
  if (about && !/^(?:it|that|this|them|something|some|a few|what)\b|^(?:next|first|now|today|here|later|more|again)\s*$/i.test(about[1]!)) return tidy(cut(about[1]!, 10));
  if (keywords.length) return tidy(keywords.slice(0, 4).map((k) => asSpoken(k, spoken)).join(', '));
  return 'Untitled topic';
}

/**
 * The form of a keyword the speech uses most as a whole word, the keyword itself or it with a plural "s"; the keyword
 * if it has none. Found with indexOf in the lower case, read from the text at the same place.
 */
function asSpoken(keyword: string, spoken: readonly Spoken[]): string {
  const forms = new Map<string, number>();
  for (const { text, lower } of spoken) {
    if (lower.length !== text.length) continue;
    for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) {
      if (at > 0 && inWord(lower.charCodeAt(at - 1))) continue;
      let end = at + keyword.length;
      if (lower.charCodeAt(end) === 115 && !inWord(lower.charCodeAt(end + 1))) end++;
      else if (inWord(lower.charCodeAt(end))) continue;
      const form = text.slice(at, end);
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
  }
  let best = keyword;
  let most = 0;
  for (const [form, n] of forms) if (n > most) [best, most] = [form, n];
  return best;
}

/** A letter, a digit, "+" or "#" (NaN, past either end, is none). */
function inWord(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 35;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

function cut(text: string, words: number): string {
  return text.split(/\s+/).slice(0, words).join(' ');
}

/** Words a title does not end on: a cut made in the middle of a phrase ("called pyenv or"). */
const DANGLING = /(?:[\s,:-]+(?:and|or|but|so|the|a|an|of|to|in|on|at|for|with|from|by|that|which|is|was|it|like|um|uh))+[\s,:-]*$/i;

function tidy(text: string): string {
  const t = text.replace(/\s+/g, ' ').replace(DANGLING, '').replace(/[\s,:-]+$/, '').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}
