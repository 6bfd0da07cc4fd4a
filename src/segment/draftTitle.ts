// A topic title drafted from its first minute: "an article called Our Journey to Type Checking 4 Million Lines of Python".

const CALLED = /\b((?:an?|the|this) (?:article|project|package|library|tool|post|blog post|video|paper|talk|book|course|site|website|module|framework|thing|app|extension|plugin|pep|proposal|release)s? (?:called|named|titled|entitled)) ([^.?!;]{3,90})/i;
const ABOUT = /\b(?:talk about|tell you about|talk a (?:little )?bit about|cover|covering|share) ([^.?!;,]{3,70})/i;

/**
 * `text`: the topic's first minute and a half. `keywords`: its most telling words as the segmenter counts them (lower
 * case, a plural folded), written as the whole stretch `spoken` says them most often ("dictionarie" → "dictionaries",
 * "javascript" → "JavaScript") when nothing in `text` names the topic.
 */
export function draftTitle(text: string, keywords: readonly string[], spoken = text): string {
  const called = CALLED.exec(text);
  if (called) return tidy(`${called[1]} ${cut(called[2]!, 12)}`);
  const about = ABOUT.exec(text);
  if (about && !/^(?:it|that|this|them|something|some|a few|what)\b/i.test(about[1]!)) return tidy(cut(about[1]!, 10));
  if (keywords.length) return tidy(keywords.slice(0, 4).map((k) => asSpoken(k, spoken)).join(', '));
  return 'Untitled topic';
}

/** The form of a keyword the text uses most, the keyword itself or it with a plural "s"; the keyword if it has none. */
function asSpoken(keyword: string, text: string): string {
  const forms = new Map<string, number>();
  const escaped = keyword.replace(/\+/g, '\\+');
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}s?(?![\\p{L}\\p{N}+#])`, 'giu'))) forms.set(m[0], (forms.get(m[0]) ?? 0) + 1);
  let best = keyword;
  let most = 0;
  for (const [form, n] of forms) if (n > most) [best, most] = [form, n];
  return best;
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
