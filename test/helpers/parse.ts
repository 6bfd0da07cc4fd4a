// Parsing a fixture file exactly as the CLI does.
import { readFileSync } from 'node:fs';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { decodeText } from '../../src/load/decodeText.js';
import { parseTranscript } from '../../src/transcript/parseTranscript.js';

export function parseFile(path: string) {
  const diags = new Diagnostics(path);
  const text = decodeText(readFileSync(path), diags);
  const transcript = text === null ? { format: 'unknown', turns: [] } : parseTranscript(text, diags);
  return { transcript, diagnostics: diags.items };
}

export function parseString(text: string) {
  const diags = new Diagnostics('inline');
  return { transcript: parseTranscript(text, diags), diagnostics: diags.items };
}
