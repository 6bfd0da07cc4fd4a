// The interface every transcript format implements, and the cue type they produce.
import type { Diagnostics } from '../core/diagnostics.js';

/** A timed piece of text as a format gives it, before fragments are merged into turns. */
export interface Cue {
  start: number;
  /** End time when the format states one. */
  end?: number;
  speaker: string | null;
  text: string;
  line: number;
}

export interface TranscriptFormat {
  /** Name printed by `shownotes parse` as "format". */
  name: string;
  /** How sure the format is that this text is its own, from 0 (not mine) to 1 (certainly mine). */
  sniff(text: string): number;
  parse(text: string, diags: Diagnostics): Cue[];
  /** Whether consecutive cues are caption fragments that may be merged into turns. */
  mergeFragments: boolean;
}
