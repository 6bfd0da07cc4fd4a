// Parse stage: transcript text into turns, through whichever format recognises it.
import type { Diagnostics } from '../core/diagnostics.js';
import type { Transcript } from '../core/types.js';
import { sniffFormat } from './sniffFormat.js';
import { cuesToTurns } from './cuesToTurns.js';

export function parseTranscript(text: string, diags: Diagnostics): Transcript {
  if (!text.trim()) {
    diags.warn('transcript-empty', 'transcript is empty; the episode is built without one');
    return { format: 'empty', turns: [] };
  }
  const format = sniffFormat(text);
  if (!format) {
    diags.error(
      'transcript-unknown-format',
      'transcript format not recognised: use timestamped lines (00:01:02 Name: text), WebVTT, SRT, Podcasting 2.0 JSON or speaker-labelled markdown',
    );
    return { format: 'unknown', turns: [] };
  }
  const cues = format.parse(text, diags);
  return { format: format.name, turns: cuesToTurns(cues, format.mergeFragments, diags) };
}
