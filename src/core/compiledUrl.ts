// Where a module's compiled JavaScript is: a worker thread's module, or a module the site ships to browsers (the
// search box's engine). Both are always the JavaScript in lib/: under vitest the calling module is the TypeScript
// source in src/, which neither a worker thread nor a browser can load.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `from` is the caller's import.meta.url; `file` its sibling module, as compiled (".js"). */
export function compiledUrl(from: string, file: string): URL {
  const url = new URL(file, from);
  if (!from.endsWith('.ts')) return url;
  const compiled = new URL(url.href.replace(/\/src\//, '/lib/'));
  if (!existsSync(fileURLToPath(compiled))) throw new Error(`${fileURLToPath(compiled)} is missing: run \`npm run compile\``);
  return compiled;
}
