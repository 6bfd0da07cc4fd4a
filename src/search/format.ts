// What the build and the search box (client.ts, in the browser) must agree on about the index's files, besides the
// terms themselves (terms.ts).

/** Records a records file holds: search/records/<n>.json holds records n × 8 to n × 8 + 7. */
export const RECORDS_PER_FILE = 8;

/** The records file that holds record `id`, and the record's place in it. */
export function recordsFile(id: number): { path: string; at: number } {
  return { path: `search/records/${Math.floor(id / RECORDS_PER_FILE)}.json`, at: id % RECORDS_PER_FILE };
}
