// Internal links and anchors of a built site: every href and src inside the site must point at a file,
// and every #fragment at an id of that page. Also: ids must be unique within a page.
import { posix } from 'node:path';
import { Diagnostics, positionAt } from '../core/diagnostics.js';

/** A relative link that reads like a site's name: "matplotlib.org", "www.example.com/docs". */
const SITE_NAME = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|fm|ai|co|app|me|edu|gov|info|so|sh|ly|rs)(?:\/|$)/i;

/** Where a page's link was written, when its source is known: the notes line that holds `[…](link)`. */
export type LinkSource = (page: string, link: string) => { file: string; line: number; column: number } | undefined;

export function checkLinks(files: ReadonlyMap<string, string>, base: string, diags: Diagnostics, sourceOf: LinkSource = () => undefined): void {
  const ids = new Map<string, Set<string>>();
  for (const [path, content] of files) {
    if (!path.endsWith('.html')) continue;
    const seen = new Set<string>();
    for (const m of content.matchAll(/\sid="([^"]*)"/g)) {
      if (seen.has(m[1]!)) {
        const at = positionAt(content, m.index);
        diags.forFile(`dist/${path}`).error('id-duplicate', `id "${m[1]}" is used twice on this page`, at.line, at.column);
      }
      seen.add(m[1]!);
    }
    ids.set(toPosix(path), seen);
  }
  // The site's files by their posix paths, looked up once a link.
  const keys = new Set([...files.keys()].map(toPosix));
  for (const [path, content] of files) {
    if (!path.endsWith('.html')) continue;
    const page = toPosix(path);
    const pageUrl = `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const m of content.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue; // external or another scheme
      const [pathPart, fragment] = splitUrl(raw);
      const target = pathPart === '' ? page : resolveTarget(pageUrl, pathPart, base, keys);
      // A link written in the notes is reported where it was written; one the templates made, on the page.
      const report = (rule: string, message: string) => {
        const source = sourceOf(page, raw);
        if (source) diags.forFile(source.file).error(rule, `${message} (on dist/${path})`, source.line, source.column);
        else {
          const at = positionAt(content, m.index);
          diags.forFile(`dist/${path}`).error(rule, message, at.line, at.column);
        }
      };
      if (target === null) {
        // "[matplotlib](matplotlib.org)": a link written without its scheme is read as a file beside the page.
        const hint = SITE_NAME.test(pathPart) ? `; a link to another site needs its scheme: https://${raw}` : '';
        report('link-broken', `link to "${raw}" points at nothing in the site${hint}`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !ids.get(target)?.has(decodeURIComponent(fragment))) {
        report('anchor-missing', `link to "${raw}": no element has id "${fragment}" on that page`);
      }
    }
  }
}

function splitUrl(raw: string): [string, string] {
  const noQuery = raw.replace(/\?[^#]*/, '');
  const i = noQuery.indexOf('#');
  return i === -1 ? [noQuery, ''] : [noQuery.slice(0, i), noQuery.slice(i + 1)];
}

/** The site file a link resolves to, or null. */
function resolveTarget(pageUrl: string, link: string, base: string, keys: ReadonlySet<string>): string | null {
  const abs = link.startsWith('/') ? link : posix.join(posix.dirname(pageUrl.endsWith('/') ? `${pageUrl}x` : pageUrl), link);
  if (!abs.startsWith(base)) return null;
  let rel = decodeURIComponent(abs.slice(base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  if (keys.has(rel)) return rel;
  if (keys.has(`${rel}/index.html`)) return `${rel}/index.html`;
  return null;
}

export function toPosix(p: string): string {
  return p.split('\\').join('/');
}
