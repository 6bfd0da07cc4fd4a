// npm run segments-vs-notes: how far the segments found from the transcript alone agree with the ones aligned with the
// show notes, over the whole Python Bytes archive (about 460 episodes, where ../shared/eval labels 11 by hand).
// The notes-aligned topics are a proxy for labels, not labels: they come from the same segmenter given the notes, which
// places topics right 0.97 of the time on the hand-labelled episodes. Use it to check that a segment rule helps across
// the archive rather than on the labelled few. Needs `npm run compile` first (it runs lib/).
// Options: --episodes DIR   an imported archive to use (default: import the corpus into a temp folder)
//          --rows           one line an episode: found/true+extra for each kind
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const project = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(project, '..', 'shared', 'corpus', 'python-bytes');
const arg = (name) => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : undefined; };
const TOLERANCE = 30;
const KINDS = ['topic', 'sponsor', 'extras', 'joke', 'outro'];

const { segmentEpisode } = await import(join(project, 'lib/align/segmentEpisode.js'));
const { parseNotes } = await import(join(project, 'lib/notes/parseNotes.js'));
const { parseTranscript } = await import(join(project, 'lib/transcript/parseTranscript.js'));
const { Diagnostics } = await import(join(project, 'lib/core/diagnostics.js'));

let episodes = arg('episodes');
let temp;
if (!episodes) {
  if (!existsSync(corpus)) { console.error(`segments-vs-notes needs ${corpus}, or --episodes DIR`); process.exit(2); }
  temp = mkdtempSync(join(tmpdir(), 'shownotes-svn-'));
  episodes = join(temp, 'episodes');
  writeFileSync(join(temp, 'podcast.yaml'), 'title: Python Bytes\nurl: https://pythonbytes.example\n');
  const r = spawnSync(process.execPath, [join(project, 'bin', 'shownotes.js'), 'import', '--notes', join(corpus, 'show_notes'), '--transcripts', join(corpus, 'transcripts'), '--into', episodes], { cwd: temp, encoding: 'utf8' });
  if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
}

/** One-to-one matches of predicted to true times within the tolerance, nearest pairs first (as ../shared/eval does). */
function matched(truth, pred) {
  const pairs = [];
  truth.forEach((t, i) => pred.forEach((p, j) => { if (Math.abs(t - p) <= TOLERANCE) pairs.push([Math.abs(t - p), i, j]); }));
  pairs.sort((a, b) => a[0] - b[0]);
  const ti = new Set(), pj = new Set();
  for (const [, i, j] of pairs) if (!ti.has(i) && !pj.has(j)) { ti.add(i); pj.add(j); }
  return ti.size;
}

const tally = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
const starts = (segments, kind) => segments.filter((s) => s.kind === kind).map((s) => s.start);
for (const name of readdirSync(episodes).sort()) {
  const dir = join(episodes, name);
  const transcript = readdirSync(dir).find((f) => f.startsWith('transcript.'));
  if (!transcript) continue;
  const turns = parseTranscript(readFileSync(join(dir, transcript), 'utf8'), new Diagnostics(transcript)).turns;
  if (!turns.length) continue;
  const body = readFileSync(join(dir, 'index.md'), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  const withNotes = segmentEpisode(turns, parseNotes(body)).segments;
  const alone = segmentEpisode(turns, null).segments;
  const row = [];
  for (const kind of KINDS) {
    const t = starts(withNotes, kind);
    const p = starts(alone, kind);
    const m = matched(t, p);
    Object.assign(tally[kind], { tp: tally[kind].tp + m, fp: tally[kind].fp + p.length - m, fn: tally[kind].fn + t.length - m });
    row.push(`${kind} ${m}/${t.length}+${p.length - m}`);
  }
  if (process.argv.includes('--rows')) console.log(`${name.slice(0, 40).padEnd(40)} ${row.join('  ')}`);
}
if (temp) rmSync(temp, { recursive: true, force: true });

console.log(`transcript alone against the notes-aligned segments (±${TOLERANCE} s):`);
for (const [kind, { tp, fp, fn }] of Object.entries(tally)) {
  console.log(`  ${kind.padEnd(8)} F1 ${((2 * tp) / (2 * tp + fp + fn || 1)).toFixed(3)}  (${tp} agree, ${fn} missed, ${fp} extra)`);
}
