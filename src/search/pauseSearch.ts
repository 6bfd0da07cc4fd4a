// Pagefind paused while `shownotes dev` rebuilds pages. On a machine with few cores the search index (rebuilt in the
// background after every edit, for seconds at a time) and the page rebuild share the cores, and a lower priority for
// the index is not enough: measured on 2 cores, an edit's rebuild took 2 to 4 times as long while Pagefind ran.
// So Pagefind's process is stopped (SIGSTOP) for the few milliseconds of each rebuild and continued after it.
// Processes are found in Linux's /proc; where there is none, nothing is paused.
import { readdirSync, readFileSync } from 'node:fs';

interface ProcStat {
  name: string;
  state: string;
  ppid: number;
}

function procStat(pid: number): ProcStat | null {
  try {
    const m = /^\d+ \((.*)\) (\S) (\d+)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return m ? { name: m[1]!, state: m[2]!, ppid: Number(m[3]) } : null;
  } catch {
    return null;
  }
}

/** This process's live children whose name starts with `prefix`. */
export function childProcesses(prefix: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries.filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => isChild(procStat(pid), prefix));
}

function isChild(stat: ProcStat | null, prefix: string): boolean {
  return !!stat && stat.name.startsWith(prefix) && stat.ppid === process.pid && stat.state !== 'Z';
}

export class SearchPause {
  private known: number[] = [];
  private stopped: number[] = [];
  private readonly onExit = () => this.resume();

  constructor(private readonly prefix = 'pagefind') {
    // A stopped Pagefind must not outlive us stopped.
    process.once('exit', this.onExit);
  }

  /**
   * Stops the running Pagefind processes, until resume(). They are looked up again only when one known before is
   * gone.
   */
  pause(): void {
    if (this.stopped.length) return;
    if (!this.known.length || !this.known.every((pid) => isChild(procStat(pid), this.prefix))) this.known = childProcesses(this.prefix);
    for (const pid of this.known) {
      try {
        process.kill(pid, 'SIGSTOP');
        this.stopped.push(pid);
      } catch {
        // gone meanwhile
      }
    }
  }

  resume(): void {
    for (const pid of this.stopped.splice(0)) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // gone meanwhile
      }
    }
  }

  dispose(): void {
    this.resume();
    process.off('exit', this.onExit);
  }
}
