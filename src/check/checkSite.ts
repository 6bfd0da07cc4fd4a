// `shownotes check`: the whole build, into memory, plus the checks that need the whole site (links and anchors).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Diagnostics, positionAt, type Diagnostic } from '../core/diagnostics.js';
import { emptyCache, type BuildCache } from '../incremental/cache.js';
import { SiteBuilder } from '../incremental/siteBuilder.js';
import { EVERY_EPISODE } from '../episode/publication.js';
import { loadPodcast } from '../load/loadPodcast.js';
import { readTextFile } from '../load/readTextFile.js';
import { siteLinks } from '../render/siteLinks.js';
import { MemoryWriter } from '../write/writer.js';
import { checkLinks, toPosix, type LinkSource } from './checkLinks.js';

export async function checkSite(root: string): Promise<{ diagnostics: Diagnostic[]; episodes: number }> {
  const writer = new MemoryWriter();
  const cache = emptyCache(join(root, 'dist'));
  // Drafts and episodes dated after today are checked too: they are the ones being worked on.
  const report = await new SiteBuilder(root, cache, undefined, { publication: EVERY_EPISODE }).run(writer, undefined, { search: 'later' });
  const diags = new Diagnostics();
  diags.items.push(...report.diagnostics);
  const podcast = loadPodcast(root, new Diagnostics());
  if (podcast) {
    // public/ files are part of the site too: links to them must resolve.
    for (const dir of writer.copied) for (const f of listFiles(dir)) if (!writer.files.has(f)) writer.files.set(f, f.endsWith('.html') ? readFileSync(join(dir, f), 'utf8') : '');
    checkLinks(writer.files, siteLinks(podcast).base, diags, notesLinkSource(root, cache.episodes));
  }
  return { diagnostics: diags.items, episodes: report.episodes };
}

/** What stands right before a link in markdown: `[text](link`, `[text](<link>`, `<link>`, `[ref]: link`. */
const LINK_OPENERS = ['](', '](<', '<', ']: '];

/**
 * Where an episode page's link was written in its notes: the first `](link` or `<link>` of its index.md (the first
 * line of a reference definition `[x]: link` too), so that a broken link is reported on the line to edit.
 */
function notesLinkSource(root: string, episodes: BuildCache['episodes']): LinkSource {
  const notesOf = new Map<string, string>();
  for (const [folder, e] of Object.entries(episodes)) for (const f of e.files) if (f.endsWith('.html')) notesOf.set(toPosix(f), join('episodes', folder, 'index.md'));
  const texts = new Map<string, string | null>();
  return (page, link) => {
    const file = notesOf.get(page);
    if (!file) return undefined;
    // Read and decoded as the build read it (a BOM or UTF-16 taken off); what it could not read, it has reported.
    if (!texts.has(file)) texts.set(file, readTextFile(join(root, file), new Diagnostics()));
    const text = texts.get(file);
    if (!text) return undefined;
    let first = -1;
    for (const before of LINK_OPENERS) {
      const i = text.indexOf(`${before}${link}`);
      if (i >= 0 && (first < 0 || i + before.length < first)) first = i + before.length;
    }
    if (first < 0) return undefined;
    const at = positionAt(text, first);
    return { file: toPosix(file), ...at };
  };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: string[];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}
