// The files under a folder of the site or of the project, for the cache's lists of what a build wrote or copied.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Regular files under `dir` (symlinks and other entries left out), as sorted "/"-separated relative paths. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
