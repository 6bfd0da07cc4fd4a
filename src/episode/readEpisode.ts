// An episode's markdown into its metadata, show notes body and notes items. Pure: text in, data and diagnostics out.
import type { Diagnostics } from '../core/diagnostics.js';
import type { Audio, EpisodeMeta, Podcast, Soundbite } from '../core/episode.js';
import type { Person } from '../core/types.js';
import { parseTimecode } from '../core/time.js';
import { episodeFields, episodeSchema, type EpisodeFrontMatter } from '../load/schema.js';
import { keyLine, readFrontMatter } from '../load/readFrontMatter.js';
import { parseNotesChecked } from '../notes/parseNotes.js';
import type { NotesItem } from '../notes/types.js';
import { resolvePerson } from './resolvePeople.js';

/** The front matter read into metadata, and the show notes' markdown after it. */
export interface EpisodeFront {
  meta: EpisodeMeta;
  body: string;
  bodyLine: number;
}

export interface ReadEpisode extends EpisodeFront {
  notes: NotesItem[];
}

export interface EpisodeEnv {
  podcast: Podcast;
  /** Size in bytes of a file under public/, for audio enclosures given as site paths. */
  publicFileSize: (sitePath: string) => number | undefined;
}

const SLUG = /^[a-z0-9][a-z0-9._-]{0,200}$/i;

export function readEpisode(folder: string, text: string, env: EpisodeEnv, diags: Diagnostics): ReadEpisode | null {
  const front = readEpisodeFront(folder, text, env, diags);
  if (!front) return null;
  const { items, unclosedFence } = parseNotesChecked(front.body);
  if (unclosedFence !== undefined) {
    diags.warn('notes-unclosed-fence', 'this code block is never closed, so the page shows the rest of the notes as code; close it with a line of ```', unclosedFence + front.bodyLine - 1, 1);
  }
  return { ...front, notes: items };
}

/** The metadata alone, without the notes' items (all an episode's place in the site needs). */
export function readEpisodeFront(folder: string, text: string, env: EpisodeEnv, diags: Diagnostics): EpisodeFront | null {
  const fm = readFrontMatter(text, episodeSchema, episodeFields, diags);
  if (!fm.data) return null;
  const data: EpisodeFrontMatter = fm.data;
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  const line = (key: string) => keyLine(frontMatter, [key]);

  const slug = data.slug ?? folder;
  if (!SLUG.test(slug) || slug.includes('..')) {
    diags.error('slug-invalid', `slug "${slug}" must be letters, digits, ".", "_" or "-" (no "/" or ".."), so that the page stays inside the site`, line('slug'), 1);
    return null;
  }
  const date = toDate(data.date);
  if (!date) {
    diags.error('date-invalid', `date "${String(data.date)}" is not a date; write it as YYYY-MM-DD (or a full ISO 8601 timestamp)`, line('date'), 1);
    return null;
  }
  let duration: number | undefined;
  if (data.duration !== undefined) {
    const t = secondsOf(data.duration);
    if (t === null) diags.error('duration-invalid', `duration "${data.duration}" is not a time; use seconds or H:MM:SS`, line('duration'), 1);
    else duration = t;
  }
  const people = env.podcast.people;
  const hosts = (data.hosts ?? env.podcast.hosts).map((h) => resolvePerson(h, people, 'host'));
  const guests = (data.guests ?? []).map((g) => resolvePerson(g, people, 'guest'));
  const speakers = new Map<string, Person>();
  for (const [label, who] of Object.entries(data.speakers ?? {})) {
    speakers.set(label, [...hosts, ...guests].find((p) => p.id === who) ?? resolvePerson(who, people));
  }
  const overrides = [];
  for (const [i, s] of (data.segments ?? []).entries()) {
    const start = secondsOf(s.start);
    if (start === null) {
      diags.error('segment-start-invalid', `segments[${i}].start "${s.start}" is not a time; use seconds or H:MM:SS`, line('segments'), 1);
      continue;
    }
    overrides.push({ ...(s.kind ? { kind: s.kind } : {}), ...(s.n !== undefined ? { n: s.n } : {}), ...(s.title ? { title: s.title } : {}), start });
  }
  let soundbites: Soundbite[] | undefined;
  if (data.soundbites) {
    soundbites = [];
    for (const [i, s] of data.soundbites.entries()) {
      const start = secondsOf(s.start);
      if (start === null) {
        diags.error('soundbite-start-invalid', `soundbites[${i}].start "${s.start}" is not a time; use seconds or H:MM:SS`, line('soundbites'), 1);
        continue;
      }
      if (s.duration < 15 || s.duration > 120) diags.warn('soundbite-duration', `soundbites[${i}] lasts ${s.duration} s; podcast apps advise 15 to 120 s`, line('soundbites'), 1);
      const title = s.title ?? '';
      if (title.length > 128) diags.warn('soundbite-title-long', `soundbites[${i}].title has ${title.length} characters; the feed keeps the first 128`, line('soundbites'), 1);
      soundbites.push({ start, duration: s.duration, title: title.slice(0, 128) });
    }
  }
  const meta: EpisodeMeta = {
    slug,
    title: data.title,
    date,
    ...(data.number !== undefined ? { number: data.number } : {}),
    ...(data.season !== undefined ? { season: data.season } : {}),
    ...(data.description ? { description: data.description } : {}),
    ...(data.audio ? { audio: toAudio(data.audio, env, diags, line('audio')) } : {}),
    ...(duration !== undefined ? { duration } : {}),
    ...(data.image ? { image: data.image } : {}),
    ...(data.explicit !== undefined ? { explicit: data.explicit } : {}),
    episodeType: data.episodeType ?? 'full',
    tags: [...new Set(data.tags ?? [])],
    hosts,
    guests,
    sponsors: (data.sponsors ?? []).map((s) => (typeof s === 'string' ? { name: s } : s)),
    speakers,
    segmentOverrides: overrides,
    ...(soundbites ? { soundbites } : {}),
    guid: data.guid ?? `${env.podcast.url}${slug}/`,
    draft: data.draft === true,
  };
  return { meta, body: fm.body, bodyLine: fm.bodyLine };
}

/** A front matter time: seconds, or H:MM:SS; null when it is not one. */
function secondsOf(value: number | string): number | null {
  if (typeof value === 'number') return value;
  const t = parseTimecode(value);
  return t && t.valid ? t.seconds : null;
}

function toDate(value: Date | string): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) return null;
  const d = new Date(value.trim().length === 10 ? `${value.trim()}T00:00:00Z` : value.trim());
  return Number.isNaN(d.getTime()) ? null : d;
}

const MIME: Record<string, string> = { mp3: 'audio/mpeg', m4a: 'audio/x-m4a', mp4: 'video/mp4', m4v: 'video/x-m4v', mov: 'video/quicktime', ogg: 'audio/ogg', opus: 'audio/ogg', wav: 'audio/wav', pdf: 'application/pdf' };

function toAudio(value: string | { url: string; type?: string; length?: number }, env: EpisodeEnv, diags: Diagnostics, line: number): Audio {
  const a = typeof value === 'string' ? { url: value } : value;
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(a.url)?.[1]?.toLowerCase() ?? '';
  const type = a.type ?? MIME[ext] ?? 'audio/mpeg';
  if (type === 'audio/mp3') diags.warn('audio-type', 'audio type "audio/mp3" is not registered; use "audio/mpeg"', line, 1);
  const length = a.length ?? (/^[a-z]+:/i.test(a.url) ? undefined : env.publicFileSize(a.url));
  if (length === undefined) diags.warn('audio-length-missing', `audio "${a.url}" has no length in bytes; add audio.length (podcast apps need it), or put the file under public/`, line, 1);
  return { url: a.url, type: type === 'audio/mp3' ? 'audio/mpeg' : type, ...(length !== undefined ? { length } : {}) };
}
