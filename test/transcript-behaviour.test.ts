// How transcripts become turns, checked behaviour by behaviour.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, corpusSkipNotice, fixtures, hasCorpus, seedTranscript } from './helpers/paths.js';
import { parseFile, parseString } from './helpers/parse.js';
import { firstParagraphs } from '../src/transcript/formats/markdown.js';
import fc from 'fast-check';
import { decodeEntities, foldSpace, stripCueTags } from '../src/transcript/cleanText.js';
import { timeFromParts } from '../src/core/time.js';
import { cueTiming, TIMING } from '../src/transcript/blocks.js';

const words = (s: string) => s.toLowerCase().match(/[a-z0-9']+/g) ?? [];

describe('the seed transcript', () => {
  it.skipIf(!hasCorpus)('parses into exactly 125 turns between KENNEDY and OKKEN', () => {
    const { transcript, diagnostics } = parseFile(seedTranscript);
    expect(transcript.format).toBe('timestamped-text');
    expect(transcript.turns).toHaveLength(125);
    expect(new Set(transcript.turns.map((t) => t.speaker))).toEqual(new Set(['KENNEDY', 'OKKEN']));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('turns', () => {
  it('picks the format from the content, not the file name', () => {
    const vttInTxt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ada>Hi.\n';
    expect(parseString(vttInTxt).transcript.format).toBe('webvtt');
    expect(parseString('1\n00:00:01,000 --> 00:00:02,000\nHi.\n').transcript.format).toBe('srt');
    expect(parseString('{"version":"1.0.0","segments":[]}').transcript.format).toBe('podcast-json');
    expect(parseString('**Ada:** Hello.\n\n**Ben:** Hi.\n').transcript.format).toBe('markdown');
  });

  it('ends each turn where the next one starts and never before its own start', () => {
    const { transcript } = parseString('00:00:10 A: one.\n00:00:04 B: earlier.\n00:00:20 A: later.\n');
    for (const [i, t] of transcript.turns.entries()) {
      expect(t.end).toBeGreaterThanOrEqual(t.start);
      const next = transcript.turns[i + 1];
      if (next && next.start >= t.start) expect(t.end).toBe(next.start);
    }
  });

  it('merges caption fragments of one speaker into one turn', () => {
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Ada>This sentence is\n\n00:00:02.000 --> 00:00:03.000\n<v Ada>split in two.\n\n00:00:03.000 --> 00:00:04.000\n<v Ben>Yes.\n';
    const { transcript } = parseString(vtt);
    expect(transcript.turns.map((t) => [t.speaker, t.text])).toEqual([['Ada', 'This sentence is split in two.'], ['Ben', 'Yes.']]);
  });

  it('keeps each unlabelled line a turn of its own unless it breaks off mid-sentence', () => {
    const { transcript } = parseString('00:00:00 One whole sentence.\n00:00:02 Another one.\n00:00:04 This one breaks off\n00:00:06 and ends here.\n');
    expect(transcript.turns.map((t) => t.text)).toEqual(['One whole sentence.', 'Another one.', 'This one breaks off and ends here.']);
  });

  it('never merges cues that are far apart in time', () => {
    const { transcript } = parseString('00:00:00 ADA: First\n00:10:00 ADA: much later\n');
    expect(transcript.turns).toHaveLength(2);
  });

  it('reads a one-off "Note:" in an unlabelled transcript as text, not as a speaker', () => {
    const { transcript } = parseString('00:00:00 Hello there.\n00:00:03 Note: this is text.\n00:00:06 Goodbye.\n');
    expect(transcript.turns.map((t) => t.speaker)).toEqual([null, null, null]);
    expect(transcript.turns[1]!.text).toBe('Note: this is text.');
  });

  it('reads BOM, CRLF, tabs and trailing spaces the same as clean text', () => {
    const clean = parseFile(join(fixtures, 'transcripts', 'bom-crlf-tabs.txt')).transcript.turns;
    const same = parseString('00:00:01 ANA: BOM first, tabs inside.\n\n00:00:03 ANA: and CRLF line ends.\n\n00:00:04 BO: Trailing spaces.\n').transcript.turns;
    expect(clean.map(({ line: _l, parts: _p, ...t }) => t)).toEqual(same.map(({ line: _l, parts: _p, ...t }) => t));
  });

  it('gives markdown turns without a marker a start interpolated in proportion to their text', () => {
    const md = '**Ada:** [00:00] ' + 'a'.repeat(30) + '\n\n**Ben:** ' + 'b'.repeat(10) + '\n\n**Ada:** [00:40] Last.\n';
    const turns = parseString(md).transcript.turns;
    expect(turns.map((t) => t.start)).toEqual([0, 30, 40]);
  });

  it('reports a timestamp of 99:99:99 as an error at its line and keeps the line', () => {
    const { transcript, diagnostics } = parseString('00:00:01 One.\n99:99:99 Two.\n');
    expect(diagnostics).toMatchObject([{ severity: 'error', rule: 'timestamp-invalid', line: 2, column: 1 }]);
    expect(transcript.turns.map((t) => t.text)).toEqual(['One.', 'Two.']);
  });

  it('reports time going backwards as a warning', () => {
    const { diagnostics } = parseString('00:01:00 Later.\n00:00:10 Earlier.\n');
    expect(diagnostics).toMatchObject([{ severity: 'warning', rule: 'time-backwards', line: 2 }]);
  });

  it('loses no words of any fixture', () => {
    const dir = join(fixtures, 'transcripts');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const raw = readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '');
      const { transcript } = parseFile(join(dir, f));
      const speakers = new Set(transcript.turns.map((t) => t.speaker).filter((s): s is string => !!s));
      const spoken = raw
        .split('\n')
        .map((l) => l.replace(/^\s*\[?(?:\d+:)?\d+:\d+\]?\s*/, '').replace(/<\/?v[^>]*>/g, ''))
        .map((l) => [...speakers].reduce((line, s) => (line.startsWith(`${s}: `) ? line.slice(s.length + 2) : line), l))
        .join(' ');
      expect(words(transcript.turns.map((t) => t.text).join(' ')), f).toEqual(words(spoken));
    }
  });
});

describe('sniffing speaker-labelled markdown', () => {
  const bySplit = (text: string, n: number) => text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean).slice(0, n);
  const edges = ['', '\n\n', 'one', ' one \n \n two ', 'a\n\n\n\nb', 'a\n \t \nb\n\n', '\n\n\n', 'a\r\n\r\nb', 'x\ny\n\nz'];

  it('looks at the first paragraphs exactly as splitting the whole text would give them', () => {
    for (const text of edges) for (const n of [1, 2, 100]) expect(firstParagraphs(text, n)).toEqual(bySplit(text, n));
  });

  corpusSkipNotice('comparing the first paragraphs of every corpus transcript');
  it.skipIf(!hasCorpus)('looks at the same first paragraphs of every corpus transcript as splitting it whole', () => {
    const dir = join(corpus, 'transcripts');
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(firstParagraphs(text, 100), f).toEqual(bySplit(text, 100));
    }
  });
});

describe('cleaning cue text', () => {
  // What the cleaners did before they gave plain text back untouched: their regular expressions, run on everything.
  const folded = (text: string) => text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
  const spaces = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u0001'];
  const pieces = fc.array(fc.oneof(fc.constantFrom(...spaces, 'a', 'bc', '&amp;', '<i>', '&', '<'), fc.string({ maxLength: 4 })), { maxLength: 12 }).map((p) => p.join(''));

  it('folds white space exactly as the regular expression does, whether or not the text needs it', () => {
    for (const text of ['', ' ', 'a', ' a', 'a ', 'a b', 'a  b', 'a\tb', 'a\u00a0b', 'a\u200bb', '\ufeffa']) expect(foldSpace(text), JSON.stringify(text)).toBe(folded(text));
    fc.assert(fc.property(pieces, (text) => foldSpace(text) === folded(text)), { numRuns: 3000 });
  });

  it('drops cue tags exactly as the regular expression does, and decodes the entities of text that has any', () => {
    const stripped = (text: string) => text.replace(/<\/?(?:(?:c|i|b|u|ruby|rt|v|lang)(?:\.[^<>\s]*)?(?:[ \t][^<>]*)?|\d[\d:.]*)>/gi, '');
    fc.assert(fc.property(pieces, (text) => stripCueTags(text) === stripped(text)), { numRuns: 2000 });
    expect(stripCueTags('<i>so</i> <c.loud>yes</c> <00:01:02.000>a <div /> b')).toBe('so yes a <div /> b');
    expect(decodeEntities('Tom &amp; Jerry &lt;3 &#x41;&#66; &AMP; &bogus; & more')).toBe('Tom & Jerry <3 AB & &bogus; & more');
    expect(decodeEntities('no entities here')).toBe('no entities here');
  });

  it('reads a timing line as TIMING and timeFromParts() do, the usual shape from its characters', () => {
    const byRegex = (line: string) => {
      const m = TIMING.exec(line);
      if (!m) return null;
      const start = timeFromParts(m[2], m[3]!, m[4]!, m[5]);
      const end = timeFromParts(m[7], m[8]!, m[9]!, m[10]);
      return { start, end, written: start.valid && end.valid ? null : [m[1], m[6]] };
    };
    const digit = fc.constantFrom(...'0123456789');
    const time = fc.tuple(fc.array(digit, { minLength: 1, maxLength: 3 }), fc.array(digit, { minLength: 1, maxLength: 3 }), fc.array(digit, { minLength: 1, maxLength: 3 }), fc.constantFrom('.', ',', ':', ''), fc.array(digit, { maxLength: 4 }))
      .map(([h, m, s, sep, f]) => `${h.join('')}:${m.join('')}:${s.join('')}${sep}${f.join('')}`);
    const usual = fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99), fc.nat(999), fc.constantFrom('.', ',')).map(([h, m, s, f, sep]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}${sep}${String(f).padStart(3, '0')}`);
    const arrow = fc.constantFrom(' --> ', ' -->  ', '\t-->\t', '-->', ' ->  ', ' --> ');
    const tail = fc.constantFrom('', ' align:start', '1', '\u2028x', '\rx', ' ', 'x');
    const line = fc.tuple(fc.constantFrom('', ' ', '\t'), fc.oneof(usual, time), arrow, fc.oneof(usual, time), tail).map((p) => p.join(''));
    fc.assert(fc.property(line, (l) => { expect(cueTiming(l)).toEqual(byRegex(l)); }), { numRuns: 5000 });
    expect(cueTiming('00:01:02.345 --> 01:00:00,100 line:0')).toEqual({ start: { seconds: 62.345, valid: true }, end: { seconds: 3600.1, valid: true }, written: null });
    expect(cueTiming('00:61:02.345 --> 00:01:03.000')?.written).toEqual(['00:61:02.345', '00:01:03.000']);
    expect(cueTiming('00:01:02.345 -> 00:01:03.000')).toBeNull();
  });

  it('reads the digits of a timecode as Number() does', () => {
    const viaNumber = (h: string | undefined, m: string, s: string, f?: string) => {
      const mm = Number(m);
      const ss = Number(s);
      return { seconds: (h ? Number(h) : 0) * 3600 + mm * 60 + ss + (f ? Number(f.padEnd(3, '0')) / 1000 : 0), valid: mm < 60 && ss < 60 };
    };
    const digits = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: max });
    fc.assert(
      fc.property(fc.option(digits(3), { nil: undefined }), digits(2), digits(2), fc.option(digits(3), { nil: undefined }), (h, m, s, f) => {
        expect(timeFromParts(h, m, s, f)).toEqual(viaNumber(h, m, s, f));
      }),
      { numRuns: 3000 },
    );
    expect(timeFromParts('01', '02', '03', '5')).toEqual({ seconds: 3723.5, valid: true });
    expect(timeFromParts(undefined, '99', '07', '045')).toEqual({ seconds: 5947.045, valid: false });
  });
});

describe('the Python Bytes corpus', () => {
  corpusSkipNotice('parsing every corpus transcript');
  it.skipIf(!hasCorpus)('parses every .txt and .vtt transcript without an error', () => {
    const dir = join(corpus, 'transcripts');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.vtt'));
    expect(files.length).toBeGreaterThan(900);
    const failures: string[] = [];
    for (const f of files) {
      const { transcript, diagnostics } = parseFile(join(dir, f));
      const errors = diagnostics.filter((d) => d.severity === 'error');
      if (errors.length || transcript.turns.length === 0) failures.push(`${f}: ${errors.map((e) => e.message).join('; ') || 'no turns'}`);
      for (const t of transcript.turns) if (t.end < t.start) failures.push(`${f}: turn ends before it starts at ${t.start}`);
    }
    expect(failures).toEqual([]);
  });
});
