// A new episode's index.md drafted from its transcript: front matter from the intro, notes from the segments.
import type { Podcast } from '../core/episode.js';
import type { Segmentation, Transcript } from '../core/types.js';
import { formatHms } from '../core/time.js';
import { introFacts } from './introFacts.js';
import { matchSpeakers } from './matchSpeakers.js';

export interface DraftInput {
  transcript: Transcript;
  segmentation: Segmentation;
  podcast: Podcast;
  /** Notes written by hand, used as the body instead of a draft. */
  notes?: string;
  title?: string;
  number?: number;
  date?: string;
  /** Marks the episode `draft: true`, so that a build leaves it out until someone has read it through. */
  draft?: boolean;
}

export interface Draft {
  number?: number;
  date?: string;
  title: string;
  indexMd: string;
}

export function draftEpisode(input: DraftInput): Draft {
  const { transcript, segmentation, podcast } = input;
  const facts = introFacts(transcript.turns);
  const number = input.number ?? facts.number;
  const date = input.date ?? facts.date;
  const topics = segmentation.segments.filter((s) => s.kind === 'topic');
  const title = input.title ?? (number !== undefined ? `Episode ${number}` : topics[0]?.title ?? 'New episode');
  const labels = new Set(transcript.turns.map((t) => t.speaker).filter((s): s is string => !!s));
  const speakers = matchSpeakers(labels, podcast.people);
  const last = transcript.turns[transcript.turns.length - 1];
  const fm: string[] = ['---', `title: ${yamlString(title)}`, `date: ${date ?? '# fill in: YYYY-MM-DD'}`];
  if (number !== undefined) fm.push(`number: ${number}`);
  if (input.draft) fm.push('draft: true   # shownotes build leaves the episode out until this line goes');
  if (last) fm.push(`duration: "${formatHms(last.end)}"`);
  if (labels.size) {
    fm.push('speakers:');
    for (const l of [...labels].sort()) fm.push(`  ${yamlString(l)}: ${speakers.get(l) ?? yamlString(l)}`);
  }
  fm.push('---');
  const body = input.notes ?? draftNotes(segmentation);
  return { ...(number !== undefined ? { number } : {}), ...(date ? { date } : {}), title, indexMd: `${fm.join('\n')}\n${body.endsWith('\n') ? body : `${body}\n`}` };
}

/** One heading per topic with its drafted title and the links spoken in it, then the sponsor, extras and joke. */
export function draftNotes(seg: Segmentation): string {
  const out: string[] = [];
  for (const s of seg.segments) {
    if (s.kind === 'intro' || s.kind === 'outro') continue;
    const heading = s.kind === 'topic' ? s.title ?? 'Topic' : s.kind === 'sponsor' ? `Sponsored by ${s.sponsor ?? 'our sponsor'}` : s.kind === 'extras' ? 'Extras' : 'Joke';
    out.push(`## ${heading}`, '');
    const links = (s.links ?? []).filter((l) => /^https?:/.test(l.url));
    for (const l of links) out.push(`- [${l.text ?? l.url}](${l.url})`);
    if (links.length) out.push('');
  }
  return out.join('\n');
}

function yamlString(s: string): string {
  return /^[\w .,'-]+$/.test(s) && !/^[\d.-]/.test(s) && !/:\s|^(?:true|false|null|yes|no)$/i.test(s) ? s : JSON.stringify(s);
}
