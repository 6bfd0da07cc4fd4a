// Speaker-labelled markdown: one paragraph per turn (`**Name:** text`), some with a `[12:34]` or `\[01:02:03\]` marker.
// Turns without a marker get a start interpolated from their neighbours, in proportion to the text between them.
import type { Diagnostics } from '../../core/diagnostics.js';
import { parseTimecode, toMillisecond } from '../../core/time.js';
import type { Cue, TranscriptFormat } from '../format.js';
import { foldSpace } from '../cleanText.js';

const MARKER = /\\?\[((?:\d{1,3}:)?\d{1,2}:\d{2}(?:\.\d{1,3})?)\\?\]/;
const SPEAKER = /^\*\*([^*\n]{1,60}?):?\*\*:?[ \t]*/;
/** Speaking rate used past the last marker, in characters per second. */
const CHARS_PER_SECOND = 15;

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/**
 * The first `n` paragraphs of the text, trimmed, empty ones left out: `text.split(/\n[ \t]*\n/)`'s, found one at a
 * time so that a caption file's thousand blocks are not all cut out to look at a hundred.
 */
export function firstParagraphs(text: string, n: number): string[] {
  const out: string[] = [];
  PARAGRAPH_BREAK.lastIndex = 0;
  let from = 0;
  while (out.length < n) {
    const m = PARAGRAPH_BREAK.exec(text);
    const para = text.slice(from, m ? m.index : text.length).trim();
    if (para) out.push(para);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

interface Para { speaker: string | null; text: string; time: number | null; line: number }

export const markdownTranscript: TranscriptFormat = {
  name: 'markdown',
  mergeFragments: false,
  sniff(text) {
    const paras = firstParagraphs(text, 100);
    if (paras.length === 0) return 0;
    const labelled = paras.filter((p) => SPEAKER.test(p.replace(MARKER, '').trimStart())).length;
    return (labelled / paras.length) * 0.85;
  },
  parse(text, diags) {
    const paras: Para[] = [];
    const lines = text.split('\n');
    let buf: string[] = [];
    let bufLine = 0;
    const flush = () => {
      if (buf.length) paras.push(readParagraph(buf.join(' '), bufLine, diags, paras[paras.length - 1]));
      buf = [];
    };
    lines.forEach((line, i) => {
      if (!line.trim()) return flush();
      if (/^#{1,6}[ \t]/.test(line)) return flush(); // document headings are structure, not speech
      if (!buf.length) bufLine = i + 1;
      buf.push(line.trim());
    });
    flush();
    return interpolate(paras);
  },
};

function readParagraph(raw: string, line: number, diags: Diagnostics, prev: Para | undefined): Para {
  let text = raw;
  let time: number | null = null;
  const lead = MARKER.exec(text);
  if (lead && lead.index <= 80) {
    const t = parseTimecode(lead[1]!);
    if (t && t.valid) time = t.seconds;
    else diags.error('timestamp-invalid', `time marker [${lead[1]}] is not a valid time; fix it`, line, lead.index + 1);
    text = text.slice(0, lead.index) + text.slice(lead.index + lead[0].length);
  }
  text = text.trimStart();
  const sp = SPEAKER.exec(text);
  let speaker: string | null = null;
  if (sp) {
    speaker = sp[1]!.trim();
    text = text.slice(sp[0].length);
  } else if (prev) {
    speaker = prev.speaker; // an unlabelled paragraph continues the speaker before it
  }
  return { speaker, text: foldSpace(text.replace(/\*\*|__/g, '')), time, line };
}

function interpolate(paras: Para[]): Cue[] {
  const known = paras.map((p, i) => (p.time === null ? -1 : i)).filter((i) => i >= 0);
  const starts = new Array<number>(paras.length);
  const len = (i: number) => Math.max(1, paras[i]!.text.length);
  // Anchors: a virtual one at 0 before the first paragraph, then every marker.
  let prevIdx = -1;
  let prevTime = 0;
  for (const k of [...known, paras.length]) {
    const nextTime = k < paras.length ? paras[k]!.time! : null;
    let total = 0;
    for (let i = prevIdx + 1; i < k; i++) total += len(i);
    let acc = prevIdx >= 0 ? len(prevIdx) : 0;
    const spanChars = total + acc;
    for (let i = prevIdx + 1; i < k; i++) {
      if (nextTime !== null && nextTime >= prevTime && spanChars > 0) {
        starts[i] = prevTime + ((nextTime - prevTime) * acc) / spanChars;
      } else {
        starts[i] = prevTime + acc / CHARS_PER_SECOND;
      }
      acc += len(i);
    }
    if (k < paras.length) {
      starts[k] = nextTime!;
      prevIdx = k;
      prevTime = nextTime!;
    }
  }
  return paras.map((p, i) => ({ start: toMillisecond(starts[i]!), speaker: p.speaker, text: p.text, line: p.line }));
}
