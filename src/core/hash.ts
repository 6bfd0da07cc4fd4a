// Content hashes for fingerprints and the build cache.
import { createHash } from 'node:crypto';

export function hash(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha1');
  for (const p of parts) {
    h.update(p);
    h.update('\0');
  }
  return h.digest('hex').slice(0, 20);
}
