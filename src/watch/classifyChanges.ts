// Changed paths (relative to the project root) into what the site builder must look at again.
import type { ChangeSet } from '../incremental/siteBuilder.js';
import { PODCAST_FILE } from '../load/loadPodcast.js';

export interface ClassifiedChanges extends ChangeSet {
  /** True when only stylesheets under public/ changed: browsers can swap them without a reload. */
  cssOnly: boolean;
}

export function classifyChanges(paths: Iterable<string>): ClassifiedChanges {
  const episodes = new Set<string>();
  const publicFiles = new Set<string>();
  let project = false;
  let templates = false;
  let other = false;
  for (const raw of paths) {
    const p = raw.replace(/\\/g, '/').replace(/^\.\//, '');
    const parts = p.split('/');
    if (p === PODCAST_FILE) project = true;
    else if (parts[0] === 'episodes' && parts[1]) episodes.add(parts[1]);
    else if (parts[0] === 'templates') templates = true;
    else if (parts[0] === 'public' && parts.length > 1) publicFiles.add(parts.slice(1).join('/'));
    else other = true;
  }
  const cssOnly = !project && !templates && !other && episodes.size === 0 && publicFiles.size > 0 && [...publicFiles].every((f) => f.endsWith('.css'));
  return { project: project || other, templates, episodes, publicFiles, cssOnly };
}
