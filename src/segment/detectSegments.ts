// Segment stage: turns (and, when there are some, the show notes' items) into an ordered list of segments.
import type { Segmentation, Turn } from '../core/types.js';
import type { NotesItem } from '../notes/types.js';
import { createContext } from './context.js';
import { segmentRules } from './rules/index.js';
import { assemble } from './assemble.js';
import { spokenLinks } from './spokenLinks.js';
import { toUnits } from './units.js';

export function detectSegments(turns: readonly Turn[], notes: NotesItem[] | null = null): Segmentation {
  const units = toUnits(turns);
  if (units.length === 0) return { segments: [], mentions: [] };
  const ctx = createContext(units, notes, spokenLinks(units));
  for (const rule of segmentRules) rule.apply(ctx);
  return assemble(ctx);
}
