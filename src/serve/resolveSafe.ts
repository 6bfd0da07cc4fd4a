// A request path to a file inside the served folder, or null: no "..", no encoded escapes, no symlinks pointing out.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

export function resolveSafe(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s && s !== '.');
  if (segments.some((s) => s === '..')) return null;
  const realRoot = realpathSync(root);
  let target = join(realRoot, ...segments);
  if (!existsSync(target)) return null;
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return null;
  }
  if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
  if (statSync(real).isDirectory()) {
    target = join(real, 'index.html');
    if (!existsSync(target)) return null;
    real = realpathSync(target);
    if (!real.startsWith(realRoot + sep)) return null;
  }
  return resolve(real);
}
