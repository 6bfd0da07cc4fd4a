// Ids on one page: topic anchors are slugs of their titles, unique and stable; turn ids are `t=SECONDS`,
// with `-2`, `-3`… when several turns share a second, so `#t=724` works even without JavaScript.
import GithubSlugger, { slug as slugOf } from 'github-slugger';

/** Ids the page templates use for their own landmarks. */
export const RESERVED_IDS = ['main', 'top', 'player', 'chapters', 'timeline', 'notes', 'links', 'transcript', 'search', 'sponsors', 'jokes'];

export class PageIds {
  private readonly slugger = new GithubSlugger();
  private readonly turnCounts = new Map<number, number>();

  constructor(reserved: readonly string[] = RESERVED_IDS) {
    for (const r of reserved) this.slugger.slug(r);
  }

  /** A unique slug for a title; the same titles in the same order always give the same ids. */
  slug(title: string): string {
    const base = slugOf(title) ? title : 'section';
    return this.slugger.slug(base);
  }

  turn(start: number): string {
    const s = Math.floor(start);
    const n = (this.turnCounts.get(s) ?? 0) + 1;
    this.turnCounts.set(s, n);
    return n === 1 ? `t=${s}` : `t=${s}-${n}`;
  }
}
