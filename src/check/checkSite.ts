// `shownotes check`: the whole build, into memory, plus the checks that need the whole site (links and anchors).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Diagnostics, type Diagnostic } from '../core/diagnostics.js';
import { emptyCache } from '../incremental/cache.js';
import { SiteBuilder } from '../incremental/siteBuilder.js';
import { EVERY_EPISODE } from '../episode/publication.js';
import { loadPodcast } from '../load/loadPodcast.js';
import { siteLinks } from '../render/siteLinks.js';
import { MemoryWriter } from '../write/writer.js';
import { checkLinks } from './checkLinks.js';

export async function checkSite(root: string): Promise<{ diagnostics: Diagnostic[]; episodes: number }> {
  const writer = new MemoryWriter();
  // Drafts and episodes dated after today are checked too: they are the ones being worked on.
  const report = await new SiteBuilder(root, emptyCache(join(root, 'dist')), undefined, { publication: EVERY_EPISODE }).run(writer, undefined, { search: 'later' });
  const diags = new Diagnostics();
  diags.items.push(...report.diagnostics);
  const podcast = loadPodcast(root, new Diagnostics());
  if (podcast) {
    // public/ files are part of the site too: links to them must resolve.
    for (const dir of writer.copied) for (const f of listFiles(dir)) if (!writer.files.has(f)) writer.files.set(f, f.endsWith('.html') ? readFileSync(join(dir, f), 'utf8') : '');
    checkLinks(writer.files, siteLinks(podcast).base, diags);
  }
  return { diagnostics: diags.items, episodes: report.episodes };
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
