// WebVTT: header, NOTE/STYLE/REGION blocks, cue identifiers, cue settings, multi-line cues, <v Name> voices.
import type { Diagnostics } from '../../core/diagnostics.js';
import type { Cue, TranscriptFormat } from '../format.js';
import { cueTiming, splitBlocks } from '../blocks.js';
import { splitVoices } from '../speakers.js';
import { decodeEntities, foldSpace, stripCueTags } from '../cleanText.js';

export const vtt: TranscriptFormat = {
  name: 'webvtt',
  mergeFragments: true,
  sniff(text) {
    if (/^WEBVTT(?:[ \t]|$)/.test(text.trimStart())) return 1;
    // Caption timings with a dot before the milliseconds and no SRT numbering: VTT without its header.
    return /^(?:\d{1,3}:)?\d{1,2}:\d{2}\.\d{1,3}[ \t]+-->/m.test(text.slice(0, 4000)) ? 0.6 : 0;
  },
  parse(text, diags) {
    const blocks = splitBlocks(text);
    const first = blocks[0];
    if (!first || !/^WEBVTT(?:[ \t]|$)/.test(first.lines[0]!.trimStart())) {
      diags.warn('vtt-missing-header', 'WebVTT file does not start with "WEBVTT"; add that line so players accept it', 1, 1);
    } else {
      blocks.shift();
    }
    return parseCaptionBlocks(blocks, diags, 'vtt');
  },
};

/** Shared by VTT and SRT: each block is [identifier?] timing payload…  */
export function parseCaptionBlocks(blocks: ReturnType<typeof splitBlocks>, diags: Diagnostics, kind: 'vtt' | 'srt'): Cue[] {
  const cues: Cue[] = [];
  for (const block of blocks) {
    const head = block.lines[0]!;
    if (kind === 'vtt' && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(head)) continue;
    let timing = cueTiming(head);
    let timingIndex = timing ? 0 : -1;
    if (!timing && block.lines.length > 1 && (timing = cueTiming(block.lines[1]!))) timingIndex = 1;
    if (!timing) {
      // Not a cue: keep its text with the cue before it so that no words are lost.
      const prev = cues[cues.length - 1];
      const words = foldSpace(stripCueTags(decodeEntities(block.lines.join(' '))));
      diags.warn(`${kind}-bad-block`, 'block has no "start --> end" timing line; its text was joined to the cue before it', block.line, 1);
      if (prev) prev.text = foldSpace(prev.text + ' ' + words);
      else if (words) cues.push({ start: 0, speaker: null, text: words, line: block.line });
      continue;
    }
    const lineNo = block.line + timingIndex;
    const { start, end, written } = timing;
    if (written) {
      const [from, to] = written;
      diags.error('timestamp-invalid', `cue timing "${from} --> ${to}" has minutes or seconds above 59; fix the time`, lineNo, 1);
    }
    const payload = block.lines.slice(timingIndex + 1).join('\n');
    const baseSpeaker: string | null = null;
    for (const part of splitVoices(payload, baseSpeaker)) {
      const textOnly = foldSpace(decodeEntities(stripCueTags(part.text)));
      cues.push({ start: start.seconds, end: end.seconds, speaker: part.speaker, text: textOnly, line: lineNo });
    }
  }
  return cues;
}
