// The named types that travel between pipeline stages.

/** One speaker turn of a transcript. Times are seconds from the start of the audio. */
export interface Turn {
  start: number;
  end: number;
  speaker: string | null;
  text: string;
  /** 1-based line in the source file where the turn begins (for diagnostics and links back). */
  line: number;
  /** Where merged caption fragments began: character offset in `text` and start time. Absent for single-cue turns. */
  parts?: { offset: number; start: number }[];
}

export interface Transcript {
  format: string;
  turns: Turn[];
}

export type SegmentKind = 'intro' | 'topic' | 'sponsor' | 'extras' | 'joke' | 'outro';

export interface SegmentLink {
  url: string;
  text?: string;
  /** Second at which the link was spoken in the transcript, when it was. */
  at?: number;
}

export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
  title?: string;
  /** The item's number as the show notes write it, or its 1-based position. */
  n?: number;
  presenter?: string;
  sponsor?: string;
  links?: SegmentLink[];
}

export interface SponsorMention {
  sponsor: string;
  at: number;
}

export interface Segmentation {
  segments: Segment[];
  mentions: SponsorMention[];
}

export interface Person {
  id: string;
  name: string;
  url?: string;
  image?: string;
  role?: string;
}
