// Load stage: the podcast metadata, the episode folders and where the templates and public files are.
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Diagnostics } from '../core/diagnostics.js';
import type { EpisodeSource, Podcast } from '../core/episode.js';
import { findEpisodeFolders, loadEpisodeSource } from './findEpisodes.js';
import { loadPodcast, PODCAST_FILE } from './loadPodcast.js';
import { readTextBytes, readTextFile } from './readTextFile.js';
import { decodeText } from './decodeText.js';
import { hash } from '../core/hash.js';

export interface Project {
  root: string;
  podcast: Podcast;
  sources: EpisodeSource[];
  templatesDir: string;
  publicDir: string;
}

/** `episodes: false`: the settings alone, with no episode folder read (a render worker's). */
export function loadProject(root: string, diags: Diagnostics, opts: { episodes?: boolean } = {}): Project | null {
  const podcast = loadPodcast(root, diags.forFile(PODCAST_FILE));
  const templatesDir = join(root, 'templates');
  if (!existsSync(join(templatesDir, 'layout.eta'))) {
    diags.forFile('templates').error('templates-missing', 'templates/layout.eta not found: copy the templates/ folder of the example site');
  }
  if (!podcast || diags.hasErrors) return null;
  const sources = opts.episodes === false ? [] : findEpisodeFolders(root).map((folder) => loadEpisodeSource(root, folder));
  return { root, podcast, sources, templatesDir, publicDir: join(root, 'public') };
}

/**
 * An episode's index.md text: as loaded, or read again when a one-shot build let it go after planning. Read again, it
 * must be what was planned (its hash): an edit made during the build fails the episode rather than mix two versions.
 */
export function indexTextOf(root: string, source: EpisodeSource, diags: Diagnostics): string | null {
  if (!source.indexReleased) return source.indexText;
  const fileDiags = diags.forFile(source.indexPath);
  const text = readTextFile(join(root, source.indexPath), fileDiags);
  if (text === null || hash(text) === source.indexHash) return text;
  fileDiags.error('episode-changed-during-build', 'index.md changed while the site was being built; build again', 1, 1);
  return null;
}

/** Reads an episode's transcript file; diagnostics go to that file. */
export function readTranscript(root: string, source: EpisodeSource, diags: Diagnostics): string | null {
  if (!source.transcriptPath) return null;
  return readTextFile(join(root, source.transcriptPath), diags.forFile(source.transcriptPath));
}

/**
 * What a build keys an episode's transcript by: the hash of its bytes (`hash`: "-" for no transcript, "missing" when
 * it cannot be read), and its path, size and mtime as they were before the bytes were read (`transcriptStamp`), so
 * that a later build may trust the hash while they stay the same.
 */
export interface TranscriptStamp {
  transcriptStamp?: string;
  transcriptHash?: string;
  hash: string;
}

export function transcriptStamp(transcriptPath: string, st: { size: number; mtimeMs: number }): string {
  return `${transcriptPath}:${st.size}:${st.mtimeMs}`;
}

/** An episode's transcript and its stamp, from one read of the file (as readTranscript() reads it). */
export function readStampedTranscript(root: string, source: EpisodeSource, diags: Diagnostics): { text: string | null; stamp: TranscriptStamp } {
  if (!source.transcriptPath) return { text: null, stamp: { hash: '-' } };
  const fileDiags = diags.forFile(source.transcriptPath);
  const read = readTextBytes(join(root, source.transcriptPath), fileDiags);
  if (!read) return { text: null, stamp: { hash: 'missing' } };
  return { text: read.bytes && decodeText(read.bytes, fileDiags), stamp: stampedHash(source.transcriptPath, read) };
}

/**
 * A transcript's key from its stat (taken before its bytes were read) and its bytes: their hash, or, for a file too
 * large to read (`bytes` null), the hash of its stamp, so that any change of it changes the key.
 */
export function stampedHash(transcriptPath: string, read: { bytes: Uint8Array | null; size: number; mtimeMs: number }): TranscriptStamp {
  const stamp = transcriptStamp(transcriptPath, read);
  const h = read.bytes ? hash(read.bytes) : hash(`unread:${stamp}`);
  return { transcriptStamp: stamp, transcriptHash: h, hash: h };
}

/** Size of a file under public/ for a site path such as "/audio/149.mp3". */
export function publicFileSize(project: Pick<Project, 'publicDir'>): (sitePath: string) => number | undefined {
  return (sitePath) => {
    const rel = normalize(decodeURI(sitePath.split(/[?#]/)[0]!)).replace(/^([/\\])+/, '');
    if (rel.startsWith('..')) return undefined;
    const p = join(project.publicDir, rel);
    try {
      return statSync(p).isFile() ? statSync(p).size : undefined;
    } catch {
      return undefined;
    }
  };
}
