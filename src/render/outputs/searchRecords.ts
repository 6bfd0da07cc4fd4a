// The episode's search records: one per segment of the transcript (landing on its first turn) and one for the notes.
// Each segment record lists where each of its turns begins, in words, so a hit can be placed on its exact turn
// (search/format.ts, TurnList). Word positions are those of search/terms.ts.
// The text is kept whole, for the excerpts; the index leaves out its skip words (search/terms.ts).
import { SKIP_WORDS_FILE, TurnList } from '../../search/format.js';
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
    let current: { record: SearchRecord; words: number; turns: TurnList } | null = null;
    const close = () => {
      if (current && current.record.content) {
        current.record.meta.turns = current.turns.toString();
        records.push(current.record);
      }
    };
    for (const t of view.turns) {
      const heading = t.headings[t.headings.length - 1];
      if (heading || !current) {
        close();
        current = { record: { url: `${view.href}#${t.id}`, content: '', meta: { title: episode, kind: heading?.kind ?? 'transcript', topic: heading?.title ?? 'Transcript' } }, words: 0, turns: new TurnList() };
      }
      current.turns.add(current.words, t.id, t.speaker);
      const tokens = tokensOf(t.text);
      if (tokens.length) current.record.content += (current.record.content ? ' ' : '') + tokens.join(' ');
      current.words += tokens.length;
    }
    close();
    return JSON.stringify(records);
  },
};

function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The words the index leaves out, for the search box to leave out of queries too (see search/skipWords.ts). */
export const searchSkipWords: SiteFormat = {
  name: 'search-skip-words',
  templates: [],
  pages(_site, ctx) {
    return [{ path: SKIP_WORDS_FILE, key: 'search-skip-words', render: () => `${JSON.stringify([...ctx.search.skip].sort())}\n` }];
  },
};
