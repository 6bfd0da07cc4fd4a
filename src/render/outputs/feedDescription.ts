// An item description as Apple wants it: at most 4000 bytes of p, ol, ul, li and a.
import { escapeHtml } from '../escape.js';

const LIMIT = 4000;
const ALLOWED = new Set(['p', 'ol', 'ul', 'li', 'a']);

/** The seek link the page's notes put before a placed item (render/markdown.ts, seekToken): not for a feed. */
const SEEK_LINK = /<a class="seek" href="#t=\d+" data-t="\d+" aria-label="Play from [^"<>]*">[^<]*<\/a> /g;

/**
 * From the notes as the episode page shows them (rendered once for both): their seek links dropped, headings and
 * code blocks made paragraphs, and every other tag but the allowed ones dropped, with every attribute but a link's
 * href.
 */
export function feedDescription(notesHtml: string, pageUrl: string): string {
  const simple = notesHtml
    .replace(SEEK_LINK, '')
    .replace(/<(\/?)([a-z][a-z0-9]*)([^>]*)>/gi, (_m, close: string, tag: string, attrs: string) => {
      const t = tag.toLowerCase();
      // A heading or a code block is a paragraph of its text; a line break a space.
      if (/^(?:h[1-6]|pre)$/.test(t)) return `<${close}p>`;
      if (!ALLOWED.has(t)) return t === 'br' || (t === 'blockquote' && close) ? ' ' : '';
      if (t === 'a' && !close) {
        const href = /href="([^"]*)"/.exec(attrs)?.[1];
        return href ? `<a href="${href}">` : '<a>';
      }
      return `<${close}${t}>`;
    })
    .replace(/\n{2,}/g, '\n')
    .trim();
  const more = `<p><a href="${escapeHtml(pageUrl)}">Full show notes and transcript</a></p>`;
  if (Buffer.byteLength(simple) + Buffer.byteLength(more) <= LIMIT) return `${simple}\n${more}`;
  // Keep whole top-level blocks while they fit.
  const blocks = simple.split(/\n(?=<(?:p|ul|ol)>)/);
  let out = '';
  for (const b of blocks) {
    if (Buffer.byteLength(out) + Buffer.byteLength(b) + Buffer.byteLength(more) + 1 > LIMIT) break;
    out += `${b}\n`;
  }
  return `${out}${more}`;
}
