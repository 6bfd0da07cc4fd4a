// Bytes to text: BOMs, UTF-16, non-UTF-8 files and binary files, each reported as a diagnostic.
import type { Diagnostics } from '../core/diagnostics.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes. Returns null (with an error) when the file is binary. */
export function decodeText(bytes: Uint8Array, diags: Diagnostics): string | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    diags.warn('encoding-utf16', 'file is UTF-16 (little-endian); it was read, but save it as UTF-8');
    return normalizeNewlines(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    diags.warn('encoding-utf16', 'file is UTF-16 (big-endian); it was read, but save it as UTF-8');
    return normalizeNewlines(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  if (looksBinary(body)) {
    diags.error('file-binary', 'file looks binary (control bytes in its first 8 KB), not text: export the transcript as text, VTT, SRT or JSON');
    return null;
  }
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    diags.warn('encoding-not-utf8', 'file is not valid UTF-8; it was read as Windows-1252/Latin-1, but save it as UTF-8');
    text = new TextDecoder('windows-1252').decode(body);
  }
  if (text.includes('\0')) {
    const at = text.indexOf('\0');
    const line = text.slice(0, at).split('\n').length;
    diags.warn('text-nul-bytes', 'file contains NUL bytes; they were removed', line, 1);
    text = text.replaceAll('\0', '');
  }
  return normalizeNewlines(text);
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** More than 10% control bytes (other than tab, newline, CR, form feed) in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control / n > 0.1;
}
