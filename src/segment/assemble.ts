// The board's findings, as an ordered list of segments covering the show from start to end.
import type { Segment, SegmentKind, SegmentLink, Segmentation } from '../core/types.js';
import type { NotesItem } from '../notes/types.js';
import type { SegmentContext } from './context.js';
import { draftTitle } from './draftTitle.js';
import { sponsorTitle } from '../core/sponsorTitle.js';
import { hostOf } from './spokenLinks.js';

interface Start {
  kind: SegmentKind;
  unit: number;
  sponsor?: string;
  item?: NotesItem;
}

export function assemble(ctx: SegmentContext): Segmentation {
  const { units, board, duration } = ctx;
  if (units.length === 0) return { segments: [], mentions: [] };
  const starts: Start[] = [];
  if (board.preroll) starts.push({ kind: 'sponsor', unit: 0, sponsor: board.preroll.sponsor });
  starts.push({ kind: 'intro', unit: board.introStart });
  board.topics.forEach((t, k) => starts.push({ kind: 'topic', unit: t, item: board.topicItems?.[k] }));
  for (const r of board.reads) starts.push({ kind: 'sponsor', unit: r.start, sponsor: r.sponsor });
  if (board.extras !== undefined) starts.push({ kind: 'extras', unit: board.extras });
  if (board.joke !== undefined) starts.push({ kind: 'joke', unit: board.joke });
  if (board.outro !== undefined) starts.push({ kind: 'outro', unit: board.outro });
  starts.sort((a, b) => a.unit - b.unit || order(a.kind) - order(b.kind));
  // One segment per unit: a later finding at the same unit gives way.
  const unique = starts.filter((s, i) => i === 0 || s.unit !== starts[i - 1]!.unit);

  const segments: Segment[] = unique.map((s, i) => {
    const next = unique[i + 1];
    const start = units[s.unit]!.start;
    const end = next ? units[next.unit]!.start : Math.max(duration, start);
    const seg: Segment = { kind: s.kind, start, end };
    if (s.sponsor) seg.sponsor = s.sponsor;
    if (s.kind === 'sponsor') seg.title = sponsorTitle(s.sponsor);
    return seg;
  });
  // Links heard in the transcript, for the notes' links to be timed by; published on their own only where the notes
  // link to that site too (or give no links at all): a transcriber's guess at a name it heard is no link to publish.
  const noted = new Set((ctx.notes ?? []).flatMap((item) => item.links.map((l) => hostOf(l.url))));
  const heard = noted.size ? ctx.spokenLinks.filter((l) => noted.has(hostOf(l.url))) : ctx.spokenLinks;
  let position = 0;
  segments.forEach((seg, i) => {
    const item = unique[i]!.item ?? (seg.kind === 'topic' ? undefined : sectionItem(ctx, seg.kind));
    const spoken = heard.filter((l) => l.at! >= seg.start && l.at! < seg.end);
    const links = [...(item?.links ?? []).map((l) => ({ url: l.url, text: l.text, at: spokenAt(spoken, l.url) })), ...spoken];
    if (links.length) seg.links = dedupeLinks(links);
    if (seg.kind === 'topic') {
      position++;
      seg.n = item?.n ?? position;
      seg.title = item?.title || topicTitle(ctx, seg.start, seg.end);
      const presenter = item?.presenter ?? mainSpeaker(ctx, seg.start, seg.end);
      if (presenter) seg.presenter = presenter;
    } else if (!seg.title) {
      seg.title = TITLES[seg.kind];
    }
  });
  return { segments, mentions: board.mentions };
}

/** The notes' sponsor, extras or joke part, when the notes have one. */
function sectionItem(ctx: SegmentContext, kind: SegmentKind): NotesItem | undefined {
  return ctx.notes?.find((i) => i.kind === kind);
}

/** When a notes link was also said aloud in the segment, the time it was said. */
function spokenAt(spoken: readonly SegmentLink[], url: string): number | undefined {
  const host = hostOf(url);
  return spoken.find((s) => host && hostOf(s.url) === host && pathOf(s.url).startsWith(pathOf(url).slice(0, 12)))?.at;
}

function pathOf(url: string): string {
  return url.replace(/^[a-z]+:\/\/[^/]+/i, '').toLowerCase();
}

function dedupeLinks(links: SegmentLink[]): SegmentLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = l.url.replace(/\/+$/, '').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((l) => (l.at === undefined ? { url: l.url, text: l.text } : l));
}

const TITLES: Record<SegmentKind, string> = {
  intro: 'Intro', topic: 'Topic', sponsor: 'Sponsor', extras: 'Extras', joke: 'Joke', outro: 'Outro',
};

function order(kind: SegmentKind): number {
  return ['sponsor', 'intro', 'topic', 'extras', 'joke', 'outro'].indexOf(kind);
}

function topicTitle(ctx: SegmentContext, start: number, end: number): string {
  const i0 = ctx.at(start);
  const i1 = ctx.at(Math.min(end, start + 90));
  const i2 = ctx.at(end);
  const text = ctx.units.slice(i0, Math.max(i1, i0 + 1)).map((u) => u.text).join(' ');
  return draftTitle(text, keywords(ctx, i0, i2), ctx.units.slice(i0, Math.max(i2, i0 + 1)));
}

/** The most frequent content words of a stretch that are rare in the rest of the show. */
function keywords(ctx: SegmentContext, from: number, to: number): string[] {
  const inside = new Map<string, number>();
  const all = new Map<string, number>();
  ctx.tokens.forEach((ts, i) => {
    for (const w of ts) {
      all.set(w, (all.get(w) ?? 0) + 1);
      if (i >= from && i < to) inside.set(w, (inside.get(w) ?? 0) + 1);
    }
  });
  return [...inside]
    .filter(([, c]) => c >= 2)
    .map(([w, c]) => [w, c * (c / all.get(w)!)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 4)
    .map(([w]) => w);
}

function mainSpeaker(ctx: SegmentContext, start: number, end: number): string | undefined {
  const talk = new Map<string, number>();
  for (let i = ctx.at(start); i < ctx.units.length && ctx.units[i]!.start < end; i++) {
    const u = ctx.units[i]!;
    if (u.speaker) talk.set(u.speaker, (talk.get(u.speaker) ?? 0) + u.text.length);
  }
  let best: string | undefined;
  let most = 0;
  for (const [s, c] of talk) if (c > most) [best, most] = [s, c];
  return best;
}
