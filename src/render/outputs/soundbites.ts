// An episode's soundbites, for the feed's <podcast:soundbite>: the clips apps may play as a preview. As the front
// matter lists them (`soundbites: []` for none); else the joke, when it lasts long enough to be one, titled as the
// notes title it.
import type { Episode, Soundbite } from '../../core/episode.js';

/** What the podcast namespace advises a soundbite lasts, in seconds. */
const SHORTEST = 15;
const LONGEST = 120;

export function soundbitesOf(ep: Episode): Soundbite[] {
  if (ep.meta.soundbites) return ep.meta.soundbites;
  const joke = ep.segmentation.segments.find((s) => s.kind === 'joke');
  if (!joke) return [];
  const duration = Math.min(joke.end - joke.start, LONGEST);
  return duration >= SHORTEST ? [{ start: joke.start, duration, title: jokeTitle(ep).slice(0, 128) }] : [];
}

/** What the notes call the joke ("**Joke:** [Election joke](…)" gives "Election joke"), else "Joke". */
function jokeTitle(ep: Episode): string {
  const item = ep.notes.find((i) => i.kind === 'joke');
  return item?.title.replace(/^\s*jokes?\b\s*[:.–—-]?\s*/i, '').trim() || 'Joke';
}
