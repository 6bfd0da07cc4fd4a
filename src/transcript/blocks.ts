// Splits caption files (VTT, SRT) into blank-line separated blocks, keeping line numbers; reads their timing lines.
import { timeFromParts, type ParsedTime } from '../core/time.js';

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

/** A cue's timing line: its start and end, and each as written where either is out of range (for the message). */
export interface CueTiming {
  start: ParsedTime;
  end: ParsedTime;
  written: [string, string] | null;
}

/**
 * The timing of a line that TIMING matches; null for any other line. The usual `00:01:02.345 --> 00:01:04.000` is read
 * from its characters (a match of TIMING's eleven groups made an array and up to eleven strings for every cue).
 */
export function cueTiming(line: string): CueTiming | null {
  if (usualTiming(line)) {
    const start = usualTime(line, 0);
    const end = usualTime(line, 17);
    return { start, end, written: start.valid && end.valid ? null : [line.slice(0, 12), line.slice(17, 29)] };
  }
  const m = TIMING.exec(line);
  if (!m) return null;
  const start = timeFromParts(m[2], m[3]!, m[4]!, m[5]);
  const end = timeFromParts(m[7], m[8]!, m[9]!, m[10]);
  return { start, end, written: start.valid && end.valid ? null : [m[1]!, m[6]!] };
}

/** `HH:MM:SS.mmm --> HH:MM:SS.mmm` (or with commas) from the line's start, and no line break after: TIMING matches it. */
function usualTiming(line: string): boolean {
  if (line.length < 29 || !usualTimeAt(line, 0) || !usualTimeAt(line, 17)) return false;
  if (line.charCodeAt(12) !== 32 || line.charCodeAt(13) !== 45 || line.charCodeAt(14) !== 45 || line.charCodeAt(15) !== 62 || line.charCodeAt(16) !== 32) return false;
  for (let i = 29; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return false;
  }
  return true;
}

/** Where the digits of `HH:MM:SS.mmm` are. */
const DIGITS_AT = [0, 1, 3, 4, 6, 7, 9, 10, 11];

function usualTimeAt(line: string, at: number): boolean {
  for (let i = 0; i < DIGITS_AT.length; i++) {
    const c = line.charCodeAt(at + DIGITS_AT[i]!);
    if (c < 48 || c > 57) return false;
  }
  const sep = line.charCodeAt(at + 8);
  return line.charCodeAt(at + 2) === 58 && line.charCodeAt(at + 5) === 58 && (sep === 46 || sep === 44);
}

/** The time written at `at` in the usual shape, as timeFromParts() reads its parts. */
function usualTime(line: string, at: number): ParsedTime {
  const d = (k: number) => line.charCodeAt(at + k) - 48;
  const hh = d(0) * 10 + d(1);
  const mm = d(3) * 10 + d(4);
  const ss = d(6) * 10 + d(7);
  const ff = (d(9) * 100 + d(10) * 10 + d(11)) / 1000;
  return { seconds: hh * 3600 + mm * 60 + ss + ff, valid: mm < 60 && ss < 60 };
}
