// What the build and the search box (client.ts, in the browser) must agree on about the index's files, besides the
// terms themselves (terms.ts).

/** The site folder of the index, the search page and the search box's engine. */
export const SEARCH_DIR = 'search';
export const META_FILE = `${SEARCH_DIR}/meta.json`;
/** The words the index leaves out, which the search box leaves out of queries too. */
export const SKIP_WORDS_FILE = `${SEARCH_DIR}/skip-words.json`;

/** Records a records file holds: search/records/<n>.json holds records n × 8 to n × 8 + 7. */
export const RECORDS_PER_FILE = 8;

/** The records file that holds record `id`, and the record's place in it. */
export function recordsFile(id: number): { path: string; at: number } {
  return { path: `${SEARCH_DIR}/records/${Math.floor(id / RECORDS_PER_FILE)}.json`, at: id % RECORDS_PER_FILE };
}

/**
 * Where each turn of a record begins, so a hit lands on its turn: `speaker|speaker;entry,entry…`, each entry
 * `words since the last turn began:turn id after "t=":speaker's place in the list` (empty without a speaker). Word
 * positions count the tokens of terms.ts; a turn's clock is its id's whole seconds.
 */
export class TurnList {
  private readonly speakers = new Map<string, number>();
  private readonly entries: string[] = [];
  private last = 0;

  /** A turn `id` ("t=724", "t=724-2") by `speaker`, beginning `words` tokens into the record. */
  add(words: number, id: string, speaker: string | null): void {
    let place = '';
    if (speaker) {
      const name = speaker.replace(/[|;]/g, ' ');
      if (!this.speakers.has(name)) this.speakers.set(name, this.speakers.size);
      place = String(this.speakers.get(name));
    }
    this.entries.push(`${words - this.last}:${id.slice(2)}:${place}`);
    this.last = words;
  }

  toString(): string {
    return `${[...this.speakers.keys()].join('|')};${this.entries.join(',')}`;
  }
}

/** The turn a word position is in, from a record's turn list: the last turn beginning at or before it. */
export function turnAt(list: string, position: number): { id: string; speaker: string; seconds: number } | null {
  const cut = list.indexOf(';');
  const names = list.slice(0, cut).split('|');
  let pick: string[] | null = null;
  let words = 0;
  for (const entry of list.slice(cut + 1).split(',')) {
    const f = entry.split(':');
    words += Number(f[0]);
    if (pick && words > position) break;
    pick = f;
  }
  if (!pick || pick[1] === undefined) return null;
  return { id: `t=${pick[1]}`, speaker: pick[2] ? (names[Number(pick[2])] ?? '') : '', seconds: Number(pick[1].split('-')[0]) };
}
