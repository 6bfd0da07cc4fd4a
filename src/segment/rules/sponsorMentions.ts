// Short sponsor mentions ("this episode is brought to you by Datadog, tell you more later") near the start and end.
import type { SegmentRule } from '../context.js';
import { sponsorNameIn } from '../sponsorName.js';

export const sponsorMentionRule: SegmentRule = {
  name: 'sponsor-mentions',
  apply(ctx) {
    const { units, board } = ctx;
    const introEnd = ctx.at(units[board.introStart]!.start + 150);
    const outroFrom = board.outro ?? units.length;
    for (let i = board.introStart; i < units.length; i++) {
      if (i === introEnd) i = outroFrom;
      if (i >= units.length) break;
      const u = units[i]!;
      if (!/\b(?:brought to you by|sponsored by|sponsor(?:ing|s|ed)?\b|supported by)/.test(u.lower)) continue;
      // "Let's just say thanks to DigitalOcean. They're sponsoring this episode": the name may come the line before.
      const prev = i > board.introStart ? units[i - 1]! : undefined;
      const name = namedIn(u.text, u.lower, board.sponsorNames) ??
        (prev && u.start - prev.start <= 15 ? namedIn(`${prev.text} ${u.text}`, `${prev.lower} ${u.lower}`, board.sponsorNames) : null);
      if (!name) continue;
      board.mentions.push({ sponsor: name, at: u.start });
      if (!board.sponsorNames.includes(name)) board.sponsorNames.push(name);
    }
  },
};

/** The sponsor a passage names, spelled as a known name when it is one; else a known name the passage holds. */
export function namedIn(text: string, lower: string, names: readonly string[]): string | null {
  const said = sponsorNameIn(text);
  return said ? sameName(said, names) : knownNameIn(lower, names);
}

/**
 * A known sponsor name in lower-cased text, as whole words with spaces ignored ("ScoutAPM" finds "scout apm"; "Posit"
 * does not find "position").
 */
export function knownNameIn(lower: string, names: readonly string[]): string | null {
  for (const { name, first, pattern } of namePatterns(names)) {
    // Cheap test first: the name's first three letters must be there at all.
    if (lower.includes(first) && pattern.test(lower)) return name;
  }
  return null;
}

/**
 * How a passage spells a known name when it writes it most often as a proper name spaced otherwise: "Scout APM" for
 * the notes' "ScoutAPM", the brand as the show says it and its transcript writes it. Null when it does not: when it
 * spells it as known as often, in lower case ("digital ocean", the transcriber not knowing the brand), or not at all.
 */
export function spokenSpelling(text: string, lower: string, name: string): string | null {
  // Lower-casing keeps each character's place, but for a few letters ("İ") that this skips.
  if (lower.length !== text.length) return null;
  // Each spelling written as a proper name, and how often: the most frequent wins, the known one on a tie.
  const counts = new Map<string, number>([[name, 0]]);
  for (const m of lower.matchAll(new RegExp(namePattern(name).pattern.source, 'g'))) {
    const said = text.slice(m.index, m.index + m[0].length);
    if (said.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w))) counts.set(said, (counts.get(said) ?? 0) + 1);
  }
  let best = name;
  for (const [said, n] of counts) if (n > counts.get(best)!) best = said;
  return best.split(/\s+/).length !== name.split(/\s+/).length ? best : null;
}

interface NamePattern {
  name: string;
  /** Its first three characters, lower case. */
  first: string;
  /** The name as whole words of lower-cased text, with any white space between its characters. */
  pattern: RegExp;
}

/** The patterns of a list of names, made again when names were added to it (rules add them as they find them). */
const compiled = new WeakMap<readonly string[], NamePattern[]>();
function namePatterns(names: readonly string[]): NamePattern[] {
  let list = compiled.get(names);
  if (!list || list.length !== names.length) {
    list = names.map(namePattern);
    compiled.set(names, list);
  }
  return list;
}

/** One name's pattern (see NamePattern). */
function namePattern(name: string): NamePattern {
  const key = squeezedName(name);
  const chars = [...key].map((c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  return { name, first: key.slice(0, 3), pattern: new RegExp(`(?<![a-z0-9\\u00c0-\\uffff])${chars.join('\\s*')}(?![a-z0-9\\u00c0-\\uffff])`) };
}

/**
 * A name as the known names spell it, when one of them is that name ("Digitalocean" is the notes' "DigitalOcean") or
 * begins with it ("IRL" is the notes' "IRL Podcast from Mozilla").
 */
export function sameName(name: string, names: readonly string[]): string {
  const key = squeezedName(name);
  return spelledAs(names, key) ?? (key.length >= 3 ? names.find((n) => squeezedName(n).startsWith(key)) : undefined) ?? name;
}

/** Whether the names hold this one, however spaced or cased ("Digital Ocean" and "DigitalOcean"). */
export function hasName(names: readonly string[], name: string): boolean {
  return spelledAs(names, squeezedName(name)) !== undefined;
}

/** The name among `names` whose squeezed form is `key`. */
function spelledAs(names: readonly string[], key: string): string | undefined {
  return names.find((n) => squeezedName(n) === key);
}

const squeezedNames = new Map<string, string>();
function squeezedName(name: string): string {
  let s = squeezedNames.get(name);
  if (s === undefined) {
    s = name.toLowerCase().replace(/\s+/g, '');
    squeezedNames.set(name, s);
  }
  return s;
}
