// Where a worker thread's module is. Workers always run the compiled JavaScript in lib/: under vitest the calling
// module is the TypeScript source in src/, which a worker thread cannot load by itself.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `from` is the caller's import.meta.url; `file` its sibling module, as compiled (".js"). */
export function workerUrl(from: string, file: string): URL {
  const url = new URL(file, from);
  if (!from.endsWith('.ts')) return url;
  const compiled = new URL(url.href.replace(/\/src\//, '/lib/'));
  if (!existsSync(fileURLToPath(compiled))) throw new Error(`${fileURLToPath(compiled)} is missing: run \`npm run compile\``);
  return compiled;
}
