// Where a site may be written. A build replaces its output folder whole (and `dev` writes into it), so that folder must
// not be the project, hold it, or lie inside its sources; and a folder already there must be a site built here, not
// something a mistyped --out would delete.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { Diagnostics, formatDiagnostic, type Diagnostic } from '../core/diagnostics.js';
import { CACHE_DIR } from '../incremental/cache.js';
import { PODCAST_FILE } from '../load/loadPodcast.js';

/** What a project holds besides its output: never written to. */
const SOURCES = ['episodes', 'templates', 'public', PODCAST_FILE, CACHE_DIR, '.git', 'node_modules', 'package.json'];

/** Files at the top of every site a build writes: a folder without them is not one. */
const SITE_FILES = ['index.html', 'feed.xml'];

/** True when the site may go to outDir; otherwise reports why not (rule `out-dir-unsafe`). */
export function checkOutDir(root: string, outDir: string, diags: Diagnostics): boolean {
  const project = resolve(root);
  const out = resolve(outDir);
  const refuse = (why: string, fix = 'choose another --out') => {
    diags.forFile(outDirFile(root, outDir)).error('out-dir-unsafe', `the site cannot be written to ${out}: ${why}; ${fix}`);
    return false;
  };
  if (within(project, out)) return refuse(out === project ? 'it is the project itself' : 'it holds the project');
  for (const source of SOURCES) {
    if (within(out, resolve(project, source))) return refuse(`it is or lies inside the project's ${source}`);
  }
  if (!existsSync(out)) return true;
  if (!statSync(out).isDirectory()) return refuse('it is a file, which the site would replace');
  const names = readdirSync(out);
  if (names.length && !SITE_FILES.every((f) => names.includes(f))) {
    return refuse(`it holds files that are not a site built by shownotes (no ${SITE_FILES.join(' and ')} at its top), and the build would replace them`, 'empty it or choose another --out');
  }
  return true;
}

/** An output folder refused by checkOutDir(), with the diagnostics that say why. */
export class OutDirRefused extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}

/** checkOutDir() for callers that cannot go on without the folder (`dev`): throws OutDirRefused when it is refused. */
export function assertOutDir(root: string, outDir: string): void {
  const where = new Diagnostics();
  if (!checkOutDir(root, outDir, where)) throw new OutDirRefused(where.items);
}

/** The output folder as diagnostics about it name it: relative to the project. */
export function outDirFile(root: string, outDir: string): string {
  return relative(resolve(root), resolve(outDir)) || '.';
}

/** `path` is `dir` or inside it. */
function within(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
