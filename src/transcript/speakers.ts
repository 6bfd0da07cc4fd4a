// Speaker labels inside cue text: `NAME: text`, `Michael Kennedy: text` and `<v Name>text</v>` voice tags.

/** A label of at most four capitalised words (or one all-caps word) followed by a colon. */
const LABEL = /^([A-Z][A-Za-z0-9'.-]{0,30}(?: [A-Z][A-Za-z0-9'.-]{0,30}){0,3}):[ \t]+(?=\S)/;
const VOICE = /<v(?:\.[^\s>]*)?[ \t]+([^>]{1,100})>/g;

export interface Spoken {
  speaker: string | null;
  text: string;
}

/** The label a line would carry, if it were a speaker label. */
export function labelCandidate(text: string): string | null {
  const m = LABEL.exec(text);
  return m ? m[1]! : null;
}

/**
 * Decides which candidate labels are speakers: a label used on at least two lines counts, and so does an all-caps
 * label (KENNEDY:), any label of a one-line file, and every label of a file whose lines mostly carry one.
 * One-off "Note: ..." phrases in unlabelled transcripts do not.
 */
export function acceptedLabels(candidates: Iterable<string | null>, lineCount: number): Set<string> {
  const counts = new Map<string, number>();
  let labelled = 0;
  for (const c of candidates) {
    if (!c) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    labelled++;
  }
  const accepted = new Set<string>();
  for (const [label, n] of counts) {
    if (n >= 2 || lineCount === 1 || /^[A-Z]{2,}$/.test(label)) accepted.add(label);
  }
  // In a file where most lines carry a label, a speaker who says one line is a speaker too.
  if (accepted.size && labelled >= lineCount / 2) for (const label of counts.keys()) accepted.add(label);
  return accepted;
}

/** Splits `<v Name>…</v>` voice spans; text outside any span keeps the current speaker. */
export function splitVoices(text: string, speaker: string | null): Spoken[] {
  if (!text.includes('<v')) return [{ speaker, text }];
  const out: Spoken[] = [];
  let last = 0;
  let current = speaker;
  VOICE.lastIndex = 0;
  for (let m = VOICE.exec(text); m; m = VOICE.exec(text)) {
    const before = text.slice(last, m.index);
    if (before.trim()) out.push({ speaker: current, text: before });
    current = m[1]!.trim();
    last = m.index + m[0].length;
  }
  const rest = text.slice(last);
  if (rest.trim() || out.length === 0) out.push({ speaker: current, text: rest });
  return out.map((s) => ({ speaker: s.speaker, text: s.text.replace(/<\/v>/g, '') }));
}

/** Removes the label from a line whose label was accepted. */
export function takeLabel(text: string, accepted: Set<string>): Spoken {
  const m = LABEL.exec(text);
  if (m && accepted.has(m[1]!)) return { speaker: m[1]!, text: text.slice(m[0].length) };
  return { speaker: null, text };
}
