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
      const inline = tokens[i + 1]?.type === 'inline' ? tokens[i + 1]! : undefined;
      // An item may begin on any line of a paragraph ("**Brian #6:** …" then "[**nannernest**](…)" on the next): the
      // first one found names the paragraph, a later one gets an anchor of its own where its line begins.
      for (let line = t.map[0]; line < t.map[1]; line++) {
        const anchor = env.anchors.get(line);
        if (!anchor) continue;
        env.anchors.delete(line);
        const at = lineStart(inline, line - t.map[0]);
        const marks: Token[] = [];
        if (t.attrGet('id') === null) {
          t.attrSet('id', anchor.id);
          t.attrJoin('class', 'item');
        } else marks.push(htmlToken(state.Token, `<span id="${escapeHtml(anchor.id)}" class="item"></span>`));
        if (anchor.start !== undefined) marks.push(seekToken(state.Token, anchor.start));
        inline?.children?.splice(at, 0, ...marks);
      }
    }
  });
  return md;
}

/** Where the `k`th line of a paragraph begins among its inline tokens: after its `k`th line break (the end if fewer). */
function lineStart(inline: Token | undefined, k: number): number {
  const children = inline?.children ?? [];
  if (k === 0) return 0;
  let breaks = 0;
  for (let j = 0; j < children.length; j++) {
    if ((children[j]!.type === 'softbreak' || children[j]!.type === 'hardbreak') && ++breaks === k) return j + 1;
  }
  return children.length;
}

function htmlToken(TokenClass: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token, content: string): Token {
  const tok = new TokenClass('html_inline', '', 0);
  tok.content = content;
  return tok;
}

function seekToken(TokenClass: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token, start: number): Token {
  const s = Math.floor(start);
  return htmlToken(TokenClass, `<a class="seek" href="#t=${s}" data-t="${s}" aria-label="Play from ${escapeHtml(formatClock(s))}">▶ ${escapeHtml(formatClock(s))}</a> `);
}
