// Transcript speaker labels matched to the podcast's known people: "KENNEDY" or "Michael Kennedy" → michael-kennedy.
import type { Person } from '../core/types.js';

export function matchSpeakers(labels: Iterable<string>, people: ReadonlyMap<string, Person>): Map<string, string> {
  const out = new Map<string, string>();
  for (const label of labels) {
    const words = label.toLowerCase().split(/\s+/);
    let best: { id: string; score: number } | null = null;
    for (const p of people.values()) {
      const names = p.name.toLowerCase().split(/\s+/);
      const score = words.filter((w) => names.includes(w)).length;
      if (score > 0 && (!best || score > best.score)) best = { id: p.id, score };
    }
    if (best) out.set(label, best.id);
  }
  return out;
}
