// `shownotes parse <file> [--json]`: a transcript into turns.
import { formatClock } from '../../core/time.js';
import { readTranscriptArg } from '../readTranscriptArg.js';
import type { Command } from '../command.js';
import { reportDiagnostics } from '../output.js';

export const parseCommand: Command = {
  usage: 'shownotes parse <transcript> [--json]',
  options: { json: { type: 'boolean' } },
  positionals: 1,
  run({ positionals, values }, io) {
    const file = positionals[0]!;
    const { transcript, diags } = readTranscriptArg(file);
    const turns = transcript.turns.map(({ start, end, speaker, text }) => ({ start, end, speaker, text }));
    if (values.json) io.out(JSON.stringify({ format: transcript.format, turns }, null, 2) + '\n');
    else {
      io.out(`${transcript.format}: ${turns.length} turns\n`);
      for (const t of turns) io.out(`${formatClock(t.start)} ${t.speaker ?? '-'}: ${t.text}\n`);
    }
    return reportDiagnostics(diags.items, io);
  },
};
