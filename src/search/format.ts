// What the build and the search box (client.ts, in the browser) must agree on about the index's files, besides the
// terms themselves (terms.ts).

/** The site folder of the index, the search page and the search box's engine. */
export const SEARCH_DIR = 'search';
export const META_FILE = `${SEARCH_DIR}/meta.json`;
/** The words the index leaves out, which the search box leaves out of queries too. */
export const SKIP_WORDS_FILE = `${SEARCH_DIR}/skip-words.json`;

/**
 * A record is fetched from its episode's records (the episode's search.json, written with its pages), found through
 * the episodes files: search/episodes/<n>.json lists episodes n × 256 to n × 256 + 255 of the index, each as
 * [path of its records, how many], and meta.json's `episodes` gives the number of the first record each file lists.
 */
export const EPISODES_PER_FILE = 256;

export function episodesFile(n: number): string {
  return `${SEARCH_DIR}/episodes/${n}.json`;
}

/** The episodes file that lists record `id`, from the first record of each (meta.json's `episodes`). */
export function episodesFileOf(firsts: readonly number[], id: number): number {
  return Math.max(0, lastAtOrBefore(firsts, id));
}

/** The place of the last of the sorted `items` at or before `x`; −1 when all come after it. */
export function lastAtOrBefore<T extends number | string>(items: readonly T[], x: T): number {
  let lo = 0;
  let hi = items.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]! <= x) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}

/** The records path and place of record `id`, from an episodes file whose first record is `first`. */
export function recordIn(episodes: readonly [string, number][], first: number, id: number): { path: string; at: number } | null {
  let start = first;
  for (const [path, count] of episodes) {
    if (id < start + count) return { path, at: id - start };
    start += count;
  }
  return null;
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
