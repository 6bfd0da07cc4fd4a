// URLs, domains and handles said out loud: "pythonbytes.fm/datadog", "dataquest.io", "@PythonBytes".
import type { SegmentLink } from '../core/types.js';
import type { Unit } from './units.js';

// No `py`: said aloud, "setup.py", "coverage.py" and "web3.py" are files and projects, not Paraguay's domains.
const TLDS = 'com|org|net|io|fm|dev|ai|co|app|me|sh|us|uk|de|edu|gov|info|xyz|tech|codes|social|ly|so|rs|page|site|blog|training|cloud|to';
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
      if (!/[a-z]/i.test(raw.split('.')[0]!) || /^\d/.test(raw) || !wholeHost(hostOf(raw))) continue;
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

/** The host of a URL or bare domain, lower case, without a `www.`. */
export function hostOf(url: string): string {
  return url.replace(/^[a-z]+:\/\/(?:www\.)?/i, '').split('/')[0]!.toLowerCase();
}

/** Words that a transcriber writes before a domain it has split: "read the docs.org", "python bytes.fm". */
const FRAGMENT_START = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'my', 'our', 'your', 'this', 'that', 'it', 'is', 'for', 'with', 'by', 'dot']);
/** Top-level domains that, inside a host, show a name run together with the next word ("pythonbytes.fm.com"). */
const INNER_TLD = new Set(['com', 'org', 'net', 'io', 'fm']);
/** Of those, the ones a country uses as its second level, before its two letters (`example.org.uk`). */
const COUNTRY_SECOND_LEVEL = new Set(['com', 'org', 'net']);

/**
 * Whether a host said aloud is a whole one rather than a piece of a name the transcriber split or ran on: "the.com"
 * from "read the docs for business, the.com", "fm.com/scout" and "pythonbytes.fm.com" are not sites to link to. A
 * country's second level (`example.org.uk`; `co.uk` holds no such label) is whole.
 */
export function wholeHost(host: string): boolean {
  const labels = host.split('.');
  if (FRAGMENT_START.has(labels[0]!)) return false;
  const last = labels.length - 1;
  const countryLevel = (k: number) => k === last - 1 && k > 0 && COUNTRY_SECOND_LEVEL.has(labels[k]!) && labels[last]!.length === 2;
  return labels.every((l, k) => k === last || !INNER_TLD.has(l) || countryLevel(k));
}
