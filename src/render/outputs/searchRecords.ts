// The episode's search records: one per segment of the transcript (landing on its first turn) and one for the notes.
// Each segment record lists where each of its turns begins, in words, so a hit can be placed on its exact turn:
// `speaker|speaker;entry,entry…`, each entry `words since the last turn began:turn id after "t=":speaker's place in
// the list` (empty without a speaker). The clock is the id's whole seconds. Word positions are those of search/terms.ts.
// The text is kept whole, for the excerpts; the index leaves out its skip words (search/terms.ts).
import { tokensOf } from '../../search/terms.js';
import type { EpisodeFormat, SiteFormat } from './types.js';

export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
}

export const searchRecords: EpisodeFormat = {
  name: 'search',
  mediaType: 'application/json',
  path: (slug) => `${slug}/search.json`,
  render(ep, view) {
    const episode = `${view.number !== undefined ? `#${view.number} ` : ''}${view.title}`;
    const records: SearchRecord[] = [];
    const notesText = [view.title, ...view.chapters.filter((c) => c.kind === 'topic').map((c) => c.title), plainText(ep.body), ...view.linkGroups.flatMap((g) => g.links.map((l) => l.url ?? l.text))].join(' ');
    records.push({ url: view.href, content: tokensOf(notesText).join(' '), meta: { title: episode, kind: 'notes', topic: 'Show notes' } });
    let current: { record: SearchRecord; words: number; last: number; turns: string[]; speakers: Map<string, number> } | null = null;
    const close = () => {
      if (current && current.record.content) {
        current.record.meta.turns = `${[...current.speakers.keys()].join('|')};${current.turns.join(',')}`;
        records.push(current.record);
      }
    };
    for (const t of view.turns) {
      const heading = t.headings[t.headings.length - 1];
      if (heading || !current) {
        close();
        current = { record: { url: `${view.href}#${t.id}`, content: '', meta: { title: episode, kind: heading?.kind ?? 'transcript', topic: heading?.title ?? 'Transcript' } }, words: 0, last: 0, turns: [], speakers: new Map() };
      }
      current.turns.push(`${current.words - current.last}:${t.id.slice(2)}:${t.speaker ? speakerPlace(current.speakers, t.speaker) : ''}`);
      current.last = current.words;
      const tokens = tokensOf(t.text);
      if (tokens.length) current.record.content += (current.record.content ? ' ' : '') + tokens.join(' ');
      current.words += tokens.length;
    }
    close();
    return JSON.stringify(records);
  },
};

function speakerPlace(speakers: Map<string, number>, name: string): number {
  const key = name.replace(/[|;]/g, ' ');
  let at = speakers.get(key);
  if (at === undefined) speakers.set(key, (at = speakers.size));
  return at;
}

function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The words the index leaves out, for the search box to leave out of queries too (see search/skipWords.ts). */
export const searchSkipWords: SiteFormat = {
  name: 'search-skip-words',
  templates: [],
  pages(_site, ctx) {
    return [{ path: 'search/skip-words.json', key: 'search-skip-words', render: () => `${JSON.stringify([...ctx.search.skip].sort())}\n` }];
  },
};
