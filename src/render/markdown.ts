// Show notes through markdown-it: raw HTML off unless the podcast turns it on, unsafe links dropped,
// external links marked rel="noopener", and an anchor with a "▶ 12:04" seek link on every topic item.
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import { safeUrl } from './escape.js';
import { escapeHtml } from './escape.js';
import { formatClock } from '../core/time.js';

export interface ItemAnchor {
  id: string;
  /** Start of the item in the audio, when it was placed. */
  start?: number;
}

export interface NotesEnv {
  /** Anchors keyed by the 0-based body line where each notes item begins. */
  anchors: Map<number, ItemAnchor>;
}

export function createMarkdown(allowHtml: boolean): MarkdownIt {
  const md = markdownIt({ html: allowHtml, linkify: true, typographer: false });
  md.validateLink = (url: string) => safeUrl(url) !== null;
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx]!.attrGet('href') ?? '');
    if (/^https?:\/\//i.test(href)) tokens[idx]!.attrSet('rel', 'noopener');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  md.core.ruler.push('item_anchors', (state) => {
    const env = state.env as Partial<NotesEnv>;
    if (!env.anchors) return;
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type === 'heading_open') t.tag = `h${Math.min(6, Number(t.tag.slice(1)) + 1)}`;
      if (t.type === 'heading_close') t.tag = `h${Math.min(6, Number(t.tag.slice(1)) + 1)}`;
      if ((t.type !== 'heading_open' && t.type !== 'paragraph_open') || !t.map) continue;
      const anchor = env.anchors.get(t.map[0]);
      if (!anchor) continue;
      env.anchors.delete(t.map[0]);
      t.attrSet('id', anchor.id);
      t.attrJoin('class', 'item');
      const inline = tokens[i + 1];
      if (anchor.start !== undefined && inline?.type === 'inline' && inline.children) {
        inline.children.unshift(seekToken(state.Token, anchor.start));
      }
    }
  });
  return md;
}

function seekToken(TokenClass: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token, start: number): Token {
  const tok = new TokenClass('html_inline', '', 0);
  const s = Math.floor(start);
  tok.content = `<a class="seek" href="#t=${s}" data-t="${s}" aria-label="Play from ${escapeHtml(formatClock(s))}">▶ ${escapeHtml(formatClock(s))}</a> `;
  return tok;
}
