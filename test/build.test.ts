// Whole-site builds into temp folders: the example site, determinism, and a failed build leaving dist/ alone.
import { appendFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { Diagnostics } from '../src/core/diagnostics.js';
import { loadEpisodeSource } from '../src/load/findEpisodes.js';
import { indexTextOf } from '../src/load/loadProject.js';
import { engineFlags, JIT_FLAGS, LARGE_ARCHIVE } from '../src/cli/engineFlags.js';
import { projectRoot } from './helpers/paths.js';
import { buildSite, episode, makeSite, read, runCli, snapshot } from './helpers/site.js';

const SEED = '149-python-s-small-object-allocator';

const outDir = mkdtempSync(join(tmpdir(), 'shownotes-example-'));
const result = await build({ root: projectRoot, outDir });

describe('the example site', () => {
  it('builds with no errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.episodes).toBe(2);
  });

  it('times each stage apart: load, parse, segment, align, render, search index and write', () => {
    const stages = Object.keys(result.timings).sort();
    expect(stages).toEqual(['align', 'load', 'parse', 'render', 'search index', 'segment', 'write']);
    for (const ms of Object.values(result.timings)) expect(ms).toBeGreaterThan(0);
  });

  it('lists its episodes newest first on the index', () => {
    const html = read(outDir, 'index.html');
    expect(html.indexOf('A short spoken demo')).toBeGreaterThan(0);
    expect(html.indexOf('A short spoken demo')).toBeLessThan(html.indexOf('small object allocator'));
  });

  it("shows the seed's six topics, the Datadog read, the extras and the joke at the right times", () => {
    const html = read(outDir, `${SEED}/index.html`);
    const chapters = [...html.matchAll(/<li class="kind-(\w+)"><a class="seek" href="#t=(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    expect(chapters.filter(([k]) => k === 'topic')).toHaveLength(6);
    const near = (kind: string, want: number) => chapters.some(([k, t]) => k === kind && Math.abs((t as number) - want) <= 30);
    // Hand-labelled starts of the seed episode (../shared/eval/seed-labels).
    for (const t of [12, 405, 724, 1083, 1332, 1547]) expect(near('topic', t), `topic at ${t}`).toBe(true);
    expect(near('sponsor', 1028)).toBe(true);
    expect(near('extras', 1902)).toBe(true);
    expect(near('joke', 2148)).toBe(true);
    expect(html).toContain('<strong>Datadog</strong>');
  });

  it('groups the links by topic, each showing where it was said', () => {
    const html = read(outDir, `${SEED}/index.html`);
    const links = html.slice(html.indexOf('id="links"'), html.indexOf('id="jokes"'));
    expect(links).toContain('Dropbox: Our journey to type checking 4 million lines of Python');
    expect(links).toMatch(/pythonbytes\.fm\/datadog<\/a> <a class="seek at" href="#t=\d+"/);
    expect(links).toContain('https://www.dataquest.io/blog/python-api-tutorial/');
  });

  it('links only to sites the notes link to: no file name said aloud becomes a site', () => {
    const html = read(outDir, `${SEED}/index.html`);
    const links = html.slice(html.indexOf('id="links"'), html.indexOf('id="jokes"'));
    const notes = readFileSync(join(projectRoot, 'episodes', SEED, 'index.md'), 'utf8');
    const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
    const noted = new Set([...notes.matchAll(/\]\((https?:[^)\s]+)\)/g)].map((m) => hostOf(m[1]!)));
    const published = [...links.matchAll(/<a href="(https?:[^"]+)"/g)].map((m) => hostOf(m[1]!));
    expect(published.length).toBeGreaterThan(5);
    // The transcript says "app.py" and "flask.py" (files) and "meetup.com", which the notes do not link.
    for (const host of published) expect(noted, host).toContain(host);
  });

  it('gives every turn a unique permalink id that its time links to', () => {
    const html = read(outDir, `${SEED}/index.html`);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const turns = [...html.matchAll(/<p class="turn" id="(t=[^"]+)" data-t="[^"]+"><a class="time" href="#([^"]+)">/g)];
    expect(turns).toHaveLength(125);
    for (const m of turns) expect(m[2]).toBe(m[1]);
  });

  it('puts an anchor with a seek link on every topic of the notes', () => {
    const html = read(outDir, `${SEED}/index.html`);
    const anchored = [...html.matchAll(/<p id="([a-z0-9-]+)" class="item"><a class="seek" href="#t=(\d+)"/g)];
    expect(anchored.length).toBeGreaterThanOrEqual(9); // 6 topics, the sponsor, extras and joke
    expect(anchored.map((m) => m[1])).toContain('dropbox-our-journey-to-type-checking-4-million-lines-of-python');
  });

  it('fills the audio length from the file under public/', () => {
    expect(read(outDir, 'feed.xml')).toContain('length="2244024"');
  });

  it('copies public/ into the site as it is', () => {
    expect(existsSync(join(outDir, 'assets', 'site.css'))).toBe(true);
    expect(existsSync(join(outDir, 'audio', '149.mp3'))).toBe(true);
  });

  it('writes the site pages: people, tags, about, 404, sitemap and robots', () => {
    for (const p of ['people/michael-kennedy/index.html', 'people/ada/index.html', 'tags/typing/index.html', 'about/index.html', '404.html', 'sitemap.xml', 'robots.txt']) {
      expect(existsSync(join(outDir, p)), p).toBe(true);
    }
    expect(read(outDir, 'people/michael-kennedy/index.html')).toContain('small object allocator');
  });
});

describe('builds', () => {
  const files = {
    'episodes/one/index.md': episode({ title: 'One', date: '2024-01-01', number: 1 }, '## First topic\n\nText.\n'),
    'episodes/one/transcript.txt': '00:00:00 ADA: Hello and welcome.\n00:00:05 BEN: Hi.\n',
    'episodes/two/index.md': episode({ title: 'Two', date: '2024-02-01', number: 2 }),
    'episodes/two/transcript.vtt': 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Ada>Hi.\n',
  };

  it('gives byte-identical output for the same input', async () => {
    const root = makeSite(files);
    await buildSite(root, join(root, 'a'));
    await buildSite(root, join(root, 'b'));
    expect(snapshot(join(root, 'a'))).toEqual(snapshot(join(root, 'b')));
  });

  it('renders on worker threads the same site, byte for byte, with the same warnings, as on one thread', async () => {
    const many: Record<string, string> = {};
    for (let n = 1; n <= 12; n++) {
      many[`episodes/e${n}/index.md`] = episode({ title: `Episode ${n}`, date: `2024-01-${String(n).padStart(2, '0')}`, number: n }, `## Topic ${n}\n\nAbout topic ${n}.\n`);
      // Every third transcript has a line with no speaker: a warning, found wherever the episode is rendered.
      many[`episodes/e${n}/transcript.txt`] = `00:00:00 ADA: Hello and welcome to episode ${n}.\n00:00:05 BEN: Today, topic ${n}.\n${n % 3 ? '' : '00:00:09 no speaker here\n'}`;
    }
    const root = makeSite(many);
    const one = await build({ root, outDir: join(root, 'one'), threads: 0, cache: false });
    const two = await build({ root, outDir: join(root, 'two'), threads: 2, cache: false });
    expect([one.ok, one.workers, two.ok, two.workers]).toEqual([true, 0, true, 2]);
    // The workers' stage times reach the build's.
    for (const stage of ['parse', 'segment', 'align', 'render']) expect(two.timings[stage]).toBeGreaterThan(0);
    expect(one.diagnostics.filter((d) => d.severity === 'warning').length).toBeGreaterThan(0);
    expect(two.diagnostics).toEqual(one.diagnostics);
    expect(snapshot(join(root, 'two'))).toEqual(snapshot(join(root, 'one')));
  });

  it("keys a cold build's episodes by their transcripts' bytes as the workers read them, so the next build keeps them until a transcript's content changes", async () => {
    const many: Record<string, string> = {};
    for (let n = 1; n <= 9; n++) {
      many[`episodes/e${n}/index.md`] = episode({ title: `Episode ${n}`, date: `2024-01-0${n}` });
      if (n < 9) many[`episodes/e${n}/transcript.txt`] = `00:00:00 ADA: Hello ${n}.\n00:00:04 BEN: Hi.\n`;
    }
    // A BOM and CRLF line ends: the decoded text is not the file's bytes, which are what a later build hashes.
    many['episodes/e1/transcript.txt'] = '\uFEFF00:00:00 ADA: Hello.\r\n00:00:04 BEN: Hi.\r\n';
    const root = makeSite(many);
    const dist = join(root, 'dist');
    const cold = await build({ root, outDir: dist, threads: 2 });
    expect([cold.ok, cold.workers, cold.renderedEpisodes.length]).toEqual([true, 2, 9]);
    expect((await build({ root, outDir: dist, threads: 2 })).renderedEpisodes).toEqual([]);
    // A new mtime makes the next build hash the bytes again: the same bytes, the same key.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'episodes/e1/transcript.txt'), later, later);
    expect((await build({ root, outDir: dist, threads: 2 })).renderedEpisodes).toEqual([]);
    appendFileSync(join(root, 'episodes/e3/transcript.txt'), '00:00:08 ADA: More.\n');
    expect((await build({ root, outDir: dist, threads: 2 })).renderedEpisodes).toEqual(['e3']);
  });

  it('exits once built when the workers a cold build starts early turn out not to be needed, or the build fails first', () => {
    // A cold build starts its render workers before it knows how many episodes need them; a worker left running would
    // keep the process alive.
    const root = makeSite(files);
    const refused = runCli(['build', '--threads', '2', '--out', 'podcast.yaml/dist'], root, {}, 30_000);
    expect([refused.code, refused.signal, refused.stderr]).toEqual([1, null, expect.stringContaining('out-dir-unsafe')]);
    const small = runCli(['build', '--threads', '2'], root, {}, 30_000);
    expect([small.code, small.signal, small.stderr]).toEqual([0, null, expect.stringMatching(/^built 2 episodes/m)]);
    writeFileSync(join(root, 'podcast.yaml'), 'title: [unclosed\n');
    rmSync(join(root, '.shownotes-cache'), { recursive: true, force: true });
    const broken = runCli(['build', '--threads', '2'], root, {}, 30_000);
    expect([broken.code, broken.signal]).toEqual([1, null]);
  });

  it('gives every build the JIT settings and a large archive tighter heaps, with flags this Node takes', () => {
    expect(engineFlags(LARGE_ARCHIVE - 1)).toEqual(JIT_FLAGS);
    const large = engineFlags(LARGE_ARCHIVE);
    expect(large.slice(0, JIT_FLAGS.length)).toEqual(JIT_FLAGS);
    expect(large.slice(JIT_FLAGS.length)).toEqual([expect.stringMatching(/^--heap-growing-percent=\d+$/)]);
    // setFlagsFromString ignores a flag V8 does not know; node refuses it on its command line.
    const run = spawnSync(process.execPath, [...large, '-e', ''], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(spawnSync(process.execPath, ['--heap-growing-percentage=60', '-e', ''], { encoding: 'utf8' }).status).not.toBe(0);
  });

  it('fails the whole build for an error found on a worker thread, leaving dist/ as it was', async () => {
    const many: Record<string, string> = {};
    for (let n = 1; n <= 12; n++) {
      many[`episodes/e${n}/index.md`] = episode({ title: `Episode ${n}`, date: `2024-01-${String(n).padStart(2, '0')}`, number: n });
      many[`episodes/e${n}/transcript.txt`] = `00:00:00 ADA: Hello.\n00:00:05 BEN: Bye.\n`;
    }
    const root = makeSite(many);
    expect((await build({ root, outDir: join(root, 'dist'), threads: 0 })).ok).toBe(true);
    const before = snapshot(join(root, 'dist'));
    for (let n = 1; n <= 12; n++) writeFileSync(join(root, `episodes/e${n}/index.md`), episode({ title: `Episode ${n} again`, date: `2024-01-${String(n).padStart(2, '0')}`, number: n }));
    writeFileSync(join(root, 'episodes/e7/transcript.txt'), '00:00:00 ADA: Hello.\n99:99:99 BEN: Bye.\n');
    const r = await build({ root, outDir: join(root, 'dist'), threads: 2 });
    expect([r.ok, r.workers]).toEqual([false, 2]);
    expect(r.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toContain('episodes/e7/transcript.txt:2 timestamp-invalid');
    expect(snapshot(join(root, 'dist'))).toEqual(before);
  });

  it("reads a planned episode's index.md again to build it, and fails the episode if the file changed since it was planned", () => {
    const root = makeSite(files);
    const source = { ...loadEpisodeSource(root, 'one'), indexText: null, indexReleased: true };
    const diags = new Diagnostics();
    expect(indexTextOf(root, source, diags)).toBe(files['episodes/one/index.md']);
    expect(diags.items).toEqual([]);
    appendFileSync(join(root, 'episodes/one/index.md'), 'A line written during the build.\n');
    expect(indexTextOf(root, source, diags)).toBeNull();
    expect(diags.items.map((d) => `${d.file}:${d.line} ${d.severity} ${d.rule}`)).toEqual(['episodes/one/index.md:1 error episode-changed-during-build']);
  });

  it('follows symbolic links for public/ and for episode folders', async () => {
    const elsewhere = makeSite(files);
    const root = makeSite({});
    rmSync(join(root, 'public'), { recursive: true });
    symlinkSync(join(elsewhere, 'public'), join(root, 'public'));
    mkdirSync(join(root, 'episodes'));
    symlinkSync(join(elsewhere, 'episodes/one'), join(root, 'episodes/one'));
    const r = await buildSite(root);
    expect(r.ok).toBe(true);
    expect(r.episodes).toBe(1);
    expect(existsSync(join(r.outDir, 'one/index.html'))).toBe(true);
    expect(lstatSync(join(r.outDir, 'assets/site.css')).isFile()).toBe(true);
  });

  it('leaves the previous dist/ byte for byte as it was when an episode is broken', () => {
    const root = makeSite(files);
    expect(runCli(['build'], root).code).toBe(0);
    const before = snapshot(join(root, 'dist'));
    writeFileSync(join(root, 'episodes/two/index.md'), '---\ntitle: [unclosed\ndate: 2024-02-01\n---\n');
    const r = runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/episodes\/two\/index\.md:\d+:\d+: error yaml-syntax /);
    expect(snapshot(join(root, 'dist'))).toEqual(before);
  });

  it('reports every broken episode in one run', () => {
    const root = makeSite({
      ...files,
      'episodes/three/index.md': '---\ndate: 2024-03-01\n---\n',
      'episodes/four/index.md': episode({ title: 'Four', date: 'someday' }),
      'episodes/four/transcript.txt': '00:00:01 ok\n99:99:99 broken\n',
    });
    const r = runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('episodes/three/index.md:1:1: error frontmatter-missing-field title is required');
    expect(r.stderr).toMatch(/episodes\/four\/index\.md:3:1: error date-invalid /);
    expect(r.stderr).toContain('episodes/four/transcript.txt:2:1: error timestamp-invalid');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('refuses a slug that would escape the site', () => {
    const root = makeSite({ 'episodes/x/index.md': episode({ title: 'X', date: '2024-01-01', slug: '../../etc' }) });
    const r = runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/episodes\/x\/index\.md:4:1: error slug-invalid /);
  });

  it('refuses an --out that is the project, holds it, lies in its sources, holds files other than a site or cannot be made, and touches none of them', async () => {
    const root = makeSite({ ...files, 'notes/todo.txt': 'keep me\n' });
    const before = snapshot(root);
    for (const out of ['.', '..', 'episodes', 'episodes/one', 'templates', 'public', 'podcast.yaml', 'notes']) {
      const r = runCli(['build', '--out', out], root);
      expect([out, r.code, r.stderr]).toEqual([out, 1, expect.stringMatching(/^\S+:1:1: error out-dir-unsafe the site cannot be written to /m)]);
    }
    expect(runCli(['dev', '--out', 'episodes'], root, {}, 30_000)).toMatchObject({ code: 1, signal: null, stderr: expect.stringMatching(/error out-dir-unsafe/) });
    // A folder that cannot be made: reported, not thrown.
    expect(runCli(['build', '--out', 'notes/todo.txt/site'], root)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^notes\/todo\.txt\/site:1:1: error out-dir-unwritable .*\(ENOTDIR\)/m) });
    expect(snapshot(root)).toEqual(before);
    // A site built before, a new folder or an empty one may be written.
    mkdirSync(join(root, 'empty'));
    for (const out of ['dist', 'dist', 'site', 'empty']) expect((await build({ root, outDir: join(root, out) })).ok).toBe(true);
  });

  it('refuses two episodes with the same slug', () => {
    const root = makeSite({
      'episodes/a/index.md': episode({ title: 'A', date: '2024-01-01', slug: 'same' }),
      'episodes/b/index.md': episode({ title: 'B', date: '2024-01-02', slug: 'same' }),
    });
    const r = runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/error slug-duplicate/g)).toHaveLength(2);
  });

  it('warns about unknown front matter fields and still builds', () => {
    const root = makeSite({ 'episodes/a/index.md': '---\ntitle: A\ndate: 2024-01-01\ncolour: blue\n---\n' });
    const r = runCli(['build'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('episodes/a/index.md:4:1: warning frontmatter-unknown-field unknown field "colour"');
  });

  it('reports a wrong field type at its line', () => {
    const root = makeSite({ 'episodes/a/index.md': '---\ntitle: A\ndate: 2024-01-01\nnumber: "seven"\n---\n' });
    const r = runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/episodes\/a\/index\.md:4:1: error frontmatter-invalid-field number: /);
  });
});

describe('the content-hash cache', () => {
  it('skips every unchanged episode and page on a second build, with output identical to a cold build', async () => {
    const root = makeSite({
      'episodes/one/index.md': episode({ title: 'One', date: '2024-01-01' }),
      'episodes/one/transcript.txt': '00:00:00 ADA: Hello.\n00:00:04 BEN: Hi.\n',
      'episodes/two/index.md': episode({ title: 'Two', date: '2024-01-02' }),
    });
    const first = await build({ root, outDir: join(root, 'dist') });
    expect(first.renderedEpisodes.sort()).toEqual(['one', 'two']);
    const second = await build({ root, outDir: join(root, 'dist') });
    expect(second.ok).toBe(true);
    expect(second.renderedEpisodes).toEqual([]);
    expect(second.renderedPages).toEqual([]);
    await build({ root, outDir: join(root, 'cold'), cache: false });
    expect(snapshot(join(root, 'dist'))).toEqual(snapshot(join(root, 'cold')));
  });

  it('renders an episode again when one of its files is gone from dist/, without writing into the published files', async () => {
    const root = makeSite({
      'episodes/one/index.md': episode({ title: 'One', date: '2024-01-01' }),
      'episodes/one/transcript.txt': '00:00:00 ADA: Hello.\n00:00:04 BEN: Hi.\n',
    });
    const dist = join(root, 'dist');
    await build({ root, outDir: dist });
    // The page is kept (a hard link into the staged site) before the missing SRT is found: the episode is rendered
    // again, and its page written anew rather than through that link.
    rmSync(join(dist, 'one/transcript.srt'));
    const witness = join(root, 'witness.html');
    linkSync(join(dist, 'one/index.html'), witness);
    const r = await build({ root, outDir: dist });
    expect(r.renderedEpisodes).toEqual(['one']);
    expect(existsSync(join(dist, 'one/transcript.srt'))).toBe(true);
    expect(statSync(join(dist, 'one/index.html')).ino).not.toBe(statSync(witness).ino);
  });

  it('has render workers write re-rendered episodes into the staged site, replacing kept links, never through them', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) {
      files[`episodes/e${i}/index.md`] = episode({ title: `E${i}`, date: `2024-01-0${i + 1}` });
      files[`episodes/e${i}/transcript.txt`] = `00:00:00 ADA: Hello ${i}.\n00:00:04 BEN: Hi.\n`;
    }
    const root = makeSite(files);
    const dist = join(root, 'dist');
    expect((await build({ root, outDir: dist, threads: 2 })).workers).toBe(2);
    // Each page is kept (hard-linked into the staged site) before its episode's missing SRT is found; eight episodes
    // to render again are enough for render workers, which write the files themselves.
    for (let i = 0; i < 8; i++) rmSync(join(dist, `e${i}/transcript.srt`));
    const witness = join(root, 'witness.html');
    linkSync(join(dist, 'e0/index.html'), witness);
    const before = readFileSync(witness, 'utf8');
    const r = await build({ root, outDir: dist, threads: 2 });
    expect(r.ok).toBe(true);
    expect(r.workers).toBe(2);
    expect(r.renderedEpisodes.sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => `e${i}`));
    expect(readFileSync(witness, 'utf8')).toBe(before);
    expect(statSync(join(dist, 'e0/index.html')).ino).not.toBe(statSync(witness).ino);
    await build({ root, outDir: join(root, 'cold'), cache: false, threads: 0 });
    expect(snapshot(dist)).toEqual(snapshot(join(root, 'cold')));
  });

  it('keeps feed items in one file beside the cache, rewrites it once mostly replaced items, and rebuilds an episode whose item is gone', async () => {
    const root = makeSite({
      'episodes/a/index.md': episode({ title: 'A', date: '2024-01-01' }, 'Notes of A.\n'),
      'episodes/b/index.md': episode({ title: 'B', date: '2024-01-02' }, 'Notes of B.\n'),
    });
    const dist = join(root, 'dist');
    const pack = join(root, '.shownotes-cache/items.pack');
    const entries = () => [...readFileSync(pack, 'utf8').matchAll(/^[0-9a-f]{20} \d+\n/gm)].length;
    await build({ root, outDir: dist });
    expect(entries()).toBe(2);
    expect(readFileSync(pack, 'utf8')).toContain('<item>');
    // The cache names each item by hash; the items themselves are not in it.
    expect(readFileSync(join(root, '.shownotes-cache/build.json'), 'utf8')).not.toContain('<item>');

    for (let n = 1; n <= 6; n++) {
      writeFileSync(join(root, 'episodes/b/index.md'), episode({ title: 'B', date: '2024-01-02' }, `Notes of B, take ${n}.\n`));
      expect((await build({ root, outDir: dist })).renderedEpisodes).toEqual(['b']);
    }
    // Each edit adds an item; replaced ones go when the file is written again, before they are half of it.
    expect(entries()).toBeLessThanOrEqual(4);
    expect(readFileSync(pack, 'utf8')).not.toContain('take 1.');
    expect(read(dist, 'feed.xml')).toContain('Notes of B, take 6.');

    // An entry cut off at the end (a build stopped while writing it) is dropped; the others stay.
    appendFileSync(pack, 'abcdef 500\n<item>cut off');
    let r = await build({ root, outDir: dist });
    expect(r.renderedEpisodes).toEqual([]);
    expect(readFileSync(pack, 'utf8')).not.toContain('cut off');

    rmSync(pack);
    r = await build({ root, outDir: dist });
    expect(r.ok).toBe(true);
    expect(r.renderedEpisodes.sort()).toEqual(['a', 'b']);
    await build({ root, outDir: join(root, 'cold'), cache: false });
    expect(snapshot(dist)).toEqual(snapshot(join(root, 'cold')));
  });

  it('re-renders an edited episode, its neighbours and the pages that list it, and nothing else', async () => {
    const root = makeSite({
      'episodes/a/index.md': episode({ title: 'A', date: '2024-01-01' }),
      'episodes/b/index.md': episode({ title: 'B', date: '2024-01-02' }),
      'episodes/c/index.md': episode({ title: 'C', date: '2024-01-03' }),
    });
    await build({ root, outDir: join(root, 'dist') });
    writeFileSync(join(root, 'episodes/b/index.md'), episode({ title: 'B renamed', date: '2024-01-02' }));
    const r = await build({ root, outDir: join(root, 'dist') });
    // a and c link to b as their previous or next episode.
    expect(r.renderedEpisodes.sort()).toEqual(['a', 'b', 'c']);
    expect(r.renderedPages).toContain('index.html');
    expect(r.renderedPages).not.toContain('about/index.html');
    expect(read(join(root, 'dist'), 'a/index.html')).toContain('B renamed');
    await build({ root, outDir: join(root, 'cold'), cache: false });
    expect(snapshot(join(root, 'dist'))).toEqual(snapshot(join(root, 'cold')));
  });
});
