// What an output depends on, condensed into keys: equal keys mean equal bytes, so the work can be skipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUNDLE_DIR, libDir } from '../core/compiledUrl.js';
import { hash } from '../core/hash.js';

let codeKey: string | undefined;

/**
 * A hash of the generator's own code: a new version of shownotes, or of a dependency it bundles, invalidates every
 * cache entry. The bundle is what runs; the rest of lib/ is the same code unbundled, and hashing it too doubled the
 * time this takes at the start of every build. (The search box's modules, which the site ships from lib/, are keyed
 * by their own text: see searchClient.)
 */
export function generatorKey(): string {
  if (codeKey) return codeKey;
  const lib = join(libDir(), BUNDLE_DIR);
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir).sort()) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.js')) parts.push(relative(lib, p), readFileSync(p, 'utf8'));
    }
  };
  walk(lib);
  codeKey = hash(...parts);
  return codeKey;
}

/** Hash of each template file, by name without extension ("episode", "partials/header"). */
export function templateHashes(templatesDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir).sort()) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.eta')) out.set(relative(templatesDir, p).replace(/\\/g, '/').replace(/\.eta$/, ''), hash(readFileSync(p)));
    }
  };
  walk(templatesDir);
  return out;
}

/** The templates an episode page renders with. */
export const EPISODE_TEMPLATES = ['layout', 'partials/header', 'episode'];

export function templatesKey(hashes: ReadonlyMap<string, string>, names: readonly string[]): string {
  return names.map((n) => `${n}:${hashes.get(n) ?? '-'}`).join(',');
}
