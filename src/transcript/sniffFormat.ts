// Picks a transcript format by its content, not the file's extension.
import type { TranscriptFormat } from './format.js';
import { transcriptFormats } from './formats/index.js';

/** The best-scoring format, or null when none recognises the text. */
export function sniffFormat(text: string, formats: readonly TranscriptFormat[] = transcriptFormats): TranscriptFormat | null {
  let best: TranscriptFormat | null = null;
  let bestScore = 0.2; // below this, nothing is confident enough
  for (const f of formats) {
    const score = f.sniff(text);
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}
