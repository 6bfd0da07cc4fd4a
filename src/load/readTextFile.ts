// Reading one text file from disk, decoded and size-checked.
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostics } from '../core/diagnostics.js';
import { decodeText } from './decodeText.js';

/** Transcripts above this size are refused rather than parsed (a 3-hour show is about 200 KB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export function readTextFile(path: string, diags: Diagnostics): string | null {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    diags.error('file-unreadable', `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return null;
  }
  if (size > MAX_TEXT_BYTES) {
    diags.error('file-too-large', `file is ${(size / 1048576).toFixed(1)} MB, above the ${MAX_TEXT_BYTES / 1048576} MB limit; split it or check that it is the right file`);
    return null;
  }
  return decodeText(readFileSync(path), diags);
}
