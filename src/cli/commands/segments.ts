// `shownotes segments <transcript> [--notes <notes.md>] [--json]`: the episode's structure.
import matter from 'gray-matter';
import { formatClock } from '../../core/time.js';
import { readTextFile } from '../../load/readTextFile.js';
import { parseNotes } from '../../notes/parseNotes.js';
import { readTranscriptArg } from '../readTranscriptArg.js';
import { segmentEpisode } from '../../align/segmentEpisode.js';
import type { Command } from '../command.js';
import { reportDiagnostics } from '../output.js';

export const segmentsCommand: Command = {
  usage: 'shownotes segments <transcript> [--notes <show-notes.md>] [--json]',
  options: { notes: { type: 'string' }, json: { type: 'boolean' } },
  positionals: 1,
  run({ positionals, values }, io) {
    const file = positionals[0]!;
    const { transcript, diags } = readTranscriptArg(file);
    const turns = transcript.turns;
    let items = null;
    if (typeof values.notes === 'string') {
      const notesDiags = diags.forFile(values.notes);
      const notesText = readTextFile(values.notes, notesDiags);
      if (notesText !== null) items = parseNotes(safeBody(notesText));
    }
    const result = segmentEpisode(turns, items);
    if (values.json) io.out(JSON.stringify(result, null, 2) + '\n');
    else {
      for (const s of result.segments) {
        io.out(`${formatClock(s.start).padStart(8)}  ${s.kind.padEnd(7)} ${s.n !== undefined ? `#${s.n} ` : ''}${s.title ?? ''}\n`);
      }
    }
    return reportDiagnostics(diags.items, io);
  },
};

/** The markdown body: front matter removed when it parses, the whole text otherwise. */
function safeBody(text: string): string {
  try {
    return matter(text).content;
  } catch {
    return text;
  }
}
