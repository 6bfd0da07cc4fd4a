// Feed items, kept out of the episode summaries that a build holds for the whole archive. A summary names its item
// by content hash; the feed asks the store for the bytes when it is written. In dev the items stay in memory (the
// feed is rewritten after every edit); a CLI build keeps them in a file beside the build cache, so that an archive of
// thousands of episodes does not hold tens of megabytes of XML while it builds, and the cache stays small.
import { appendFileSync, closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface FeedItemStore {
  /** Keeps an item under its name (the content hash the renderer gave it). */
  put(ref: string, xml: string): void;
  has(ref: string): boolean;
  /** The item's bytes; throws when it is not kept. */
  get(ref: string): Uint8Array;
  /** Forgets every item but these. */
  retain(refs: Iterable<string>): void;
  /** How many items are kept. */
  readonly count: number;
  /** Puts away what put() may hold back (called at the end of a run). */
  flush(): void;
}

export class MemoryItems implements FeedItemStore {
  private readonly items = new Map<string, Buffer>();
  put(ref: string, xml: string): void {
    if (!this.items.has(ref)) this.items.set(ref, Buffer.from(xml));
  }
  has(ref: string): boolean {
    return this.items.has(ref);
  }
  get count(): number {
    return this.items.size;
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
  flush(): void {}
}

/**
 * Every item in one file beside the build cache, appended as it comes: `<ref> <byte length>\n<xml>\n`. One file, not
 * one per item: creating files is most of what writing costs on a disk like this one (a file per episode made a
 * cold build create hundreds more), and a cache is read whole anyway.
 * An entry is never changed once written, so a failed build cannot change an item a cache names; an entry cut off at
 * the end (a build stopped while writing) is dropped when the file is next opened. retain() rewrites the file with the
 * kept items only, once they are less than half of it.
 */
export class PackedItems implements FeedItemStore {
  /** Where each item's bytes are in the file. */
  private readonly at = new Map<string, { offset: number; length: number }>();
  /** Bytes of whole entries in the file, then appends not written yet. */
  private size = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(readonly path: string) {
    this.size = this.scan();
  }

  get count(): number {
    return this.at.size;
  }

  put(ref: string, xml: string): void {
    if (this.at.has(ref)) return;
    this.stage(ref, Buffer.from(xml));
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  /** An entry, after the file's and those held back: where its bytes will be, and the bytes held back. */
  private stage(ref: string, bytes: Buffer): void {
    const head = Buffer.from(entryHead(ref, bytes.length));
    this.at.set(ref, { offset: this.size + this.pendingBytes + head.length, length: bytes.length });
    this.pending.push(head, bytes, NEWLINE);
    this.pendingBytes += head.length + bytes.length + 1;
  }

  has(ref: string): boolean {
    return this.at.has(ref);
  }

  get(ref: string): Uint8Array {
    const where = this.at.get(ref);
    if (!where) throw new Error(`feed item ${ref} is not kept`);
    this.flush();
    const bytes = Buffer.alloc(where.length);
    const fd = openSync(this.path, 'r');
    try {
      readSync(fd, bytes, 0, where.length, where.offset);
    } finally {
      closeSync(fd);
    }
    return bytes;
  }

  retain(refs: Iterable<string>): void {
    const keep = new Set(refs);
    for (const ref of this.at.keys()) if (!keep.has(ref)) this.at.delete(ref);
    this.flush();
    let live = 0;
    for (const [ref, { length }] of this.at) live += entryBytes(ref, length);
    if (live * 2 >= this.size) return;
    // Mostly items no cache names any more: the kept ones go to a new file, which then takes the old one's place.
    const old = readFileSync(this.path);
    const tmp = `${this.path}.${process.pid}.tmp`;
    const kept = [...this.at].sort((a, b) => a[1].offset - b[1].offset);
    this.at.clear();
    this.size = 0;
    for (const [ref, { offset, length }] of kept) this.stage(ref, old.subarray(offset, offset + length));
    writeFileSync(tmp, Buffer.concat(this.pending));
    renameSync(tmp, this.path);
    this.size = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Writes what put() holds back. */
  flush(): void {
    if (!this.pendingBytes) return;
    mkdirSync(dirname(this.path), { recursive: true });
    appendFileSync(this.path, Buffer.concat(this.pending));
    this.size += this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Reads where each entry is; returns the length of the file's whole entries, and cuts off the rest. */
  private scan(): number {
    if (!existsSync(this.path)) return 0;
    const fd = openSync(this.path, 'r+');
    try {
      const fileSize = fstatSync(fd).size;
      const head = Buffer.alloc(64);
      let offset = 0;
      while (offset < fileSize) {
        const n = readSync(fd, head, 0, head.length, offset);
        const m = /^([0-9a-f]+) (\d+)\n/.exec(head.toString('latin1', 0, n));
        if (!m) break;
        const start = offset + m[0].length;
        const length = Number(m[2]);
        const end = start + length;
        if (end + 1 > fileSize || readSync(fd, head, 0, 1, end) !== 1 || head[0] !== 0x0a) break;
        this.at.set(m[1]!, { offset: start, length });
        offset = end + 1;
      }
      if (offset < fileSize) ftruncateSync(fd, offset);
      return offset;
    } finally {
      closeSync(fd);
    }
  }
}

/** An entry's first line, before the item's bytes. */
function entryHead(ref: string, length: number): string {
  return `${ref} ${length}\n`;
}

/** The bytes of an entry in the file: its head line, the item and a newline. */
function entryBytes(ref: string, length: number): number {
  return entryHead(ref, length).length + length + 1;
}

/** Appends are written in pieces of about this size. */
const FLUSH_BYTES = 1 << 20;
const NEWLINE = Buffer.from('\n');
