// The episode's search records: one per segment of the transcript (landing on its first turn) and one for the notes.
// Each segment record lists where each of its turns begins, in words, so a hit can be placed on its exact turn.
import { firstSentence } from '../episode/episodeView.js';
import type { EpisodeFormat } from './types.js';

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
    records.push({ url: view.href, content: notesText, meta: { title: episode, kind: 'notes', topic: 'Show notes', excerpt: firstSentence(ep.body) } });
    let current: { record: SearchRecord; words: number; turns: string[] } | null = null;
    const close = () => {
      if (current && current.record.content) {
        current.record.meta.turns = current.turns.join('|');
        records.push(current.record);
      }
    };
    for (const t of view.turns) {
      const heading = t.headings[t.headings.length - 1];
      if (heading || !current) {
        close();
        current = { record: { url: `${view.href}#${t.id}`, content: '', meta: { title: episode, kind: heading?.kind ?? 'transcript', topic: heading?.title ?? 'Transcript' } }, words: 0, turns: [] };
      }
      // word offset : turn id : speaker : clock
      current.turns.push(`${current.words}:${t.id}:${(t.speaker ?? '').replace(/[|:]/g, ' ')}:${t.clock}`);
      current.record.content += (current.record.content ? ' ' : '') + t.text;
      current.words += wordCount(t.text);
    }
    close();
    return JSON.stringify(records);
  },
};

function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Words in a text, as runs of non-space characters (what `text.split(/\s+/)` finds, without the arrays). */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c < 127 ? c >= 9 && c <= 13 : SPACE.test(text[i]!));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const SPACE = /\s/;
