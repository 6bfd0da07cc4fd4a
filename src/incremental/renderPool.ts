// Render workers for a whole build: each takes one episode at a time through renderWork() on a thread of its own,
// so a cold build uses every core. The builder sends episodes a few ahead and takes the answers in site order.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EpisodeSource } from '../core/episode.js';
import { bundledUrl } from '../core/compiledUrl.js';
import type { Neighbours } from '../render/renderEpisode.js';
import type { EpisodeWork } from './renderWork.js';
import { cachePath } from './cache.js';

export interface RenderJob {
  id: number;
  source: EpisodeSource;
  neighbours: Neighbours;
  /** Make the records ready for the search index too. */
  search: boolean;
  /** The writer's folder, when the worker writes the episode's files into it itself (SiteWriter.folder). */
  writeInto: string | null;
}

export type RenderAnswer = { id: number; work: EpisodeWork } | { id: number; error: string };

/** Render workers for a whole build when none are asked for: one per core, or none on a single core. */
export function defaultThreads(): number {
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

/**
 * Render workers for a CLI build, started before it loads the pipeline's modules (about 0.3 s), so that they load
 * theirs meanwhile: when there is no build cache yet, so that the build will render every episode. Null otherwise;
 * the build then starts its own if it needs them (build(), `started`).
 */
export function startedWorkers(root: string, threads: number): RenderPool | null {
  return threads >= 1 && !existsSync(cachePath(root)) ? new RenderPool(root, threads) : null;
}

/**
 * Each worker's young generation (where V8 allocates new objects; three times its semi-space). An episode's work
 * makes megabytes of short-lived strings; with V8's default size, more of them lived long enough to be copied and
 * promoted (measured on the archive, on an earlier machine and version: 1.8 s of collection on the two workers with
 * the default, 1.1 s with 96 MB). 48 MB is as fast as 96 now that the workers write their own files, and each worker's
 * semi-spaces hold 32 MB less: paired cold builds on this machine, the archive on disk 3.84 s against 3.91 s with peak
 * RSS 290–324 MB against 350–366, and 5,000 episodes 29.4 s against 29.5 s with 378–380 MB against 445–488. 24 MB took
 * 15% longer at 5,000 episodes for 35 MB less.
 */
const YOUNG_GENERATION_MB = 48;

export class RenderPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly waiting: RenderJob[] = [];
  private readonly answers = new Map<number, { resolve: (w: EpisodeWork) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(root: string, size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(bundledUrl('incremental/renderWorker.js'), { workerData: { root }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      worker.on('message', (a: RenderAnswer) => this.answered(worker, a));
      worker.on('error', (e: Error) => this.failAll(e));
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  /** The episode's work, done on the first free worker. */
  render(source: EpisodeSource, neighbours: Neighbours, search: boolean, writeInto: string | null): Promise<EpisodeWork> {
    const id = this.next++;
    const done = new Promise<EpisodeWork>((resolve, reject) => this.answers.set(id, { resolve, reject }));
    this.waiting.push({ id, source, neighbours, search, writeInto });
    this.dispatch();
    return done;
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length && this.waiting.length) this.idle.pop()!.postMessage(this.waiting.shift()!);
  }

  private answered(worker: Worker, a: RenderAnswer): void {
    const waiter = this.answers.get(a.id);
    this.answers.delete(a.id);
    this.idle.push(worker);
    this.dispatch();
    if ('work' in a) waiter?.resolve(a.work);
    else waiter?.reject(new Error(a.error));
  }

  private failAll(e: Error): void {
    for (const w of this.answers.values()) w.reject(e);
    this.answers.clear();
  }
}
