// Reading one text file from disk, decoded and size-checked.
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostics } from '../core/diagnostics.js';
import { decodeText } from './decodeText.js';

/** Transcripts above this size are refused rather than parsed (a 3-hour show is about 200 KB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export function readTextFile(path: string, diags: Diagnostics): string | null {
  const read = readTextBytes(path, diags);
  return read && read.bytes ? decodeText(read.bytes, diags) : null;
}

/**
 * The file's bytes, and its size and mtime as they were just before the bytes were read (what a build cache may
 * stamp them with). Null when it cannot be read; `bytes` null when it is too large to be (each reported).
 */
export function readTextBytes(path: string, diags: Diagnostics): { bytes: Buffer | null; size: number; mtimeMs: number } | null {
  let st: { size: number; mtimeMs: number };
  try {
    st = statSync(path);
  } catch (e) {
    diags.error('file-unreadable', `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return null;
  }
  if (st.size > MAX_TEXT_BYTES) {
    diags.error('file-too-large', `file is ${(st.size / 1048576).toFixed(1)} MB, above the ${MAX_TEXT_BYTES / 1048576} MB limit; split it or check that it is the right file`);
    return { bytes: null, size: st.size, mtimeMs: st.mtimeMs };
  }
  return { bytes: readFileSync(path), size: st.size, mtimeMs: st.mtimeMs };
}
