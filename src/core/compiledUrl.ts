// Where the compiled JavaScript is: lib/, which `npm run compile` makes from src/ (tsc) and then bundles (esbuild,
// into lib/bundle/). Worker threads start from the bundle, and the site ships the search box's modules from lib/.
// The folder is found from the package's root, not from the calling module: under vitest that module is TypeScript
// in src/, which neither a worker thread nor a browser can load, and in the bundle it is a shared chunk.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The nearest folder above this module with a package.json: the package's root. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}

let lib: string | undefined;

/** The lib/ folder. */
export function libDir(): string {
  return (lib ??= join(packageRoot(), 'lib'));
}

/** A compiled module, by its path under lib/ ("search/client.js"). */
export function compiledUrl(path: string): URL {
  const file = join(libDir(), path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run compile\``);
  return pathToFileURL(file);
}

/** The bundle under lib/: the code a CLI run executes, ours and the dependencies it bundles. */
export const BUNDLE_DIR = 'bundle';

/** A worker thread's entry module, bundled with everything it imports, by its path under src/ ("search/searchWorker.js"). */
export function bundledUrl(path: string): URL {
  return compiledUrl(`${BUNDLE_DIR}/${path}`);
}
