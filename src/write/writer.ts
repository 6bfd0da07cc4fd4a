// Writers: where rendered files go. The disk writer stages the whole site and swaps it in at the end;
// the memory writer keeps files in a map, for tests and dry runs.
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, realpathSync, rename as renameCallback, renameSync, rmSync, unlinkSync, writeFile as writeFileCallback, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { OutputFile } from '../render/outputs/types.js';

/**
 * Writes made by libuv's threads, through fs's callback functions. fs/promises' writeFile opens a FileHandle, writes
 * and closes it, each step a promise of its own: writing 4,000 files of 50 KB took 220–280 ms of the calling thread's
 * CPU time that way, against 65–120 ms through the callback function (and 25–30 ms with writeFileSync, but then the
 * writes themselves are on the calling thread too). At 5,000 episodes a build writes 36,000 files.
 */
const writeFile = promisify(writeFileCallback);
const rename = promisify(renameCallback);

export interface SiteWriter {
  /**
   * The folder this writer writes the site into, when render workers may write an episode's files there themselves:
   * each such file is then given to write() with null content.
   */
  readonly folder?: string;
  write(file: OutputFile): void;
  /** Keeps an unchanged file from the published site. False when there is none to keep: render it instead. */
  keep(path: string): boolean;
  /**
   * Keeps the published file when it holds exactly `content`, instead of writing it again (for files named by place,
   * not by content: the search index's episodes files). False when it differs or is not there: write it.
   */
  keepIfSame(path: string, content: string): boolean;
  /**
   * True when every file of the builder's last run is still in place, so keep() would say yes to each: a dev rebuild
   * then leaves unchanged episodes without asking about their files one by one.
   */
  readonly keepsUnchanged?: boolean;
  /** Drops a file that the site no longer has. */
  remove(path: string): void;
  /** A file of the site being written (written or kept by this run), or null. */
  read(path: string): string | null;
  copyDir(from: string): void;
  /** Makes the written site the published one. */
  commit(): void | Promise<void>;
  /** Drops everything written; the published site stays as it was. */
  abort(): void | Promise<void>;
}

export class MemoryWriter implements SiteWriter {
  readonly files = new Map<string, string>();
  readonly copied: string[] = [];
  committed = false;
  write(file: OutputFile): void {
    // Text the checks can read.
    this.files.set(safeRelative(file.path), asText(given(file)));
  }
  keep(path: string): boolean {
    return this.files.has(safeRelative(path));
  }
  keepIfSame(path: string, content: string): boolean {
    return this.files.get(safeRelative(path)) === content;
  }
  remove(path: string): void {
    this.files.delete(safeRelative(path));
  }
  read(path: string): string | null {
    return this.files.get(safeRelative(path)) ?? null;
  }
  copyDir(from: string): void {
    this.copied.push(from);
  }
  commit(): void {
    this.committed = true;
  }
  abort(): void {
    this.files.clear();
  }
}

/** Writes into `<out>.staging-<pid>` beside the output folder, then swaps it in with two renames. */
export class StagedDiskWriter implements SiteWriter {
  readonly staging: string;
  private readonly made = new Set<string>();

  constructor(readonly outDir: string) {
    recoverInterruptedSwap(outDir);
    this.staging = `${outDir}.staging-${process.pid}`;
    rmSync(this.staging, { recursive: true, force: true });
    mkdirSync(this.staging, { recursive: true });
  }

  /** Render workers write their episodes' files into the staging folder themselves. */
  get folder(): string {
    return this.staging;
  }

  /**
   * Paths kept already. A build may ask twice (the search pass, then the pages pass, for search records), and may
   * write a path it kept (an episode with one file missing from the published site is rendered again).
   */
  private readonly kept = new Set<string>();

  /**
   * Writes under way: libuv's threads write them while the build goes on rendering (on another core), up to
   * MAX_IN_FLIGHT characters; past that a write is made at once. All are awaited by commit().
   */
  private readonly pending = new Map<string, { content: string | Uint8Array; done: Promise<void> }>();
  private inFlight = 0;
  private failure: unknown = null;

  write(file: OutputFile): void {
    const rel = safeRelative(file.path);
    const { content } = file;
    // Written by a render worker, in place of any link that keep() had made there (see writeStaged()).
    if (content === null) {
      this.kept.delete(rel);
      return;
    }
    const target = join(this.staging, rel);
    ensureDir(this.made, dirname(target));
    // A kept file is a hard link to the published one: writing through it would change the published site.
    if (this.kept.delete(rel)) unlinkSync(target);
    const size = typeof content === 'string' ? content.length : content.byteLength;
    const earlier = this.pending.get(rel);
    if (!earlier && this.inFlight + size > MAX_IN_FLIGHT) {
      writeFileSync(target, content);
      return;
    }
    this.inFlight += size;
    // A second write of the same path follows the first.
    const done: Promise<void> = (earlier?.done ?? Promise.resolve())
      .then(() => writeFile(target, content))
      .catch((e: unknown) => void (this.failure ??= e))
      .finally(() => {
        this.inFlight -= size;
        if (this.pending.get(rel)?.done === done) this.pending.delete(rel);
      });
    this.pending.set(rel, { content, done });
  }

  private async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending.values()].map((p) => p.done));
  }

  /** An unchanged file is hard-linked (or copied) from the published site into the staging folder. */
  keep(path: string): boolean {
    const rel = safeRelative(path);
    if (this.kept.has(rel)) return true;
    const from = join(this.outDir, rel);
    const to = join(this.staging, rel);
    ensureDir(this.made, dirname(to));
    try {
      linkSync(from, to);
    } catch (e) {
      // EEXIST: this run wrote the file already (a render worker did), so it is not the published one.
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EEXIST') return false;
      try {
        copyFileSync(from, to);
      } catch {
        return false;
      }
    }
    this.kept.add(rel);
    return true;
  }

  keepIfSame(path: string, content: string): boolean {
    const rel = safeRelative(path);
    return !this.pending.has(rel) && readOrNull(join(this.outDir, rel)) === content && this.keep(path);
  }

  remove(_path: string): void {
    // Nothing to do: the staging folder only ever holds what this build wrote or kept.
  }

  read(path: string): string | null {
    const rel = safeRelative(path);
    const pending = this.pending.get(rel);
    if (pending) return asText(pending.content);
    return readOrNull(join(this.staging, rel));
  }

  copyDir(from: string): void {
    // public/ itself may be a symbolic link: its folder is what is copied.
    if (existsSync(from)) cpSync(realpathSync(from), this.staging, { recursive: true, force: false, errorOnExist: false, dereference: false });
  }

  async commit(): Promise<void> {
    await this.settled();
    if (this.failure) throw this.failure;
    const old = `${this.outDir}.old-${process.pid}`;
    const hadOld = existsSync(this.outDir);
    if (hadOld) renameSync(this.outDir, old);
    renameSync(this.staging, this.outDir);
    if (hadOld) rmSync(old, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    await this.settled();
    rmSync(this.staging, { recursive: true, force: true });
  }
}

/**
 * Writes a file of an episode into a staged writer's folder, from a render worker (SiteWriter.folder). A file there
 * already is replaced, not written through: it can only be a hard link that keep() made to the published file.
 */
export function writeStaged(made: Set<string>, folder: string, path: string, bytes: Uint8Array): void {
  const target = join(folder, safeRelative(path));
  ensureDir(made, dirname(target));
  try {
    writeFileSync(target, bytes, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    unlinkSync(target);
    writeFileSync(target, bytes, { flag: 'wx' });
  }
}

/** The content of a file given to a writer that has no folder for render workers to write into. */
function given(file: OutputFile): string | Uint8Array {
  if (file.content === null) throw new Error(`${file.path}: written by a render worker, but this writer has no folder for that`);
  return file.content;
}

/** A file's content as text: rendered text as it is, bytes (a render worker's) decoded as UTF-8. */
export function asText(content: string | Uint8Array): string {
  return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
}

/** Characters of the staged writer's writes under way at most (about as many bytes, in memory until written). */
const MAX_IN_FLIGHT = 32 * 1024 * 1024;

/**
 * A build killed between the two renames of a swap leaves `<out>.old-*` and no `<out>`: put the old site back.
 * A build killed while staging leaves `<out>.staging-*`: remove it. Either way the published site is whole.
 */
export function recoverInterruptedSwap(outDir: string): void {
  const parent = dirname(resolve(outDir));
  const name = basename(outDir);
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(`${name}.`)) continue;
    const path = join(parent, entry);
    if (entry.startsWith(`${name}.old-`)) {
      if (!existsSync(outDir)) renameSync(path, outDir);
      else rmSync(path, { recursive: true, force: true });
    } else if (entry.startsWith(`${name}.staging-`)) {
      const pid = Number(entry.slice(`${name}.staging-`.length));
      if (!isRunning(pid)) rmSync(path, { recursive: true, force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Creates a folder once per writer. */
function ensureDir(made: Set<string>, dir: string): void {
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** An output path must stay inside the site: no absolute paths, no "..". */
export function safeRelative(path: string): string {
  const parts = path.split(/[\\/]+/).filter((p) => p && p !== '.');
  if (path.startsWith('/') || parts.some((p) => p === '..') || parts.length === 0) {
    throw new Error(`refusing to write outside the site: ${JSON.stringify(path)}`);
  }
  return parts.join(sep);
}

/**
 * Writes straight into the published folder, for `shownotes dev`: unchanged files are left alone, each changed file is
 * replaced atomically (written beside it, then renamed), and a failed rebuild leaves the last good pages in place.
 */
export class InPlaceWriter implements SiteWriter {
  private readonly made = new Set<string>();
  /** Writes under way: files are written by libuv's threads while the next page renders, and awaited at commit. */
  private pending: Promise<void>[] = [];
  /** What those writes hold, so that read() sees this run's files before they are on disk. */
  private unsettled = new Map<string, string | Uint8Array>();

  /**
   * `trusted`: the caller (the dev session) wrote this folder itself and keeps track of it, so files it keeps are
   * known to be there and are not looked up one by one on every rebuild.
   */
  constructor(
    readonly outDir: string,
    private readonly trusted = false,
  ) {
    mkdirSync(outDir, { recursive: true });
  }

  write(file: OutputFile): void {
    const rel = safeRelative(file.path);
    const target = join(this.outDir, rel);
    ensureDir(this.made, dirname(target));
    const tmp = `${target}.${process.pid}.tmp`;
    const content = given(file);
    const done = writeFile(tmp, content).then(() => rename(tmp, target));
    done.catch(() => {}); // reported by commit()
    this.pending.push(done);
    this.unsettled.set(rel, content);
  }

  get keepsUnchanged(): boolean {
    return this.trusted;
  }

  keep(path: string): boolean {
    return this.trusted || existsSync(join(this.outDir, safeRelative(path)));
  }

  keepIfSame(path: string, content: string): boolean {
    return this.read(path) === content;
  }

  read(path: string): string | null {
    const rel = safeRelative(path);
    const pending = this.unsettled.get(rel);
    if (pending !== undefined) return asText(pending);
    return readOrNull(join(this.outDir, rel));
  }

  remove(path: string): void {
    this.unsettled.delete(safeRelative(path));
    try {
      unlinkSync(join(this.outDir, safeRelative(path)));
    } catch {
      // already gone
    }
  }

  copyDir(from: string): void {
    if (existsSync(from)) cpSync(realpathSync(from), this.outDir, { recursive: true, force: true, dereference: false });
  }

  /** Every file written by this run is in place once this resolves; the first failed write rejects it. */
  async commit(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    this.unsettled.clear();
    await Promise.all(pending);
  }

  async abort(): Promise<void> {
    await Promise.allSettled(this.pending);
    this.pending = [];
    this.unsettled.clear();
  }
}
