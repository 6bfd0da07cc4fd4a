// The podcast's own metadata, from podcast.yaml at the project root.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostics } from '../core/diagnostics.js';
import type { Podcast } from '../core/episode.js';
import type { Person } from '../core/types.js';
import { readTextFile } from './readTextFile.js';
import { podcastFields, podcastSchema } from './schema.js';
import { readFrontMatter } from './readFrontMatter.js';

export const PODCAST_FILE = 'podcast.yaml';

export function loadPodcast(root: string, diags: Diagnostics): Podcast | null {
  const path = join(root, PODCAST_FILE);
  if (!existsSync(path)) {
    diags.error('podcast-missing', `${PODCAST_FILE} not found: create it with at least "title:" and "url:" (see README)`);
    return null;
  }
  const text = readTextFile(path, diags);
  if (text === null) return null;
  // The YAML file is read as front matter of an otherwise empty document, so errors get the same positions.
  const fm = readFrontMatter(`---\n${text}\n---\n`, podcastSchema, podcastFields, diags, -1);
  if (!fm.data) return null;
  const c = fm.data;
  const people = new Map<string, Person>();
  for (const [id, p] of Object.entries(c.people)) people.set(id, { id, ...p });
  return {
    title: c.title,
    description: c.description,
    author: c.author,
    url: c.url.endsWith('/') ? c.url : `${c.url}/`,
    language: c.language,
    categories: c.categories,
    ...(c.image ? { image: c.image } : {}),
    explicit: c.explicit,
    ...(c.email ? { email: c.email } : {}),
    ...(c.copyright ? { copyright: c.copyright } : {}),
    type: c.type,
    people,
    hosts: c.hosts,
    pageSize: c.pageSize,
    markdownHtml: c.markdown.html,
    searchSkipWords: c.search.skipWords,
  };
}
