// Entries of the search index being made, moved out of memory a run at a time: each run holds every term's entries
// since the last one, in the order the terms files list the terms, so they are read back in one pass as the files are
// written. The index's memory then stays bounded as the archive grows (8.6 million entries at 5,000 episodes).
//
// A run is a file of entries `term number (u32) · byte length (u32) · bytes`, little-endian.
import { closeSync, mkdirSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class SpillRuns {
  private count = 0;
  private readers: RunReader[] = [];

  /** `dir`: a folder of the runs' own; what a build that stopped left there is removed. */
  constructor(private readonly dir: string) {
    rmSync(dir, { recursive: true, force: true });
  }

  /** One run: terms' numbers and entries, in the order the index will write the terms. */
  write(entries: readonly (readonly [number, Uint8Array])[]): void {
    if (this.count === 0) mkdirSync(this.dir, { recursive: true });
    let size = 0;
    for (const [, bytes] of entries) size += 8 + bytes.length;
    const out = Buffer.allocUnsafe(size);
    let at = 0;
    for (const [id, bytes] of entries) {
      out.writeUInt32LE(id, at);
      out.writeUInt32LE(bytes.length, at + 4);
      out.set(bytes, at + 8);
      at += 8 + bytes.length;
    }
    writeFileSync(join(this.dir, `${this.count++}.run`), out);
  }

  /**
   * The runs read back: chunks(id) gives a term's entries from each run that has it, oldest first. Terms must be asked
   * for in the order the runs were written in.
   */
  read(): { chunks(id: number): Uint8Array[] } {
    this.readers = Array.from({ length: this.count }, (_, n) => new RunReader(join(this.dir, `${n}.run`)));
    return { chunks: (id) => this.readers.flatMap((r) => r.take(id) ?? []) };
  }

  /** Removes the runs. After read(), every entry must have been asked for: one left means terms came out of order. */
  remove(): void {
    const unread = this.readers.some((r) => !r.atEnd());
    for (const r of this.readers) r.close();
    this.readers = [];
    rmSync(this.dir, { recursive: true, force: true });
    if (unread) throw new Error('search index: spilled entries were left unread (terms asked for out of order)');
  }
}

/** A run file read from its start, a block at a time. */
class RunReader {
  private fd: number | null;
  private buf = Buffer.alloc(1 << 20);
  private start = 0;
  private end = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  /** The entries of term `id`, if they come next in the run. */
  take(id: number): Uint8Array | null {
    if (!this.fill(8) || this.buf.readUInt32LE(this.start) !== id) return null;
    const length = this.buf.readUInt32LE(this.start + 4);
    if (!this.fill(8 + length)) throw new Error('search index: a spilled run ends inside an entry');
    const bytes = new Uint8Array(this.buf.subarray(this.start + 8, this.start + 8 + length));
    this.start += 8 + length;
    return bytes;
  }

  atEnd(): boolean {
    return !this.fill(1);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** Whether `n` bytes from `start` are in the buffer, read in as needed; false when the file ends first. */
  private fill(n: number): boolean {
    if (this.end - this.start >= n) return true;
    if (this.fd === null) return false;
    const rest = this.end - this.start;
    const into = n > this.buf.length ? Buffer.alloc(Math.max(n, this.buf.length * 2)) : this.buf;
    this.buf.copy(into, 0, this.start, this.end);
    this.buf = into;
    this.start = 0;
    this.end = rest;
    while (this.end < n) {
      const got = readSync(this.fd, this.buf, this.end, this.buf.length - this.end, null);
      if (got === 0) {
        this.close();
        break;
      }
      this.end += got;
    }
    return this.end >= n;
  }
}
