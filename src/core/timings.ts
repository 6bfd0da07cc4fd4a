// Time spent in each stage of a build, for the benchmark and `--timings`.

export class Timings {
  readonly ms: Record<string, number> = {};

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
