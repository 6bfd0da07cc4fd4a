// The folder (and so the address) a new or imported episode gets: its number, then its title as a slug.
import { slug as slugOf } from 'github-slugger';

/** Slugs longer than this are cut (at a word where the cut leaves a dash). */
const SLUG_LENGTH = 80;

/** "149-python-s-small-object-allocator"; the title's slug alone when there is no number. */
export function episodeFolder(number: number | undefined, title: string): string {
  const slug = slugOf(title).slice(0, SLUG_LENGTH).replace(/-+$/, '');
  return [number, slug].filter((x) => x !== undefined && x !== '').join('-');
}
