// What the segment rules share: the units, their cue scores, and the board each rule writes its findings to.
import type { SegmentLink, SponsorMention } from '../core/types.js';
import type { NotesItem } from '../notes/types.js';
import { type CueHit, type CueKind, type CueScore, scoreCues } from './cues.js';
import { tokens, vocabularyShifts } from './lexical.js';
import type { Unit } from './units.js';

export interface SponsorRead {
  start: number; // unit index
  end: number; // unit index (exclusive)
  /** Who the read is for; unknown when neither the notes nor the read name anyone. */
  sponsor?: string;
}

/** Findings, as unit indices. Rules fill them in order; later rules read earlier ones. */
export interface Board {
  introStart: number;
  preroll?: SponsorRead;
  outro?: number;
  joke?: number;
  extras?: number;
  mentions: SponsorMention[];
  sponsorNames: string[];
  reads: SponsorRead[];
  topics: number[];
  /** The notes item of each topic start, when topics were aligned with the show notes. */
  topicItems?: NotesItem[];
}

export interface SegmentContext {
  units: Unit[];
  duration: number;
  tokens: string[][];
  /** Vocabulary change at each unit over 90 s windows (`shift`) and over 180 s windows (`longShift`). */
  shift: number[];
  longShift: number[];
  notes: NotesItem[] | null;
  board: Board;
  score(kind: CueKind, i: number): number;
  hits(kind: CueKind, i: number): readonly CueHit[];
  /** Index of the first unit starting at or after a time. */
  at(seconds: number): number;
  spokenLinks: SegmentLink[];
}

export function createContext(units: Unit[], notes: NotesItem[] | null, spokenLinks: SegmentLink[]): SegmentContext {
  const cache = new Map<CueKind, (CueScore | undefined)[]>();
  const continued = new Array<string | undefined>(units.length);
  const lookup = (kind: CueKind, i: number) => {
    let row = cache.get(kind);
    if (!row) cache.set(kind, (row = new Array(units.length)));
    let v = row[i];
    if (!v) {
      v = cuesStartingIn(kind, units, i, continued);
      if (kind === 'handoff' && addressesSomeone(units[i]!.text)) {
        v = { score: v.score + ADDRESS_WEIGHT, hits: [...v.hits, { kind, name: 'addresses-cohost', weight: ADDRESS_WEIGHT, index: 0 }] };
      }
      row[i] = v;
    }
    return v;
  };
  const toks = units.map((u) => tokens(u.lower));
  const last = units[units.length - 1];
  const [shift, longShift] = vocabularyShifts(units, toks, [90, 180]);
  return {
    units,
    duration: last ? last.end : 0,
    tokens: toks,
    shift: shift!,
    longShift: longShift!,
    notes,
    board: { introStart: 0, mentions: [], sponsorNames: [], reads: [], topics: [] },
    score: (kind, i) => (i >= 0 && i < units.length ? lookup(kind, i).score : 0),
    hits: (kind, i) => (i >= 0 && i < units.length ? lookup(kind, i).hits : []),
    at(seconds) {
      let lo = 0;
      let hi = units.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (units[mid]!.start < seconds) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    spokenLinks,
  };
}

/** How much of the next caption line a cue may run on into: "those are our main" / "topics for the week". */
const RUN_ON = 80;
const SENTENCE_END = /[.?!]["')]*$/;

/**
 * The cues that start in unit i. Captions break lines mid-sentence, so a unit that does not end a sentence is read on
 * into the next line of the same turn, up to that sentence's end; a cue found there belongs to the unit it starts in.
 */
function cuesStartingIn(kind: CueKind, units: readonly Unit[], i: number, continued: (string | undefined)[]): CueScore {
  const own = units[i]!.lower;
  let text = continued[i];
  if (text === undefined) {
    const next = units[i + 1];
    text = own;
    if (next && next.turn === units[i]!.turn && !SENTENCE_END.test(own)) {
      const rest = next.lower.slice(0, RUN_ON);
      const stop = rest.search(/[.?!]/);
      text = `${own} ${stop < 0 ? rest : rest.slice(0, stop + 1)}`;
    }
    continued[i] = text;
  }
  const found = scoreCues(kind, text);
  if (text === own || found.hits.every((h) => h.index < own.length)) return found;
  const hits = found.hits.filter((h) => h.index < own.length);
  return { score: hits.reduce((sum, h) => sum + h.weight, 0), hits };
}

const ADDRESS_WEIGHT = 1;
const NOT_NAMES = new Set(['So', 'Now', 'Yeah', 'Yes', 'No', 'Well', 'Okay', 'Ok', 'OK', 'Right', 'Sure', 'Oh', 'Wow', 'Cool', 'Nice', 'Awesome', 'Thanks', 'Indeed', 'Exactly', 'Anyway', 'Also', 'Actually', 'Again', 'Alright', 'Hey', 'Hi', 'Well', 'Like', 'Um', 'Uh', 'Absolutely', 'Definitely', 'Totally', 'Great', 'Good', 'Interesting', 'Honestly', 'Basically', 'Then', 'But', 'And', 'First', 'Second', 'Finally', 'Plus', 'Sorry', 'Please', 'Correct', 'True', 'Perfect', 'Agreed', 'Anyways', 'Hmm', 'Ah', 'Mm', 'Huh', 'However', 'Though', 'Still', 'Meanwhile', 'Otherwise', 'Therefore', 'Besides', 'Sometimes', 'Instead', 'Yep', 'Yup', 'Nope', 'Wait', 'Look', 'Listen', 'See', 'Fine', 'Man', 'Dude', 'Boy', 'Gosh', 'Geez', 'Whoa', 'Yay', 'Hooray', 'Last', 'Next', 'Today', 'Anyhow', 'Oops', 'Because', 'Sadly']);

/** "So Brian, …", "Now, Michael, …": an utterance that opens by addressing someone by name hands the floor over. */
export function addressesSomeone(text: string): boolean {
  const m = /^(?:[A-Z][a-z']*(?: [a-z']+){0,2}[.!] )?(?:(?:So|Now|And|All right|Alright|Okay|OK|Well|Yeah|Cool|Nice|Awesome)[,.]? )?([A-Z][a-z]{2,15}),? (?=[A-Za-z])/.exec(text);
  // Not "Seriously, …" or "However, …": adverbs and linking words open sentences as names do.
  return !!m && !NOT_NAMES.has(m[1]!) && !m[1]!.endsWith('ly') && /,/.test(text.slice(0, m[0].length + 1));
}

/** A segment rule: one named step that reads the context and writes findings to the board. */
export interface SegmentRule {
  name: string;
  apply(ctx: SegmentContext): void;
}

/** A short "All right." said just before a cue belongs to the part it opens. */
export function backUpToAck(ctx: SegmentContext, i: number): number {
  const prev = ctx.units[i - 1];
  const cur = ctx.units[i];
  if (prev && cur && prev.text.length < 40 && cur.start - prev.start <= 10 && ctx.score('handoff', i - 1) > 0) return i - 1;
  return i;
}
