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
    const line = lines[i]!.replace(/[ \t]+$/, '');
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

/** `start --> end [settings]` with either `.` (VTT) or `,` (SRT) before the milliseconds. */
export const TIMING = /^[ \t]*((?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[ \t]+-->[ \t]+((?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)(.*)$/;
