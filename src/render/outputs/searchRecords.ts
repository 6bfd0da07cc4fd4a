// The episode's search records: one per segment of the transcript (landing on its first turn) and one for the notes.
// Each segment record lists where each of its turns begins, in words, so a hit can be placed on its exact turn
// (search/format.ts, TurnList). Word positions are those of search/terms.ts.
// The text is kept whole, for the excerpts; the index leaves out its skip words (search/terms.ts).
import { SKIP_WORDS_FILE, TurnList } from '../../search/format.js';
import { foldSpace } from '../../transcript/cleanText.js';
import type { Episode } from '../../core/episode.js';
import type { EpisodeView } from '../episode/episodeView.js';
import type { EpisodeFormat, SiteFormat } from './types.js';

export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Made once an episode: the search format writes them, and the index takes them from the render (renderEpisode). */
const made = new WeakMap<EpisodeView, SearchRecord[]>();

export function episodeRecords(ep: Episode, view: EpisodeView): SearchRecord[] {
  let out = made.get(view);
  if (!out) made.set(view, (out = recordsOf(ep, view)));
  return out;
}

export const searchRecords: EpisodeFormat = {
  name: 'search',
  mediaType: 'application/json',
  path: (slug) => `${slug}/search.json`,
  render: (ep, view) => JSON.stringify(episodeRecords(ep, view)),
};

function recordsOf(ep: Episode, view: EpisodeView): SearchRecord[] {
  const episode = `${view.number !== undefined ? `#${view.number} ` : ''}${view.title}`;
  const notesText = [view.title, ...view.chapters.filter((c) => c.kind === 'topic').map((c) => c.title), plainText(ep.body), ...view.linkGroups.flatMap((g) => g.links.map((l) => l.url ?? l.text))].join(' ');
  const out: SearchRecord[] = [{ url: view.href, content: joinedTokens(notesText).text, meta: { title: episode, kind: 'notes', topic: 'Show notes' } }];
  let current: { record: SearchRecord; parts: string[]; words: number; turns: TurnList } | null = null;
  const close = () => {
    if (current && current.words) {
      current.record.content = current.parts.join(' ');
      current.record.meta.turns = current.turns.toString();
      out.push(current.record);
    }
  };
  for (const t of view.turns) {
    const heading = t.headings[t.headings.length - 1];
    if (heading || !current) {
      close();
      current = { record: { url: `${view.href}#${t.id}`, content: '', meta: { title: episode, kind: heading?.kind ?? 'transcript', topic: heading?.title ?? 'Transcript' } }, parts: [], words: 0, turns: new TurnList() };
    }
    current.turns.add(current.words, t.id, t.speaker);
    const joined = joinedTokens(t.text);
    if (joined.count) current.parts.push(joined.text);
    current.words += joined.count;
  }
  close();
  return out;
}

/**
 * What tokensOf(text).join(' ') gives, and how many tokens that is, without an array of them: white space folded to
 * single spaces (a turn's text mostly is already).
 */
export function joinedTokens(text: string): { text: string; count: number } {
  const folded = foldSpace(text);
  if (!folded) return { text: '', count: 0 };
  let count = 1;
  for (let at = folded.indexOf(' '); at !== -1; at = folded.indexOf(' ', at + 1)) count++;
  return { text: folded, count };
}

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
