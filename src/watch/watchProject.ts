// Watching the project's inputs with chokidar: episodes/, templates/, public/ and podcast.yaml.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { PODCAST_FILE } from '../load/loadPodcast.js';

/**
 * chokidar drops a second change of the same file within 50 ms, so a quick second save (a broken edit fixed at once)
 * would be lost: each changed file is looked at again a little later and reported once more if it changed since.
 */
const RECHECK_MS = 80;

export function watchProject(root: string, onChange: (relativePath: string) => void): { close(): Promise<void>; ready: Promise<void>; watchedCount(): number } {
  const watcher: FSWatcher = watch(['episodes', 'templates', 'public', PODCAST_FILE], {
    cwd: root,
    ignoreInitial: true,
    ignored: (p: string) => /(^|[/\\])(\.git|node_modules|dist|\.shownotes-cache)([/\\]|$)|\.tmp$|~$/.test(p),
  });
  const seen = new Map<string, string>();
  const timers = new Set<NodeJS.Timeout>();
  const stamp = (path: string) => {
    try {
      const s = statSync(join(root, path));
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return 'gone';
    }
  };
  watcher.on('all', (_event, path) => {
    seen.set(path, stamp(path));
    onChange(path);
    const t = setTimeout(() => {
      timers.delete(t);
      if (stamp(path) !== seen.get(path)) {
        seen.set(path, stamp(path));
        onChange(path);
      }
    }, RECHECK_MS);
    timers.add(t);
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    /** How many paths chokidar watches: steady while the project's files are. */
    watchedCount: () => Object.values(watcher.getWatched()).reduce((n, names) => n + names.length, 0),
    close: async () => {
      for (const t of timers) clearTimeout(t);
      await watcher.close();
    },
  };
}
