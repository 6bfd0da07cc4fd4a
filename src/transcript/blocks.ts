// Splits caption files (VTT, SRT) into blank-line separated blocks, keeping line numbers.

export interface Block {
  /** 1-based line number of the block's first line. */
  line: number;
  lines: string[];
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lastChar = raw.charCodeAt(raw.length - 1);
    const line = lastChar === 32 || lastChar === 9 ? raw.replace(/[ \t]+$/, '') : raw;
    if (!line.trim()) {
      current = null;
      continue;
    }
    if (!current) {
      current = { line: i + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  }
  return blocks;
}

/**
 * `start --> end [settings]` with either `.` (VTT) or `,` (SRT) before the milliseconds. Groups: 1 the start as
 * written, 2–5 its hours, minutes, seconds and fraction (as timeFromParts() takes them), 6–10 the same of the end,
 * 11 the settings.
 */
export const TIMING = /^[ \t]*((?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?)[ \t]+-->[ \t]+((?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?)(.*)$/;
