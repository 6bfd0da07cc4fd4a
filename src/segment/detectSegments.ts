// Segment stage: the transcript's turns into findings on a board, by the ordered rules.
import type { Turn } from '../core/types.js';
import type { NotesItem } from '../notes/types.js';
import { createContext, type SegmentContext } from './context.js';
import { segmentRules } from './rules/index.js';
import { spokenLinks } from './spokenLinks.js';
import { toUnits } from './units.js';

/** Runs every rule. Sponsor names from the notes, when given, help name the reads. */
export function analyzeTranscript(turns: readonly Turn[], notes: readonly NotesItem[] | null = null): SegmentContext | null {
  const units = toUnits(turns);
  if (units.length === 0) return null;
  const ctx = createContext(units, notes ? [...notes] : null, spokenLinks(units));
  for (const rule of segmentRules) rule.apply(ctx);
  return ctx;
}
