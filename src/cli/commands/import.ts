// `shownotes import --notes <dir> --transcripts <dir> [--into episodes/]`: an existing archive, in bulk.
import { resolve } from 'node:path';
import { Diagnostics } from '../../core/diagnostics.js';
import { loadPodcast, PODCAST_FILE } from '../../load/loadPodcast.js';
import { importArchive } from '../../scaffold/importArchive.js';
import type { Command } from '../command.js';
import { reportDiagnostics } from '../output.js';

export const importCommand: Command = {
  usage: 'shownotes import --notes <dir> --transcripts <dir> [--into episodes/] [--root <dir>]',
  options: { notes: { type: 'string' }, transcripts: { type: 'string' }, into: { type: 'string' }, root: { type: 'string' } },
  run({ values }, io) {
    if (typeof values.notes !== 'string' || typeof values.transcripts !== 'string') {
      io.err(`usage: ${this.usage}\n`);
      return 2;
    }
    const root = resolve(String(values.root ?? '.'));
    const diags = new Diagnostics();
    const podcast = loadPodcast(root, diags.forFile(PODCAST_FILE));
    if (!podcast) return reportDiagnostics(diags.items, io);
    const r = importArchive({ notesDir: resolve(values.notes), transcriptsDir: resolve(values.transcripts), into: resolve(root, String(values.into ?? 'episodes')), podcast });
    for (const f of r.unpairedNotes) io.err(`unpaired notes: ${f}\n`);
    for (const f of r.unpairedTranscripts) io.err(`unpaired transcript: ${f}\n`);
    for (const f of r.skipped) io.err(`skipped (folder exists): ${f}\n`);
    io.err(`imported ${r.imported.length} episodes; ${r.unpairedNotes.length + r.unpairedTranscripts.length} unpaired files; dates estimated for ${r.estimatedDates.length} episodes whose transcript does not say them in full (check "date:")\n`);
    return reportDiagnostics(r.diagnostics.items.filter((d) => d.severity === 'error'), io);
  },
};
