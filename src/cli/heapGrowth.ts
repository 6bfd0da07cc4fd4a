// How far each heap may grow between full collections, for a large archive: 1.6 times what the last one left, where
// V8 lets a heap grow up to four times. At 5,000 episodes that took peak RSS from 596–607 MB to 493–501 at the same
// speed (the builder keeps 50–70 MB alive there and its heap grew to 250–370); at 462 the peak is the workers' young
// generations and did not move, while the builds took 4–8% longer. The flag is the process's, so it holds for the
// render workers too; the CLI sets it before a build, the library never does.
import { setFlagsFromString } from 'node:v8';
import { findEpisodeFolders } from '../load/findEpisodes.js';

/** Archives from this many episodes on get the tighter heaps. */
export const LARGE_ARCHIVE = 1000;

export function heapGrowthFlag(episodes: number): string | null {
  return episodes >= LARGE_ARCHIVE ? '--heap-growing-percent=60' : null;
}

export function fitHeapsTo(root: string): void {
  const flag = heapGrowthFlag(findEpisodeFolders(root).length);
  if (flag) setFlagsFromString(flag);
}
