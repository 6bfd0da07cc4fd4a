// Reads the show notes' items: topics (`## Title` or `**Brian #1:** [Title](url)`), the sponsor, extras and joke parts.
import type { NotesItem, NotesItemKind } from './types.js';
import { plainLine } from './inlineMarkdown.js';

/** A word of a presenter's name, in any script ("Laís", "Łukasz"), and one that starts with a capital. */
const NAME_WORD = String.raw`\p{L}[\p{L}\p{M}\d_'.-]{0,30}`;
const NAME = String.raw`\p{Lu}[\p{L}\p{M}\d_'.-]{0,30}`;
/** `Brian #1: Title`, `Brain #1 Title`, `Topic #0: Title`, `#3: Title` once emphasis and links are gone. */
const NUMBERED = new RegExp(String.raw`^(?:(${NAME_WORD}(?: ${NAME})?)\s*)?#\s?(\d{1,3})\b\s*[:.)-]?\s*(.*)$`, 'u');
/** `#1 Brain: Title`: the number first, then the presenter. */
const NUMBER_FIRST = new RegExp(String.raw`^#\s?(\d{1,3})\s+(${NAME}):\s*(.*)$`, 'u');
/** `Michael #4: [title](url)` without bold, or with the name outside it. */
const LOOSE_NUMBERED = new RegExp(String.raw`^\s{0,3}${NAME}(?: ${NAME})? #\d{1,3}\b`, 'u');
/** `#1 (Brian): Title`: the presenter in parentheses after the number. */
const PRESENTER_IN_PARENS = new RegExp(String.raw`^\((${NAME})\)\s*:?\s*(.*)$`, 'u');

/** A line that says it is the sponsor's, in any form: `Sponsored by Datadog`, `This episode is brought to you by …`. */
const SPONSORED_BY = String.raw`sponsored(?: by\b|:)|this episode (?:is|was) (?:sponsored|brought to you) by\b`;
const SPONSOR_LINE = new RegExp(String.raw`^\s{0,3}(?:${SPONSORED_BY})`, 'i');

/** Section names that are not topics, in the order they are tried. */
const SECTIONS: readonly { kind: NotesItemKind | 'skip'; pattern: RegExp }[] = [
  { kind: 'sponsor', pattern: new RegExp(String.raw`^(?:${SPONSORED_BY}|sponsors?\b|brought to you by)`, 'i') },
  { kind: 'extras', pattern: /^(?:extras?\b|other news|our (?:personal )?news|personal news|bonus items?)/i },
  { kind: 'joke', pattern: /^(?:jokes?\b|a joke|joke of the (?:week|episode))/i },
  { kind: 'skip', pattern: /^(?:connect with|join us|special guests?|news items|show notes|show intro|about the show|links|python bytes (?:episode )?\d+|pb \d+|episode \d+|michael|brian|sponsorship slots)\b/i },
];

/** A plain line that opens the extras or the joke part: `Extras:`, `Jokes!`, `Joke: [Killer robots](…)`, `Extras and our news:`. */
const PLAIN_PART = /^\s{0,3}(?:extras?|jokes?)(?:\s*[:!]|\s*$|\s+(?:and|\()[^:]{0,60}:)/i;

export function parseNotes(body: string): NotesItem[] {
  return readNotes(body).items;
}

/**
 * The notes' items, and the line (1-based, in the body) of a code fence that is never closed: markdown renders all that
 * follows it as code, and no item after it is seen.
 */
export function parseNotesChecked(body: string): { items: NotesItem[]; unclosedFence?: number } {
  const { items, unclosedFence } = readNotes(body);
  return unclosedFence === undefined ? { items } : { items, unclosedFence };
}

/** The episode's title as the notes' own title heading gives it ("# #483: Thanks Brian" → "Thanks Brian"), if they have one. */
export function notesTitle(body: string): string | undefined {
  const title = readNotes(body).title?.title.replace(/^\\?#?\s?\d{1,4}\s*[:.)-]\s*/, '').trim();
  return title && /\p{L}{3}/u.test(title) ? title : undefined;
}

interface NotesRead {
  items: NotesItem[];
  title?: NotesItem;
  unclosedFence?: number;
}

/**
 * The notes read line by line. A code fence that is never closed is reported, and the notes are read again as if it
 * were a plain line: the items after it are what the author meant, though the page shows them as code.
 */
function readNotes(body: string): NotesRead {
  const lines = body.split('\n');
  const ignored = new Set<number>();
  let first: number | undefined;
  for (;;) {
    const read = readLines(lines, ignored);
    if (read.unclosedFence === undefined) return first === undefined ? read : { ...read, unclosedFence: first };
    first ??= read.unclosedFence;
    ignored.add(read.unclosedFence - 1);
  }
}

/** One pass over the lines; the fence openers at `ignored` (0-based) are read as plain lines. */
function readLines(lines: readonly string[], ignored: ReadonlySet<number>): NotesRead {
  const items: NotesItem[] = [];
  let current: NotesItem | null = null;
  let inFence = false;
  let fenceLine = 0;
  let fenceMark = '';
  // A first heading of level 1 with only deeper ones after it names the episode ("# #483: Thanks Brian"), not a topic.
  let titleHeading: NotesItem | null = null;
  let seenHead = false;
  let levelOnes = 0;
  let currentLevel = 0;
  lines.forEach((raw, i) => {
    const opened = inFence || ignored.has(i) ? '' : opensFence(raw);
    const fence = inFence ? closesFence(raw, fenceMark) : !!opened;
    if (fence) {
      inFence = !inFence;
      if (inFence) [fenceLine, fenceMark] = [i + 1, opened];
    }
    if (inFence || fence) {
      if (current) current.text += ' ' + raw;
      return;
    }
    const level = /^\s{0,3}(#{1,6})\s/.exec(raw)?.[1]!.length ?? 0;
    const head = readHead(raw, level > 0);
    // A plain heading under the extras, the joke or the sponsor part is part of it ("## Extras", then "### Calvin:"),
    // and so is a bold link line under the extras or the joke ("Joke:", then "[**Language essays comic**](…)").
    const subHeading =
      head?.kind === 'topic' && head.plain && current && current.kind !== 'topic' &&
      (level > 0 ? currentLevel > 0 && level > currentLevel : current.kind !== 'sponsor');
    if (head && !subHeading) {
      current = head.kind === 'skip' ? null : { ...head.item, line: i + 1 };
      if (current) items.push(current);
      currentLevel = level;
      if (level === 1) {
        if (!seenHead && current) titleHeading = current;
        levelOnes++;
      }
      seenHead = true;
      return;
    }
    if (current && raw.trim()) {
      const p = plainLine(raw.replace(/^\s*(?:[-*+]|\d+\.)\s+/, ''));
      current.text += ' ' + p.text;
      for (const l of p.links) if (!current.links.some((x) => x.url === l.url)) current.links.push(l);
    }
  });
  const unclosed = inFence ? { unclosedFence: fenceLine } : {};
  if (titleHeading && levelOnes === 1 && items.length > 1) {
    items.splice(items.indexOf(titleHeading), 1);
    return { items, title: titleHeading, ...unclosed };
  }
  return { items, ...unclosed };
}

/**
 * A line that opens a code block, as markdown reads it: three or more backticks or tildes, at the start of the line or
 * of a list item ("- ```"), and for backticks no backtick after them ("```x()```" is inline code). The fence, or ''.
 */
function opensFence(raw: string): string {
  const m = /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)*(`{3,}|~{3,})(.*)$/.exec(raw);
  return m && !(m[1]![0] === '`' && m[2]!.includes('`')) ? m[1]! : '';
}

/** A line that closes the code block `mark` opened: the same character, at least as many, and nothing after. */
function closesFence(raw: string, mark: string): boolean {
  const m = /^\s*(`{3,}|~{3,})\s*$/.exec(raw);
  return !!m && m[1]![0] === mark[0] && m[1]!.length >= mark.length;
}

/** `plain`: a heading or a bold link line that is a topic only for its form (not numbered, not a named part). */
type Head = { kind: 'skip' } | { kind: NotesItemKind; item: Omit<NotesItem, 'line'>; plain?: true };

/** A line that starts an item: a heading (`isHeading`, an ATX heading line), a bold line or a numbered item line. */
function readHead(raw: string, isHeading: boolean): Head | null {
  const isBold = /^\s{0,3}(?:\*\*|__)/.test(raw) || /^\s{0,3}\[\*\*/.test(raw);
  // `Thomas **#3:** **pyfakefs**`: a guest's name left outside the bold counts too.
  const loose = LOOSE_NUMBERED.test(raw.replace(/\*\*|__/g, ''));
  const sponsorLine = SPONSOR_LINE.test(raw);
  if (!isHeading && !isBold && !loose && !sponsorLine && !PLAIN_PART.test(raw)) return null;
  const { text, links } = plainLine(raw.replace(/^\s{0,3}#{1,6}\s+/, ''));
  if (!text) return null;
  const first = NUMBER_FIRST.exec(text);
  const numbered = first ? [first[0], first[2], first[1], first[3]] : NUMBERED.exec(text);
  if (numbered && (isHeading || isBold || loose)) {
    const inParens = numbered[1] ? null : PRESENTER_IN_PARENS.exec(numbered[3]!);
    const title = cleanTitle(inParens ? inParens[2]! : numbered[3]!, links);
    const presenter = inParens ? inParens[1] : numbered[1] && !/^topic$/i.test(numbered[1]) ? numbered[1] : undefined;
    return { kind: 'topic', item: { kind: 'topic', n: Number(numbered[2]), presenter, title, links, text: title } };
  }
  for (const s of SECTIONS) {
    if (s.pattern.test(text)) {
      if (s.kind === 'skip') return isHeading || wholeLineBold(raw) ? { kind: 'skip' } : null;
      const title = text.replace(/[:\s]+$/, '');
      return { kind: s.kind, item: { kind: s.kind, title, links, text } };
    }
  }
  // A plain heading (`## Title`) is a topic; a bold line is a topic only when it is a whole-line bold link
  // (the oldest notes list items as `[**Title**](url)` paragraphs).
  if (isHeading) return { kind: 'topic', item: { kind: 'topic', title: cleanTitle(text, links), links, text }, plain: true };
  if (/^\s{0,3}\[\*\*[^\]]+\*\*\]\([^)]+\)\s*(?:via .*)?$/.test(raw)) {
    return { kind: 'topic', item: { kind: 'topic', title: cleanTitle(text, links), links, text }, plain: true };
  }
  return null;
}

function wholeLineBold(raw: string): boolean {
  return /^\s*\*\*[^*]+\*\*\s*:?\s*$/.test(raw);
}

function cleanTitle(text: string, links: { text: string }[]): string {
  const t = text.replace(/^[\s:.)-]+|[\s:]+$/g, '');
  // A bare link for a title reads better without its scheme: "github.com/facebook/Lifeguard".
  if (/^https?:\/\/\S+$/i.test(t)) return t.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '');
  if (t) return t;
  return links[0]?.text ?? '';
}
