// What the show notes say about an episode's structure.

export type NotesItemKind = 'topic' | 'sponsor' | 'extras' | 'joke';

export interface NotesLink {
  url: string;
  text: string;
}

export interface NotesItem {
  kind: NotesItemKind;
  /** The number the notes give the item (`Brian #3` → 3), when they give one. */
  n?: number;
  presenter?: string;
  title: string;
  /** The item's own link (the title's), then the others in its body. */
  links: NotesLink[];
  /** Plain text of the heading and body, for matching against the transcript. */
  text: string;
  /** 1-based line of the item's heading in the markdown body. */
  line: number;
}
