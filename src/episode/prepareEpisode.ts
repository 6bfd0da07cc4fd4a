// One episode through the pure stages: markdown read, transcript parsed into turns, segmented, aligned with the notes.
import { Diagnostics, type Diagnostic } from '../core/diagnostics.js';
import type { Episode, EpisodeSource } from '../core/episode.js';
import type { Segmentation } from '../core/types.js';
import { parseTranscript } from '../transcript/parseTranscript.js';
import { segmentEpisode } from '../align/segmentEpisode.js';
import { applyOverrides } from '../align/applyOverrides.js';
import { readEpisode, type EpisodeEnv } from './readEpisode.js';
import { checkSpeakers } from './checkSpeakers.js';

export interface Prepared {
  episode: Episode | null;
  diagnostics: Diagnostic[];
}

/**
 * `transcriptText` is null when the episode has no transcript (or it could not be read).
 * The episode is null when it cannot be built; its diagnostics say why. The transcript is parsed either way,
 * so that every problem of the episode is reported in one run.
 */
export function prepareEpisode(source: EpisodeSource, transcriptText: string | null, env: EpisodeEnv, transcriptDiagnostics: Diagnostic[] = [], known?: Segmentation): Prepared {
  const diags = new Diagnostics(source.indexPath);
  diags.items.push(...source.diagnostics, ...transcriptDiagnostics);
  const read = source.indexText === null ? null : readEpisode(source.folder, source.indexText, env, diags);
  const tdiags = diags.forFile(source.transcriptPath ?? source.indexPath);
  const transcript = transcriptText === null ? { format: 'none', turns: [] } : parseTranscript(transcriptText, tdiags);
  if (!read) return { episode: null, diagnostics: diags.items };
  checkSpeakers(transcript.turns, read.meta.speakers, tdiags);
  const last = transcript.turns[transcript.turns.length - 1];
  const duration = read.meta.duration ?? (last ? last.end : 0);
  const topics = read.notes.filter((i) => i.kind === 'topic');
  // `known`: this run segmented the same episode already (the search pass did, before the pages).
  const segmentation = known ?? applyOverrides(segmentEpisode(transcript.turns, read.notes.length ? read.notes : null), read.meta.segmentOverrides, duration);
  if (topics.length && transcript.turns.length && !segmentation.segments.some((s) => s.kind === 'topic')) {
    diags.warn('topic-unplaced', `the notes list ${topics.length} topics but none could be placed in the transcript; add start times under "segments:"`, topics[0]!.line + read.bodyLine - 1, 1);
  }
  const episode: Episode = {
    meta: { ...read.meta, duration },
    source,
    body: read.body,
    bodyLine: read.bodyLine,
    notes: read.notes,
    transcript,
    segmentation,
    diagnostics: diags.items,
  };
  return { episode, diagnostics: diags.items };
}
