// One episode through the pure stages: markdown read, transcript parsed into turns, segmented, aligned with the notes.
import { Diagnostics, type Diagnostic } from '../core/diagnostics.js';
import type { Episode, EpisodeSource } from '../core/episode.js';
import type { Segmentation, Transcript } from '../core/types.js';
import type { NotesItem } from '../notes/types.js';
import { parseTranscript } from '../transcript/parseTranscript.js';
import { segmentEpisode } from '../align/segmentEpisode.js';
import { applyOverrides } from '../align/applyOverrides.js';
import { readEpisode, type EpisodeEnv } from './readEpisode.js';
import { checkSpeakers } from './checkSpeakers.js';
import { untimed, type StageTimer } from '../core/timings.js';

/**
 * The last transcript parsed and segmentation made for one episode, kept by `shownotes dev` between rebuilds: an
 * edit of the notes that leaves the transcript and the notes' items as they were reuses them (both are pure
 * functions of those inputs; the parse's diagnostics are kept with it and reported again).
 */
export interface PrepareMemo {
  parsed?: { text: string; transcript: Transcript; diagnostics: Diagnostic[] };
  segmented?: { transcript: Transcript; notes: string; segmentation: Segmentation };
}

export interface Prepared {
  episode: Episode | null;
  diagnostics: Diagnostic[];
}

/**
 * `transcriptText` is null when the episode has no transcript (or it could not be read).
 * The episode is null when it cannot be built; its diagnostics say why. The transcript is parsed either way,
 * so that every problem of the episode is reported in one run. `time`: how long reading the notes and parsing the
 * transcript take (the stage `parse`), and the segmenting and aligning (see segmentEpisode()).
 */
export function prepareEpisode(source: EpisodeSource, transcriptText: string | null, env: EpisodeEnv, transcriptDiagnostics: Diagnostic[] = [], memo?: PrepareMemo, time: StageTimer = untimed): Prepared {
  const diags = new Diagnostics(source.indexPath);
  diags.items.push(...source.diagnostics, ...transcriptDiagnostics);
  const tdiags = diags.forFile(source.transcriptPath ?? source.indexPath);
  const [read, transcript] = time('parse', () => {
    const read = source.indexText === null ? null : readEpisode(source.folder, source.indexText, env, diags);
    const transcript: Transcript = transcriptText === null ? { format: 'none', turns: [] } : parsed(transcriptText, tdiags, memo);
    if (read) checkSpeakers(transcript.turns, read.meta.speakers, tdiags);
    return [read, transcript] as const;
  });
  if (!read) return { episode: null, diagnostics: diags.items };
  const last = transcript.turns[transcript.turns.length - 1];
  const duration = read.meta.duration ?? (last ? last.end : 0);
  const topics = read.notes.filter((i) => i.kind === 'topic');
  const segmentation = applyOverrides(segmented(transcript, read.notes, time, memo), read.meta.segmentOverrides, duration);
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

function parsed(text: string, diags: Diagnostics, memo?: PrepareMemo): Transcript {
  if (memo?.parsed?.text === text) {
    diags.items.push(...memo.parsed.diagnostics);
    return memo.parsed.transcript;
  }
  const from = diags.items.length;
  const transcript = parseTranscript(text, diags);
  if (memo) memo.parsed = { text, transcript, diagnostics: diags.items.slice(from) };
  return transcript;
}

function segmented(transcript: Transcript, notes: readonly NotesItem[], time: StageTimer, memo?: PrepareMemo): Segmentation {
  const run = () => segmentEpisode(transcript.turns, notes.length ? notes : null, time);
  if (!memo) return run();
  // The turns are the memo's own object when the transcript is unchanged; the notes are compared as data.
  const key = JSON.stringify(notes);
  if (memo.segmented?.transcript === transcript && memo.segmented.notes === key) return memo.segmented.segmentation;
  memo.segmented = { transcript, notes: key, segmentation: run() };
  return memo.segmented.segmentation;
}
