// A topic title drafted from its first minute: "an article called Our Journey to Type Checking 4 Million Lines of Python".

const CALLED = /\b((?:an?|the|this) (?:article|project|package|library|tool|post|blog post|video|paper|talk|book|course|site|website|module|framework|thing|app|extension|plugin|pep|proposal|release)s? (?:called|named|titled|entitled)) ([^.?!;]{3,90})/i;
const ABOUT = /\b(?:talk about|tell you about|talk a (?:little )?bit about|cover|covering|share) ([^.?!;,]{3,70})/i;

export function draftTitle(text: string, keywords: readonly string[]): string {
  const called = CALLED.exec(text);
  if (called) return tidy(`${called[1]} ${cut(called[2]!, 12)}`);
  const about = ABOUT.exec(text);
  if (about && !/^(?:it|that|this|them|something|some|a few|what)\b/i.test(about[1]!)) return tidy(cut(about[1]!, 10));
  if (keywords.length) return keywords.slice(0, 4).join(', ');
  return 'Untitled topic';
}

function cut(text: string, words: number): string {
  return text.split(/\s+/).slice(0, words).join(' ');
}

function tidy(text: string): string {
  const t = text.replace(/\s+/g, ' ').replace(/[\s,:-]+$/, '').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}
