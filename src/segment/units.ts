// The segmenter works on units: turns split back at their caption fragments, so boundaries keep line precision.
import type { Turn } from '../core/types.js';

export interface Unit {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with typographic quotes folded, for phrase matching. */
  lower: string;
  speaker: string | null;
  /** Index of the turn this unit belongs to. */
  turn: number;
}

export function toUnits(turns: readonly Turn[]): Unit[] {
  const units: Unit[] = [];
  turns.forEach((t, ti) => {
    const parts = t.parts ?? [{ offset: 0, start: t.start }];
    parts.forEach((p, pi) => {
      const next = parts[pi + 1];
      const text = t.text.slice(p.offset, next ? next.offset - 1 : undefined);
      units.push({ start: p.start, end: t.end, text, lower: normalize(text), speaker: t.speaker, turn: ti });
    });
  });
  for (let i = 0; i < units.length - 1; i++) units[i]!.end = Math.max(units[i]!.start, units[i + 1]!.start);
  return units;
}

export function normalize(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"');
}
