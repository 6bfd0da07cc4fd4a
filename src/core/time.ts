// Timecodes: parsing and formatting seconds.

/** `H:MM:SS`, `HH:MM:SS`, `MM:SS`, with an optional `.mmm` or `,mmm` fraction. */
export const TIMECODE = /(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?/;

export interface ParsedTime {
  seconds: number;
  /** False when minutes or seconds are out of range (e.g. 99:99:99). */
  valid: boolean;
}

/** The parts as a timecode's regular expression captures them: digits (the fraction without its separator). */
export function timeFromParts(h: string | undefined, m: string, s: string, frac?: string): ParsedTime {
  const hh = h ? whole(h) : 0;
  const mm = whole(m);
  const ss = whole(s);
  const ff = frac ? whole(frac.length < 3 ? frac.padEnd(3, '0') : frac) / 1000 : 0;
  return { seconds: hh * 3600 + mm * 60 + ss + ff, valid: mm < 60 && ss < 60 };
}

/** Number(digits), without the string-to-number conversion's general parsing (a few times faster per cue). */
function whole(digits: string): number {
  let n = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(digits);
    n = n * 10 + d;
  }
  return n;
}

const WHOLE_TIMECODE = new RegExp(`^${TIMECODE.source}$`);

/** Parses a whole timecode string, or a plain number of seconds. Returns null when it is neither. */
export function parseTimecode(text: string): ParsedTime | null {
  const t = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return { seconds: Number(t), valid: true };
  const m = WHOLE_TIMECODE.exec(t);
  if (!m) return null;
  return timeFromParts(m[1], m[2]!, m[3]!, m[4]);
}

/** 12:04 or 1:02:03, as shown to people and used in `#t=` links. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** HH:MM:SS.mmm (VTT) or HH:MM:SS,mmm (SRT). */
export function formatCueTime(seconds: number, separator: '.' | ',' = '.'): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const f = ms % 1000;
  // Written out rather than with padStart: two of these for every cue of every transcript.
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}${separator}${f < 10 ? '00' : f < 100 ? '0' : ''}${f}`;
}

/** Seconds to the millisecond, as turns, chapters and soundbites keep them (no float noise past the third decimal). */
export function toMillisecond(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/** ISO 8601 duration-free HH:MM:SS for itunes:duration and display. */
export function formatHms(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}
