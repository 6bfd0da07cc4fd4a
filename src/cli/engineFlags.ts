// V8 settings the CLI gives a build or a dev session before it starts; the library never sets them. The flags are the
// process's, so the render workers (each a V8 isolate of its own) get them too.
import { setFlagsFromString } from 'node:v8';
import { findEpisodeFolders } from '../load/findEpisodes.js';

/** Archives from this many episodes on get the tighter heaps. */
export const LARGE_ARCHIVE = 1000;

/**
 * Optimise a function later, and inline less into it. With V8's defaults a cold build spent a quarter of its CPU
 * time in the optimising compiler (`perf`: 4.7 s of 19 s for the archive, on V8's own threads, competing with the
 * workers for the two cores): each of the three isolates compiles the same hot functions, several of them five or six
 * times over as new shapes of objects turn up, and the biggest (the alignment, the episode view) took 50–140 ms a
 * compile with everything inlined. Eight times the interrupt budget lets a function gather more type feedback before
 * it is optimised, and a quarter of the cumulative inlining budget keeps each compile small. Alternating runs on
 * tmpfs: 15% less wall and CPU time for the archive, 15–19% at 5,000 episodes (bench/HISTORY.md has the figures).
 */
export const JIT_FLAGS: readonly string[] = ['--interrupt-budget=540672', '--max-inlined-bytecode-size-cumulative=230'];

/**
 * How far each heap may grow between full collections, for a large archive: 1.6 times what the last one left, where
 * V8 lets a heap grow up to four times. At 5,000 episodes that took peak RSS from 596–607 MB to 493–501 at the same
 * speed (the builder keeps 50–70 MB alive there and its heap grew to 250–370); at 462 the peak is the workers' young
 * generations and did not move, while the builds took 4–8% longer.
 */
const HEAP_GROWTH_FLAG = '--heap-growing-percent=60';

/** Every V8 flag for a run over this many episodes. */
export function engineFlags(episodes: number): string[] {
  return episodes >= LARGE_ARCHIVE ? [...JIT_FLAGS, HEAP_GROWTH_FLAG] : [...JIT_FLAGS];
}

/** Sets the flags for the project's archive: before any worker starts, and before most code has run. */
export function tuneEngineFor(root: string): void {
  for (const flag of engineFlags(findEpisodeFolders(root).length)) setFlagsFromString(flag);
}
