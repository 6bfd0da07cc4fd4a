// `shownotes new <transcript> [--notes <notes.md>]`: a new episode folder, drafted from its transcript.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { episodeFolder } from '../../scaffold/episodeFolder.js';
import { loadPodcast, PODCAST_FILE } from '../../load/loadPodcast.js';
import { readTextFile } from '../../load/readTextFile.js';
import { parseNotes } from '../../notes/parseNotes.js';
import { segmentEpisode } from '../../align/segmentEpisode.js';
import { readTranscriptArg } from '../readTranscriptArg.js';
import { draftEpisode } from '../../scaffold/draftEpisode.js';
import { informativeTitle } from '../../scaffold/titleFromFileName.js';
import type { Command } from '../command.js';
import { reportDiagnostics } from '../output.js';

const EXT: Record<string, string> = { webvtt: 'vtt', srt: 'srt', 'podcast-json': 'json', markdown: 'md', 'timestamped-text': 'txt' };

export const newCommand: Command = {
  usage: 'shownotes new <transcript> [--notes <notes.md>] [--slug <slug>] [--title <title>] [--root <dir>]',
  options: { notes: { type: 'string' }, slug: { type: 'string' }, title: { type: 'string' }, root: { type: 'string' } },
  positionals: 1,
  run({ positionals, values }, io) {
    const file = positionals[0]!;
    const root = resolve(String(values.root ?? '.'));
    const { transcript, diags, readable } = readTranscriptArg(file);
    const podcast = loadPodcast(root, diags.forFile(PODCAST_FILE));
    if (!podcast || !readable) return reportDiagnostics(diags.items, io);
    let notes: string | undefined;
    if (typeof values.notes === 'string') notes = readTextFile(values.notes, diags.forFile(values.notes)) ?? undefined;
    const segmentation = segmentEpisode(transcript.turns, notes ? parseNotes(notes) : null);
    // The title: --title, else the transcript's file name when it reads like a title (as `import` does).
    const title = typeof values.title === 'string' ? values.title : informativeTitle(basename(file), podcast.title);
    const draft = draftEpisode({ transcript, segmentation, podcast, draft: true, ...(notes ? { notes } : {}), ...(title ? { title } : {}) });
    const firstTopic = segmentation.segments.find((s) => s.kind === 'topic')?.title;
    const slug = typeof values.slug === 'string' ? values.slug : episodeFolder(draft.number, title ?? firstTopic ?? draft.title);
    const dir = join(root, 'episodes', slug);
    if (existsSync(dir)) {
      io.err(`episodes/${slug} already exists; nothing was changed (choose another --slug)\n`);
      return 1;
    }
    mkdirSync(dir, { recursive: true });
    copyFileSync(file, join(dir, `transcript.${EXT[transcript.format] ?? 'txt'}`));
    writeFileSync(join(dir, 'index.md'), draft.indexMd);
    io.out(`created episodes/${slug}/ (${transcript.turns.length} turns, ${segmentation.segments.filter((s) => s.kind === 'topic').length} topics drafted), marked draft: true until you publish it\n`);
    return reportDiagnostics(diags.items, io);
  },
};
