// Which episodes a run puts in the site: drafts (`draft: true`) and episodes dated after the run's time (scheduled)
// are held back from a published build unless asked for; `dev` and `check` show every episode.
import { counted } from '../core/counted.js';

export interface Publication {
  /** Build episodes whose front matter says `draft: true`. */
  drafts: boolean;
  /** Build episodes dated after `now`. */
  future: boolean;
  /** The run's time, in ms since the epoch. */
  now: number;
}

/** Every episode, whatever its state: what `dev` previews and `check` validates. */
export const EVERY_EPISODE: Publication = { drafts: true, future: true, now: 0 };

export type Held = 'draft' | 'scheduled';

/** Why an episode stays out of this run's site, or null when it is in. */
export function heldBack(episode: { draft?: boolean; date: Date }, publication: Publication): Held | null {
  if (episode.draft && !publication.drafts) return 'draft';
  if (!publication.future && episode.date.getTime() > publication.now) return 'scheduled';
  return null;
}

/** The counts of held episodes, as a sentence for the end of a build, or null when none was held. */
export function heldSentence(held: Readonly<Record<Held, number>>): string | null {
  const parts: string[] = [];
  if (held.draft) parts.push(`${counted(held.draft, 'draft')} (--drafts builds them)`);
  if (held.scheduled) parts.push(`${counted(held.scheduled, 'episode')} dated after today (--future builds them)`);
  return parts.length ? `left out ${parts.join(' and ')}` : null;
}
