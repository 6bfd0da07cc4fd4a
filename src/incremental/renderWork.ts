// One episode's work, from its source to its rendered files: read the transcript, parse → segment → align, render.
// Pure but for reading the transcript, so it runs the same in the builder and on a render worker thread.
import { Diagnostics, type Diagnostic } from '../core/diagnostics.js';
import type { EpisodeSource } from '../core/episode.js';
import { Timings } from '../core/timings.js';
import { indexTextOf, readStampedTranscript, type TranscriptStamp } from '../load/loadProject.js';
import { prepareEpisode, type PrepareMemo } from '../episode/prepareEpisode.js';
import type { EpisodeEnv } from '../episode/readEpisode.js';
import type { RenderContext } from '../render/context.js';
import { renderEpisode, type Neighbours, type RenderedEpisode } from '../render/renderEpisode.js';
import type { IndexedEpisode, RecordTerms } from '../search/recordTerms.js';

export interface EpisodeWork {
  diagnostics: Diagnostic[];
  /** Null when the episode cannot be built (its diagnostics say why). */
  rendered: RenderedEpisode | null;
  /** Its search records, ready for the index, when one is being built. */
  search?: IndexedEpisode;
  /** The transcript as it was read, for the build cache's key (see SiteBuilder.episodeKey). */
  transcript: TranscriptStamp;
  /** Time spent in each stage. */
  timings: Record<string, number>;
}

/** `search`: the search index is being built, so the records are made ready for it here too, their terms numbered by it. */
export function renderWork(root: string, env: EpisodeEnv, ctx: RenderContext, source: EpisodeSource, neighbours: Neighbours, search: RecordTerms | null, memo?: PrepareMemo): EpisodeWork {
  const timings = new Timings();
  const transcriptDiags = new Diagnostics();
  const [read, transcript] = timings.time('load', () => [readAgain(root, source, transcriptDiags), readStampedTranscript(root, source, transcriptDiags)] as const);
  const { episode, diagnostics } = prepareEpisode(read, transcript.text, env, transcriptDiags.items, memo, timings.timer);
  const done = episode ? timings.time('render', () => renderEpisode(episode, ctx, neighbours)) : null;
  const indexed = search && done ? timings.time('search index', () => search.episode(done.records)) : undefined;
  return { diagnostics, rendered: done?.rendered ?? null, ...(indexed ? { search: indexed } : {}), transcript: transcript.stamp, timings: timings.ms };
}

/** The source with its index.md text, read again if a one-shot build let it go. */
function readAgain(root: string, source: EpisodeSource, diags: Diagnostics): EpisodeSource {
  return source.indexReleased ? { ...source, indexText: indexTextOf(root, source, diags), indexReleased: false } : source;
}
