// Episode folders under episodes/: each holds index.md and one transcript file, found without configuration.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Diagnostics } from '../core/diagnostics.js';
import type { EpisodeSource } from '../core/episode.js';
import { readTextFile } from './readTextFile.js';
import { hash } from '../core/hash.js';

/** Transcript file names tried in this order when a folder has several. */
export const TRANSCRIPT_NAMES = ['transcript.vtt', 'transcript.srt', 'transcript.json', 'transcript.txt', 'transcript.md'];

/** Hidden folders under episodes/ (".git", ".drafts") hold no episode. */
const isEpisodeName = (name: string) => !name.startsWith('.');

export function findEpisodeFolders(root: string): string[] {
  const dir = join(root, 'episodes');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    // A symbolic link to a folder counts, as it does for isEpisodeFolder (the watcher's view).
    .filter((e) => (e.isDirectory() || (e.isSymbolicLink() && isEpisodeFolder(root, e.name))) && isEpisodeName(e.name))
    .map((e) => e.name)
    .sort();
}

/** One folder under episodes/, looked at alone: whether findEpisodeFolders would list it. */
export function isEpisodeFolder(root: string, folder: string): boolean {
  if (!isEpisodeName(folder)) return false;
  try {
    return statSync(join(root, 'episodes', folder)).isDirectory();
  } catch {
    return false;
  }
}

export function loadEpisodeSource(root: string, folder: string): EpisodeSource {
  const dir = join(root, 'episodes', folder);
  const indexPath = relative(root, join(dir, 'index.md')) || 'index.md';
  const diags = new Diagnostics(indexPath);
  const indexFile = join(dir, 'index.md');
  let indexText: string | null = null;
  if (!existsSync(indexFile)) diags.error('episode-no-index', `episode folder "${folder}" has no index.md; add one with title and date`);
  else indexText = readTextFile(indexFile, diags);
  const transcriptFile = findTranscript(dir, indexText);
  return {
    folder,
    indexPath,
    indexText,
    indexHash: hash(indexText ?? ''),
    transcriptPath: transcriptFile ? relative(root, transcriptFile) : null,
    diagnostics: diags.items,
  };
}

function findTranscript(dir: string, indexText: string | null): string | null {
  const named = indexText ? /^transcript:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(indexText.split(/\n---\s*\n/)[0] ?? '')?.[1] : undefined;
  if (named && !named.includes('..') && !named.includes('/')) {
    const p = join(dir, named);
    if (existsSync(p)) return p;
  }
  for (const name of TRANSCRIPT_NAMES) {
    const p = join(dir, name);
    if (existsSync(p)) return p;
  }
  return null;
}
