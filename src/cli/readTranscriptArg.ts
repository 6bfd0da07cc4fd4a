// A transcript named on the command line, read and parsed, its problems collected for that file.
import { Diagnostics } from '../core/diagnostics.js';
import type { Transcript } from '../core/types.js';
import { readTextFile } from '../load/readTextFile.js';
import { parseTranscript } from '../transcript/parseTranscript.js';

export function readTranscriptArg(file: string): { transcript: Transcript; diags: Diagnostics; readable: boolean } {
  const diags = new Diagnostics(file);
  const text = readTextFile(file, diags);
  return { transcript: text === null ? { format: 'unknown', turns: [] } : parseTranscript(text, diags), diags, readable: text !== null };
}
