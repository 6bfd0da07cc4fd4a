// Scaffolding and validating: `shownotes new`, `shownotes import` and `shownotes check`.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { introFacts } from '../src/scaffold/introFacts.js';
import { episodeFolder } from '../src/scaffold/episodeFolder.js';
import { informativeTitle, numberFromFileName, titleFromFileName } from '../src/scaffold/titleFromFileName.js';
import { corpus, corpusSkipNotice, hasCorpus, seedTranscript } from './helpers/paths.js';
import { parseString } from './helpers/parse.js';
import { episode, makeSite, runCli } from './helpers/site.js';

describe('facts from the intro and file names', () => {
  it('reads the episode number and recording date from the opening words', () => {
    const { turns } = parseString('00:00:00 Hello and welcome. This is Episode 149, recorded September 18th, 2019. I am Michael.\n').transcript;
    expect(introFacts(turns)).toEqual({ number: 149, date: '2019-09-18' });
    const one = parseString('00:00:00 This is Python Bytes, episode number one, recorded Monday, November 7th, 2016.\n').transcript.turns;
    expect(introFacts(one)).toEqual({ number: 1, date: '2016-11-07' });
    const noYear = parseString('00:00:00 This is episode 351, recorded September 5th, and I am Brian.\n').transcript.turns;
    expect(introFacts(noYear)).toEqual({ number: 351, monthDay: { month: 9, day: 5 } });
  });

  it('pairs files by number whatever the padding and the rest of the name', () => {
    expect(['001.md', '483-thanks-brian.md', 'PB 485.md', '149-python-s-small.txt'].map(numberFromFileName)).toEqual([1, 483, 485, 149]);
    expect(titleFromFileName('149-python-s-small-object-allocator-and-other-memory-features.txt')).toBe("Python's small object allocator and other memory features");
    expect(titleFromFileName('484-all-our-tools-transcript.vtt')).toBe('All our tools');
    expect(titleFromFileName('12-the-final-show-final.srt')).toBe('The final show');
  });

  it('takes a title from a file name only when the name reads like one', () => {
    expect(informativeTitle('003-python-3.6-is-coming.vtt', 'Python Bytes')).toBe('Python 3.6 is coming');
    expect(informativeTitle('000_b4169f3a4b8f52ff.txt', 'Python Bytes')).toBeUndefined();
    expect(informativeTitle('002_python_bytes.txt', 'Python Bytes')).toBeUndefined();
    expect(informativeTitle('transcript.vtt', 'Python Bytes')).toBeUndefined();
    expect(informativeTitle('ep12-final-transcript.srt', 'Python Bytes')).toBeUndefined();
    expect(informativeTitle('recording-final-mix.wav.txt', 'Python Bytes')).toBeUndefined();
  });

  it('takes a short title, a version suffix and a name with a version number in it as the archive names them', () => {
    expect(informativeTitle('391-a-weak-episode.txt', 'Python Bytes')).toBe('A weak episode');
    expect(informativeTitle('472-monorepos.txt', 'Python Bytes')).toBe('Monorepos');
    expect(informativeTitle('400-celebrating-episode-400-v2.txt', 'Python Bytes')).toBe('Celebrating episode 400');
    expect(informativeTitle('316-tp-crossover-388-python311.txt', 'Python Bytes')).toBe('Tp crossover 388 python311');
  });
});

describe('episode folders', () => {
  it('names new and imported episodes alike: the number, then the title as a slug cut to 80 characters at a dash', () => {
    expect(episodeFolder(149, "Python's small object allocator")).toBe('149-pythons-small-object-allocator');
    expect(episodeFolder(undefined, 'No number')).toBe('no-number');
    expect(episodeFolder(7, '!!!')).toBe('7');
    const long = episodeFolder(12, 'word '.repeat(30));
    expect(long.length).toBeLessThanOrEqual(3 + 80);
    expect(long).toMatch(/^12-(?:word-)+word$/);
  });
});

describe('shownotes new', () => {
  it.skipIf(!hasCorpus)('creates the episode folder with front matter from the transcript and notes drafted from the segments', () => {
    const root = makeSite({}, { podcast: `title: T\nurl: https://x.example/\npeople:\n  michael-kennedy: {name: Michael Kennedy}\n  brian-okken: {name: Brian Okken}\n` });
    const r = runCli(['new', seedTranscript], root);
    expect(r.code).toBe(0);
    const folders = readdirSync(join(root, 'episodes'));
    expect(folders).toHaveLength(1);
    expect(folders[0]).toMatch(/^149-/);
    const md = readFileSync(join(root, 'episodes', folders[0]!, 'index.md'), 'utf8');
    expect(md).toContain('date: 2019-09-18');
    expect(md).toContain('number: 149');
    expect(md).toMatch(/duration: "00:3\d:\d\d"/);
    expect(md).toContain('KENNEDY: michael-kennedy');
    expect(md).toContain('OKKEN: brian-okken');
    expect(md.match(/^## /gm)!.length).toBeGreaterThanOrEqual(6);
    expect(md).toContain('## Sponsored by Datadog');
    expect(existsSync(join(root, 'episodes', folders[0]!, 'transcript.txt'))).toBe(true);
    // It is a draft until someone removes the mark: a build leaves it out and says so; --drafts builds it.
    expect(r.stdout).toContain('marked draft: true until you publish it');
    expect(md).toMatch(/^draft: true\b/m);
    const held = runCli(['build'], root);
    expect([held.code, held.stderr]).toEqual([0, expect.stringContaining('built 0 episodes, ')]);
    expect(held.stderr).toContain('left out 1 draft (--drafts builds them)');
    expect(runCli(['build', '--drafts'], root).stderr).toMatch(/^built 1 episode, /m);
    // And it refuses to overwrite.
    const again = runCli(['new', seedTranscript], root);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('titles the episode after a transcript file name that reads like a title, and after the number otherwise', () => {
    const root = makeSite({}, { podcast: `title: Python Bytes\nurl: https://x.example/\n` });
    const text = '00:00:00 HOST: Hello and welcome to Python Bytes, this is episode 3.\n00:00:09 HOST: Our first topic is pip.\n';
    const named = join(root, '003-python-3.6-is-coming.txt');
    const plain = join(root, '004_python_bytes.txt');
    writeFileSync(named, text);
    writeFileSync(plain, text.replace('episode 3', 'episode 4'));
    expect(runCli(['new', named], root).code).toBe(0);
    expect(runCli(['new', plain], root).code).toBe(0);
    const folders = readdirSync(join(root, 'episodes')).sort();
    expect(folders[0]).toBe('3-python-36-is-coming');
    expect(readFileSync(join(root, 'episodes', folders[0]!, 'index.md'), 'utf8')).toContain('title: Python 3.6 is coming\n');
    expect(folders[1]).toMatch(/^4-/);
    expect(readFileSync(join(root, 'episodes', folders[1]!, 'index.md'), 'utf8')).toContain('title: Episode 4\n');
  });
});

describe('shownotes import', () => {
  it('titles each episode from its notes\' own title heading, else from the transcript\'s file name', () => {
    const root = makeSite({}, { podcast: `title: T\nurl: https://x.example/\n` });
    const notes = join(root, 'notes');
    const transcripts = join(root, 'transcripts');
    mkdirSync(notes);
    mkdirSync(transcripts);
    const text = (n: number) => `00:00:00 HOST: Hello, this is episode ${n}, recorded June 9th, 2026.\n00:00:10 HOST: First up, uv.\n`;
    writeFileSync(join(notes, '483-thanks-brian.md'), '# #483: Thanks Brian\n\n## Michael #1: uv\n');
    writeFileSync(join(transcripts, '483-thanks-brian-transcript.txt'), text(483));
    writeFileSync(join(notes, '484.md'), '# PB484\n\n## Michael #1: uv\n');
    writeFileSync(join(transcripts, '484-all-our-tools-transcript.txt'), text(484));
    const r = runCli(['import', '--notes', notes, '--transcripts', transcripts], root);
    expect(r.code).toBe(0);
    const md = (n: number) => readFileSync(join(root, 'episodes', readdirSync(join(root, 'episodes')).find((f) => f.startsWith(`${n}-`))!, 'index.md'), 'utf8');
    expect(md(483)).toContain('title: Thanks Brian\n');
    expect(md(484)).toContain('title: All our tools\n');
    // An archive is published already: nothing imported is a draft.
    expect(md(483)).not.toContain('draft:');
  });

  it('pairs notes and transcripts by number, lists unpaired files and builds', () => {
    const root = makeSite({
      'in/notes/001.md': '**Brian #1:** [A](https://a.example)\n',
      'in/notes/02-second.md': '## Second topic\n',
      'in/notes/7.md': 'no transcript for me\n',
      'in/tx/001-first-show.txt': '00:00:00 This is episode 1, recorded January 2nd, 2020.\n',
      'in/tx/002-second-show.vtt': 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nThis is episode 2, recorded January 9th.\n',
      'in/tx/002-second-show.txt': '00:00:00 This is episode 2.\n',
    });
    const r = runCli(['import', '--notes', 'in/notes', '--transcripts', 'in/tx', '--into', 'episodes'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('unpaired notes: 7.md');
    expect(readdirSync(join(root, 'episodes')).sort()).toEqual(['1-first-show', '2-second-show']);
    expect(existsSync(join(root, 'episodes/2-second-show/transcript.vtt'))).toBe(true);
    expect(readFileSync(join(root, 'episodes/2-second-show/index.md'), 'utf8')).toContain('date: 2020-01-09');
    expect(runCli(['build'], root).code).toBe(0);
  });

  corpusSkipNotice('importing the whole Python Bytes archive');
  it.skipIf(!hasCorpus)('imports the whole Python Bytes archive into a site that builds with no errors', () => {
    const root = makeSite({});
    const r = runCli(['import', '--notes', join(corpus, 'show_notes'), '--transcripts', join(corpus, 'transcripts'), '--into', join(root, 'episodes')], root);
    expect(r.code).toBe(0);
    expect(readdirSync(join(root, 'episodes')).length).toBeGreaterThanOrEqual(461);
    const b = runCli(['build'], root);
    expect(b.stderr).not.toMatch(/: error /);
    expect(b.code).toBe(0);
    expect(existsSync(join(root, 'dist/149-pythons-small-object-allocator-and-other-memory-features/index.html'))).toBe(true);
  }, 180_000);
});

describe('shownotes check', () => {
  it('validates without writing a site and exits 0 on a clean project', () => {
    const root = makeSite({ 'episodes/a/index.md': episode({ title: 'A', date: '2024-01-01' }, '## Topic\n\n[Self](/a/)\n') });
    const r = runCli(['check'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('0 errors, 0 warnings');
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('finds every #t= link on a page whose topics and spoken links start inside a turn of caption lines', () => {
    // One voice for two minutes: the captions merge into one turn, starting at 0; the second topic starts at 65 s and
    // example.org is said at 93 s, both inside it.
    const cues = Array.from({ length: 24 }, (_, k) => {
      const t = (s: number) => `00:0${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}.000`;
      const text = k === 13 ? 'Next up, a project called Example Kit' : k === 18 ? 'Read more at example.org about it' : `Words about the subject number ${k}`;
      return `${t(5 * k)} --> ${t(5 * k + 5)}\n<v Ada>${text}\n`;
    });
    const root = makeSite({
      'episodes/a/index.md': episode('title: A\ndate: 2024-01-01\nsegments:\n  - {kind: topic, n: 2, start: 65}', '## First thing\n\n## Example Kit\n\n- [Example](https://example.org/kit)\n'),
      'episodes/a/transcript.vtt': `WEBVTT\n\n${cues.join('\n')}`,
    });
    const r = runCli(['check'], root);
    expect(r.stderr).not.toContain('anchor-missing');
    expect(r.code).toBe(0);
    runCli(['build'], root);
    const page = readFileSync(join(root, 'dist', 'a', 'index.html'), 'utf8');
    expect(page).toContain('href="#t=65"');
    expect(page).toContain('href="#t=90"');
    // The anchors sit in the turn that holds those seconds, the one that starts at 0.
    expect(page).toMatch(/<p class="turn" id="t=0" data-t="0"><span id="t=65"><\/span><span id="t=90"><\/span>/);
  });

  it('links to the transcript heading of an item that a code fence never closed hides in the notes', () => {
    const root = makeSite({
      'episodes/a/index.md': episode('title: A\ndate: 2024-01-01', '## First thing\n\n```\ncode never closed\n\n## Second thing\n'),
      'episodes/a/transcript.txt': '00:00:00 Hello and welcome.\n00:00:10 First thing now.\n00:03:00 Next up, the second thing.\n00:06:00 Bye.\n',
    });
    const r = runCli(['check'], root);
    expect(r.stderr).toContain('warning notes-unclosed-fence');
    expect(r.stderr).not.toContain('anchor-missing');
    runCli(['build'], root);
    const page = readFileSync(join(root, 'dist', 'a', 'index.html'), 'utf8');
    expect(page).toContain('<a href="#at-second-thing">Second thing</a>');
    expect(page).not.toContain('href="#second-thing"');
  });

  it('says that a link written as a bare site name needs its scheme', () => {
    const root = makeSite({ 'episodes/a/index.md': episode('title: A\ndate: 2024-01-01', 'See [matplotlib](matplotlib.org) and [docs](www.example.com/docs).\n') });
    const r = runCli(['check'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error link-broken link to "matplotlib.org" points at nothing in the site; a link to another site needs its scheme: https://matplotlib.org');
    expect(r.stderr).toContain('link to "www.example.com/docs" points at nothing in the site; a link to another site needs its scheme: https://www.example.com/docs');
  });

  it('reports broken internal links, unknown speakers and a missing audio length, with --strict failing on warnings', () => {
    const root = makeSite({
      'episodes/a/index.md': `---\ntitle: A\ndate: 2024-01-01\naudio: https://cdn.example/a.mp3\nspeakers:\n  ADA: ada\n---\n[nowhere](/no-such-page/) and [bad anchor](/a/#no-such-id)\n`,
      'episodes/a/transcript.txt': '00:00:00 ADA: Hello.\n00:00:05 ZED: Who am I?\n',
    });
    const r = runCli(['check'], root);
    expect(r.code).toBe(1);
    // Reported on the notes' line and column where each link is written, naming the page it broke on.
    expect(r.stderr).toContain('episodes/a/index.md:8:11: error link-broken link to "/no-such-page/" points at nothing in the site (on dist/a/index.html)\n');
    expect(r.stderr).toContain('episodes/a/index.md:8:44: error anchor-missing link to "/a/#no-such-id": no element has id "no-such-id" on that page (on dist/a/index.html)');
    expect(r.stderr).toContain('episodes/a/transcript.txt:2:1: warning speaker-unknown speaker label "ZED"');
    expect(r.stderr).toMatch(/episodes\/a\/index\.md:4:1: warning audio-length-missing/);
    writeFileSync(join(root, 'episodes/a/index.md'), `---\ntitle: A\ndate: 2024-01-01\naudio: https://cdn.example/a.mp3\n---\nFine.\n`);
    expect(runCli(['check'], root).code).toBe(0);
    expect(runCli(['check', '--strict'], root).code).toBe(1);
  });
});
