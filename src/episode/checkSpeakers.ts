// Speaker labels in the transcript that the front matter's `speakers` map does not know.
import type { Diagnostics } from '../core/diagnostics.js';
import type { Person, Turn } from '../core/types.js';

export function checkSpeakers(turns: readonly Turn[], speakers: ReadonlyMap<string, Person>, diags: Diagnostics): void {
  if (speakers.size === 0) return;
  const seen = new Set<string>();
  for (const t of turns) {
    if (!t.speaker || speakers.has(t.speaker) || seen.has(t.speaker)) continue;
    seen.add(t.speaker);
    diags.warn('speaker-unknown', `speaker label "${t.speaker}" is not in the front matter's speakers map; add "${t.speaker}: <person>"`, t.line, 1);
  }
}
