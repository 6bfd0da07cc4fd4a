// What a site format derives from the whole archive (who appears in which episodes, which tags, which addresses),
// kept between rebuilds of `shownotes dev`. It is derived again only when an episode came, went or moved, or when
// one whose summary changed differs in what the format reads (its signature). An edit of one episode's notes then
// costs a comparison of references, not a walk through every episode of the archive.
import type { EpisodeSummary } from '../../core/episode.js';

export class ShapeMemo<T> {
  private episodes: readonly EpisodeSummary[] = [];
  private value: T | undefined;
  private context: unknown;

  constructor(private readonly signature: (e: EpisodeSummary) => string) {}

  /**
   * `derive` must hold only what the signatures and `context` (the render context, compared by reference)
   * determine: positions in the list, and data equal under them.
   */
  get(episodes: readonly EpisodeSummary[], context: unknown, derive: () => T): T {
    if (this.value === undefined || context !== this.context || !this.sameShape(episodes)) {
      this.value = derive();
      this.context = context;
    }
    this.episodes = episodes.slice();
    return this.value;
  }

  private sameShape(episodes: readonly EpisodeSummary[]): boolean {
    const before = this.episodes;
    if (before.length !== episodes.length) return false;
    for (let i = 0; i < episodes.length; i++) {
      const a = before[i]!;
      const b = episodes[i]!;
      if (a !== b && this.signature(a) !== this.signature(b)) return false;
    }
    return true;
  }
}
