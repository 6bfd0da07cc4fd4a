// Feed items, kept out of the episode summaries that a build holds for the whole archive. A summary names its item
// by content hash; the feed asks the store for the bytes when it is written. In dev the items stay in memory (the
// feed is rewritten after every edit); a CLI build keeps them as files beside the build cache, so that an archive of
// thousands of episodes does not hold tens of megabytes of XML while it builds, and the cache stays small.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FeedItemStore {
  /** Keeps an item under its name (the content hash the renderer gave it). */
  put(ref: string, xml: string): void;
  has(ref: string): boolean;
  /** The item's bytes; throws when it is not kept. */
  get(ref: string): Uint8Array;
  /** Forgets every item but these. */
  retain(refs: Iterable<string>): void;
}

export class MemoryItems implements FeedItemStore {
  private readonly items = new Map<string, Buffer>();
  put(ref: string, xml: string): void {
    if (!this.items.has(ref)) this.items.set(ref, Buffer.from(xml));
  }
  has(ref: string): boolean {
    return this.items.has(ref);
  }
  get(ref: string): Uint8Array {
    const item = this.items.get(ref);
    if (!item) throw new Error(`feed item ${ref} is not kept`);
    return item;
  }
  retain(refs: Iterable<string>): void {
    const keep = new Set(refs);
    for (const ref of this.items.keys()) if (!keep.has(ref)) this.items.delete(ref);
  }
}

/** One file per item, named by its hash: written once, so a failed build never changes an item a cache names. */
export class DiskItems implements FeedItemStore {
  private made = false;
  constructor(readonly dir: string) {}
  private path(ref: string): string {
    return join(this.dir, `${ref}.xml`);
  }
  put(ref: string, xml: string): void {
    const path = this.path(ref);
    if (existsSync(path)) return;
    if (!this.made) mkdirSync(this.dir, { recursive: true });
    this.made = true;
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, xml);
    renameSync(tmp, path);
  }
  has(ref: string): boolean {
    return existsSync(this.path(ref));
  }
  get(ref: string): Uint8Array {
    return readFileSync(this.path(ref));
  }
  retain(refs: Iterable<string>): void {
    if (!existsSync(this.dir)) return;
    const keep = new Set([...refs].map((r) => `${r}.xml`));
    for (const name of readdirSync(this.dir)) if (!keep.has(name)) unlinkSync(join(this.dir, name));
  }
}
