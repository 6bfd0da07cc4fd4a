// Time spent in each stage of a build, for the benchmark and `--timings`.

/** Runs `fn` as part of `stage`: how the pure stages report their time (Timings.time, or nothing). */
export type StageTimer = <T>(stage: string, fn: () => T) => T;

/** A StageTimer that only runs the function. */
export const untimed: StageTimer = (_stage, fn) => fn();

export class Timings {
  readonly ms: Record<string, number> = {};

  /** This as a StageTimer, for the pure stages. */
  readonly timer: StageTimer = (stage, fn) => this.time(stage, fn);

  time<T>(stage: string, fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.ms[stage] = (this.ms[stage] ?? 0) + performance.now() - t0;
    }
  }

  /** Adds times measured elsewhere (a worker thread's). */
  add(ms: Readonly<Record<string, number>>): void {
    for (const [stage, t] of Object.entries(ms)) this.ms[stage] = (this.ms[stage] ?? 0) + t;
  }

  async timeAsync<T>(stage: string, fn: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      this.ms[stage] = (this.ms[stage] ?? 0) + performance.now() - t0;
    }
  }
}
