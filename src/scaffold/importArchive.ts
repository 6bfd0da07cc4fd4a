// Bringing an existing archive in bulk: notes and transcripts paired by episode number, one folder per episode.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { episodeFolder } from './episodeFolder.js';
import matter from 'gray-matter';
import { Diagnostics } from '../core/diagnostics.js';
import type { Podcast } from '../core/episode.js';
import { readTextFile } from '../load/readTextFile.js';
import { parseTranscript } from '../transcript/parseTranscript.js';
import { notesTitle } from '../notes/parseNotes.js';
import { draftEpisode } from './draftEpisode.js';
import { introFacts, pad } from './introFacts.js';
import { numberFromFileName, titleFromFileName } from './titleFromFileName.js';

/** Transcript formats tried in this order when an episode has several files. */
const PREFERENCE = ['.vtt', '.srt', '.json', '.txt', '.md'];
const WEEK_MS = 7 * 24 * 3600 * 1000;

export interface ImportResult {
  imported: string[];
  skipped: string[];
  unpairedNotes: string[];
  unpairedTranscripts: string[];
  estimatedDates: number[];
  diagnostics: Diagnostics;
}

export function importArchive(opts: { notesDir: string; transcriptsDir: string; into: string; podcast: Podcast }): ImportResult {
  const diagnostics = new Diagnostics();
  const notes = byNumber(readdirSync(opts.notesDir).filter((f) => f.toLowerCase().endsWith('.md')));
  const transcripts = byNumber(readdirSync(opts.transcriptsDir).filter((f) => PREFERENCE.includes(extname(f).toLowerCase())));
  const result: ImportResult = { imported: [], skipped: [], unpairedNotes: [], unpairedTranscripts: [], estimatedDates: [], diagnostics };
  for (const [n, files] of notes) if (!transcripts.has(n)) result.unpairedNotes.push(...files);
  for (const [n, files] of transcripts) if (!notes.has(n)) result.unpairedTranscripts.push(...files);

  interface Entry { n: number; folder: string; transcriptFile: string; indexMd: (date: string) => string; date?: string; monthDay?: { month: number; day: number } }
  const entries: Entry[] = [];
  for (const n of [...notes.keys()].filter((k) => transcripts.has(k)).sort((a, b) => a - b)) {
    const transcriptFile = [...transcripts.get(n)!].sort((a, b) => PREFERENCE.indexOf(extname(a).toLowerCase()) - PREFERENCE.indexOf(extname(b).toLowerCase()))[0]!;
    const notesFile = notes.get(n)![0]!;
    const tdiags = diagnostics.forFile(join(opts.transcriptsDir, transcriptFile));
    const text = readTextFile(join(opts.transcriptsDir, transcriptFile), tdiags) ?? '';
    const transcript = parseTranscript(text, tdiags);
    const notesText = readTextFile(join(opts.notesDir, notesFile), diagnostics.forFile(join(opts.notesDir, notesFile))) ?? '';
    const body = stripFrontMatter(notesText);
    // The notes' own title heading, else the transcript's file name: "# #483: Thanks Brian" over "483-thanks-brian.txt".
    const title = notesTitle(body) ?? (titleFromFileName(transcriptFile) || `Episode ${n}`);
    const folder = episodeFolder(n, title);
    const facts = introFacts(transcript.turns);
    entries.push({
      n,
      folder,
      transcriptFile,
      indexMd: (date) => draftEpisode({ transcript, segmentation: { segments: [], mentions: [] }, podcast: opts.podcast, notes: body, title, number: n, date }).indexMd,
      ...(facts.date ? { date: facts.date } : {}),
      ...(facts.monthDay ? { monthDay: facts.monthDay } : {}),
    });
  }
  // Dates the transcript did not state in full are estimated from the nearest dated episodes, a week per number.
  const dated = entries.filter((e) => e.date);
  for (const e of entries) {
    if (e.date) continue;
    const near = dated.reduce<Entry | undefined>((best, d) => (!best || Math.abs(d.n - e.n) < Math.abs(best.n - e.n) ? d : best), undefined);
    let t = near ? Date.parse(`${near.date}T00:00:00Z`) + (e.n - near.n) * WEEK_MS : Date.UTC(2000, 0, 1);
    if (e.monthDay) {
      const y = new Date(t).getUTCFullYear();
      t = [y - 1, y, y + 1].map((yy) => Date.UTC(yy, e.monthDay!.month - 1, e.monthDay!.day)).sort((a, b) => Math.abs(a - t) - Math.abs(b - t))[0]!;
    }
    const d = new Date(t);
    e.date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    result.estimatedDates.push(e.n);
  }
  mkdirSync(opts.into, { recursive: true });
  for (const e of entries) {
    const dir = join(opts.into, e.folder);
    if (existsSync(dir)) {
      result.skipped.push(e.folder);
      continue;
    }
    mkdirSync(dir);
    copyFileSync(join(opts.transcriptsDir, e.transcriptFile), join(dir, `transcript${extname(e.transcriptFile).toLowerCase()}`));
    writeFileSync(join(dir, 'index.md'), e.indexMd(e.date!));
    result.imported.push(e.folder);
  }
  return result;
}

function byNumber(files: string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const f of files.sort()) {
    const n = numberFromFileName(f);
    if (n === undefined) continue;
    out.set(n, [...(out.get(n) ?? []), f]);
  }
  return out;
}

function stripFrontMatter(text: string): string {
  if (!text.startsWith('---')) return text;
  try {
    return matter(text, {}).content;
  } catch {
    return text;
  }
}
