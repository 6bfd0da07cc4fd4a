// Bursts of saves become one rebuild; changes that land during a rebuild trigger exactly one more.
// Pure of the file system: the timer functions are passed in, so tests drive it by hand.

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as NodeJS.Timeout) };

export class WatchQueue {
  private pending = new Set<string>();
  private active = false;
  private timer: unknown = null;

  constructor(
    private readonly run: (batch: ReadonlySet<string>) => Promise<void> | void,
    private readonly delayMs = 5,
    private readonly timers: Timers = realTimers,
  ) {}

  add(path: string): void {
    this.pending.add(path);
    if (!this.active) this.schedule();
  }

  get busy(): boolean {
    return this.active || this.timer !== null;
  }

  private schedule(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => void this.flush(), this.delayMs);
  }

  private async flush(): Promise<void> {
    this.timer = null;
    if (this.active || this.pending.size === 0) return;
    this.active = true;
    const batch = this.pending;
    this.pending = new Set();
    try {
      await this.run(batch);
    } finally {
      this.active = false;
      if (this.pending.size) this.schedule();
    }
  }
}
