// SubRip: numbered blocks, `00:00:01,000 --> 00:00:02,000`, and `Name:` speaker prefixes.
import type { TranscriptFormat } from '../format.js';
import { splitBlocks } from '../blocks.js';
import { parseCaptionBlocks } from './vtt.js';
import { acceptedLabels, labelCandidate, takeLabel } from '../speakers.js';

export const srt: TranscriptFormat = {
  name: 'srt',
  mergeFragments: true,
  sniff(text) {
    const head = text.trimStart().slice(0, 4000);
    if (/^\d+[ \t]*\n(?:\d{1,3}:)?\d{1,2}:\d{2},\d{1,3}[ \t]+-->/.test(head)) return 0.95;
    return /^(?:\d{1,3}:)?\d{1,2}:\d{2},\d{1,3}[ \t]+-->/m.test(head) ? 0.7 : 0;
  },
  parse(text, diags) {
    const blocks = splitBlocks(text);
    let expected = 1;
    for (const block of blocks) {
      const head = block.lines[0]!.trim();
      if (!/^\d+$/.test(head)) continue;
      const n = Number(head);
      if (n !== expected) {
        diags.warn('srt-numbering', `cue number ${n} where ${expected} was expected; renumber the cues (they were read in file order)`, block.line, 1);
      }
      expected = n + 1;
    }
    const cues = parseCaptionBlocks(blocks, diags, 'srt');
    const accepted = acceptedLabels(cues.map((c) => labelCandidate(c.text)), cues.length);
    return cues.map((c) => {
      if (c.speaker) return c;
      const spoken = takeLabel(c.text, accepted);
      return { ...c, speaker: spoken.speaker, text: spoken.text };
    });
  },
};
