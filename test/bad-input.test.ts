// Bad, hostile and huge input: clear diagnostics with positions and stable rule ids, nothing lost, linear time.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../src/core/diagnostics.js';
import { parseTranscript } from '../src/transcript/parseTranscript.js';
import { decodeText } from '../src/load/decodeText.js';
import { parseNotes } from '../src/notes/parseNotes.js';
import { segmentEpisode } from '../src/align/segmentEpisode.js';
import { createMarkdown } from '../src/render/markdown.js';
import { readFrontMatter } from '../src/load/readFrontMatter.js';
import { episodeFields, episodeSchema, podcastFields, podcastSchema } from '../src/load/schema.js';
import { cli, fixtures, projectRoot } from './helpers/paths.js';
import { recoverInterruptedSwap } from '../src/write/writer.js';
import { episode, makeSite, runCli, snapshot } from './helpers/site.js';

const BROKEN = join(fixtures, 'broken');
const cases = readdirSync(BROKEN).sort();
const podcast = 'title: T\nurl: https://x.example/\n';

function diagnosticsOf(stderr: string): string[] {
  return stderr.split('\n').map((l) => /^(\S+):(\d+):(\d+): (error|warning) (\S+) (.+)$/.exec(l)).filter((m): m is RegExpExecArray => !!m).map((m) => `${m[4]} ${m[5]} ${m[1]}:${m[2]}:${m[3]}`);
}

describe('the catalogue of broken inputs', () => {
  for (const c of cases) {
    it(`reports ${c} with its position, a stable rule id and the right exit code`, () => {
      const want = JSON.parse(readFileSync(join(BROKEN, c, 'expected.json'), 'utf8'));
      const root = makeSite({}, { podcast });
      cpSync(join(BROKEN, c, 'episodes'), join(root, 'episodes'), { recursive: true });
      const r = runCli(['build'], root);
      expect(diagnosticsOf(r.stderr)).toEqual(want.diagnostics);
      expect(r.code).toBe(want.exitCode);
      // Every message says what is wrong and what to do about it.
      for (const line of r.stderr.split('\n').filter((l) => /: (error|warning) /.test(l))) expect(line.length).toBeGreaterThan(60);
    });
  }

  it('reports every broken episode of an archive in one run, and still validates the good ones', () => {
    const root = makeSite({ 'episodes/good/index.md': episode({ title: 'Good', date: '2024-01-01' }, 'Fine.\n'), 'episodes/good/transcript.txt': '00:00:00 Hi.\n' }, { podcast });
    const want: string[] = [];
    for (const c of cases) {
      cpSync(join(BROKEN, c, 'episodes'), join(root, 'episodes'), { recursive: true });
      want.push(...JSON.parse(readFileSync(join(BROKEN, c, 'expected.json'), 'utf8')).diagnostics);
    }
    const r = runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(diagnosticsOf(r.stderr).sort()).toEqual(want.sort());
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('explains each invalid field in English: the type or bound it breaks, or our own advice', () => {
    const messages = (text: string, schema: typeof episodeSchema | typeof podcastSchema, fields: readonly string[]) => {
      const diags = new Diagnostics('x.md');
      readFrontMatter(text, schema, fields, diags);
      return diags.items.map((d) => `${d.line} ${d.rule} ${d.message}`);
    };
    expect(messages('---\ntitle: T\ndate: 2024-01-01\nnumber: -3\nexplicit: maybe\nepisodeType: long\ntags: [""]\n---\n', episodeSchema, episodeFields)).toEqual([
      '4 frontmatter-invalid-field number: Too small: expected number to be >=0 (got -3); fix the value',
      '5 frontmatter-invalid-field explicit: Invalid input: expected boolean, received string (got "maybe"); fix the value',
      '6 frontmatter-invalid-field episodeType: Invalid option: expected one of "full"|"trailer"|"bonus" (got "long"); fix the value',
      '7 frontmatter-invalid-field tags.0: Too small: expected string to have >=1 characters (got ""); fix the value',
    ]);
    expect(messages('---\ndate: 2024-01-01\nduration: soon\n---\n', episodeSchema, episodeFields)).toEqual([
      '1 frontmatter-missing-field title is required: add `title: ...` to the front matter',
      '3 frontmatter-invalid-field duration: use seconds or H:MM:SS (got "soon"); fix the value',
    ]);
    expect(messages('---\ntitle: T\nurl: example.com\npageSize: 0\n---\n', podcastSchema, podcastFields)).toEqual([
      "3 frontmatter-invalid-field url: url must be the site's absolute URL, such as https://example.com/ (got \"example.com\"); fix the value",
      '4 frontmatter-invalid-field pageSize: Too small: expected number to be >0 (got 0); fix the value',
    ]);
    expect(messages('---\ntitle: T\nurl: 42\n---\n', podcastSchema, podcastFields)).toEqual(['3 frontmatter-invalid-field url: Invalid input: expected string, received number (got 42); fix the value']);
  });

  it('refuses a 50 MB transcript with a clear error', () => {
    const root = makeSite({ 'episodes/huge/index.md': episode({ title: 'Huge', date: '2024-01-01' }) }, { podcast });
    const line = '00:00:00 ' + 'word '.repeat(200) + '\n';
    writeFileSync(join(root, 'episodes/huge/transcript.txt'), line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
    const r = runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(diagnosticsOf(r.stderr)).toEqual(['error file-too-large episodes/huge/transcript.txt:1:1']);
  });
});

describe('nothing lost', () => {
  it('leaves either the old site or the new one when a build is killed with SIGKILL halfway', async () => {
    const seed = readFileSync(join(projectRoot, 'episodes/149-python-s-small-object-allocator/transcript.txt'), 'utf8');
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      files[`episodes/e${i}/index.md`] = episode({ title: `Episode ${i}`, date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, number: i });
      files[`episodes/e${i}/transcript.txt`] = seed;
    }
    const root = makeSite(files, { podcast });
    expect(runCli(['build'], root).code).toBe(0);
    const old = snapshot(join(root, 'dist'));
    // A change, so that a finished build would differ from the old site.
    writeFileSync(join(root, 'episodes/e0/index.md'), episode({ title: 'Episode 0, renamed', date: '2024-01-01', number: 0 }));
    mkdirSync(join(root, 'fresh'));
    // The builds killed below render every episode again, as this one does (the cache last saw fresh/dist): they are
    // killed a quarter, half and three quarters of its time in, however fast this machine is.
    const began = Date.now();
    expect(runCli(['build', '--out', 'fresh/dist'], root).code).toBe(0);
    const took = Date.now() - began;
    const fresh = snapshot(join(root, 'fresh/dist'));
    let killed = 0;
    for (const part of [0.25, 0.5, 0.75]) {
      const child = spawn(process.execPath, [cli, 'build'], { cwd: root, stdio: 'ignore' });
      // Listened for from the start: a build that ends before the kill has exited already.
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, took * part));
      child.kill('SIGKILL');
      await exited;
      if (child.signalCode === 'SIGKILL') killed++;
      // A kill between the swap's two renames leaves dist.old-*: the next run puts it back before anything else.
      recoverInterruptedSwap(join(root, 'dist'));
      const now = snapshot(join(root, 'dist'));
      expect(now.size > 0 && (sameSite(now, old) || sameSite(now, fresh)), `after a kill at ${Math.round(took * part)} ms`).toBe(true);
    }
    expect(killed, 'builds killed before they finished').toBeGreaterThan(0);
    expect(runCli(['build'], root).code).toBe(0);
    const final = snapshot(join(root, 'dist'));
    expect([...final.keys()].filter((k) => final.get(k) !== fresh.get(k))).toEqual([]);
    expect(sameSite(final, fresh)).toBe(true);
    expect(readdirSync(root).filter((f) => f.startsWith('dist.'))).toEqual([]);
  }, 120_000);
});

/** Equal sites: the same files with the same bytes. */
function sameSite(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

describe('any input, in linear time', () => {
  const parse = (text: string) => parseTranscript(text, new Diagnostics('fuzz'));

  it('parses any text into turns or diagnostics, never an exception, and ends no turn before it starts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const t = parse(text);
        for (const turn of t.turns) expect(turn.end).toBeGreaterThanOrEqual(turn.start);
      }),
      { numRuns: 400 },
    );
  });

  it('parses anything that looks like a transcript without an exception', () => {
    const line = fc.tuple(fc.constantFrom('', '00:', '1:', '99:'), fc.nat(99), fc.nat(99), fc.constantFrom(' ', ' A: ', ' <v B>', '.500 --> 00:00:01.000\n', ',000 --> 00:00:01,000\n'), fc.string({ maxLength: 40 }))
      .map(([h, m, s, sep, text]) => `${h}${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}${sep}${text}`);
    const doc = fc.tuple(fc.constantFrom('', 'WEBVTT\n\n', '{"segments":', '**A:** '), fc.array(line, { maxLength: 60 })).map(([head, lines]) => head + lines.join(fc.sample(fc.constantFrom('\n', '\n\n', '\r\n'), 1)[0]));
    fc.assert(fc.property(doc, (text) => void parse(text)), { numRuns: 400 });
  });

  it('segments and aligns any turns without an exception', () => {
    const turns = fc.array(fc.record({ start: fc.double({ min: 0, max: 5000, noNaN: true }), speaker: fc.option(fc.constantFrom('A', 'B'), { nil: null }), text: fc.string({ maxLength: 200 }) }), { maxLength: 80 })
      .map((ts) => ts.sort((a, b) => a.start - b.start).map((t, i, all) => ({ ...t, end: all[i + 1]?.start ?? t.start + 5, line: i + 1 })));
    const notes = fc.array(fc.constantFrom('## Topic one', '**Brian #1:** [x](https://x.example)', '**Extras**', '**Joke:** ha', 'Sponsored by X', 'text'), { maxLength: 10 }).map((l) => l.join('\n\n'));
    fc.assert(fc.property(turns, notes, (ts, n) => {
      const { segments } = segmentEpisode(ts, parseNotes(n));
      for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBeGreaterThanOrEqual(segments[i - 1]!.start);
    }), { numRuns: 300 });
  });

  it('decodes any bytes without an exception', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => void decodeText(bytes, new Diagnostics('fuzz'))), { numRuns: 500 });
  });

  // Regex and algorithm guards: catastrophic backtracking or a quadratic loop would take minutes on these, not seconds.
  const adversarial: [string, () => string][] = [
    ['a 10 MB line of one repeated character', () => 'a'.repeat(10_000_000)],
    ['a 10 MB line of spaces', () => ' '.repeat(10_000_000)],
    ['100,000 tiny cues within one minute', () => 'WEBVTT\n\n' + Array.from({ length: 100_000 }, (_, i) => `00:00:${String(i % 60).padStart(2, '0')}.000 --> 00:00:${String(i % 60).padStart(2, '0')}.500\nx\n`).join('\n')],
    ['100,000 timestamped lines', () => Array.from({ length: 100_000 }, (_, i) => `00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} A: hi`).join('\n')],
    ['a million colons', () => ':'.repeat(1_000_000)],
    ['300,000 voice tags', () => '<v '.repeat(300_000)],
  ];
  for (const [name, make] of adversarial) {
    it(`parses and segments ${name} quickly`, () => {
      const text = make();
      const t0 = performance.now();
      const { turns } = parse(text);
      segmentEpisode(turns.length ? turns : [{ start: 0, end: 1, speaker: null, text: text.slice(0, 1_000_000), line: 1 }], parseNotes(text.slice(0, 100_000)));
      expect(performance.now() - t0).toBeLessThan(5000);
    });
  }

  it('renders deeply nested markdown quickly', () => {
    const md = createMarkdown(false);
    const t0 = performance.now();
    md.render('>'.repeat(50_000) + ' x\n' + '- '.repeat(20_000) + 'x\n' + '*a'.repeat(50_000), { anchors: new Map() });
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
