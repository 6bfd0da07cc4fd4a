// URLs, domains and handles said out loud: "pythonbytes.fm/datadog", "dataquest.io", "@PythonBytes".
import type { SegmentLink } from '../core/types.js';
import type { Unit } from './units.js';

const TLDS = 'com|org|net|io|fm|dev|ai|co|app|me|sh|us|uk|de|edu|gov|info|xyz|tech|codes|social|ly|so|py|rs|page|site|blog|training|cloud|to';
const DOMAIN = new RegExp(
  `(?<![\\w@./-])(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?\\.){1,4}(?:${TLDS})(?![a-z0-9-])(?:/[\\w\\-./~%#?=&]{0,200})?`,
  'gi',
);
const HANDLE = /(?<![\w@./])@[A-Za-z_][A-Za-z0-9_]{1,30}(?![\w@.])/g;

export function spokenLinks(units: readonly Unit[]): SegmentLink[] {
  const out: SegmentLink[] = [];
  const seen = new Set<string>();
  for (const u of units) {
    // Most lines name no domain and no handle: skip the expensive patterns for them.
    const maybeDomain = /[a-z0-9]\.[a-z]/i.test(u.text);
    const maybeHandle = u.text.includes('@');
    if (!maybeDomain && !maybeHandle) continue;
    for (const m of maybeDomain ? u.text.matchAll(DOMAIN) : []) {
      const raw = m[0].replace(/[.,;:!?)/]+$/, '');
      if (!/[a-z]/i.test(raw.split('.')[0]!) || /^\d/.test(raw)) continue;
      const url = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
      const key = `${url.toLowerCase()}@${Math.floor(u.start)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ url, text: raw, at: u.start });
    }
    for (const m of maybeHandle ? u.text.matchAll(HANDLE) : []) {
      const key = `${m[0].toLowerCase()}@${Math.floor(u.start)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ url: m[0], text: m[0], at: u.start });
    }
  }
  return out;
}
