// The floor: a plain single-threaded script doing only the minimum for the same episodes. It reads each episode's
// notes and transcript, renders the notes with markdown-it, HTML-escapes each transcript line into a <p>, and writes
// one HTML file per episode plus an index. Usage: node bench/floor.mjs <project root> <out dir>
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import markdownIt from 'markdown-it';

const [root, out] = process.argv.slice(2);
const md = markdownIt();
const esc = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const links = [];
for (const folder of readdirSync(join(root, 'episodes')).sort()) {
  const dir = join(root, 'episodes', folder);
  const notes = readFileSync(join(dir, 'index.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const transcriptFile = readdirSync(dir).find((f) => f.startsWith('transcript.'));
  const lines = transcriptFile ? readFileSync(join(dir, transcriptFile), 'utf8').split('\n') : [];
  const body = md.render(notes) + lines.filter((l) => l.trim()).map((l) => `<p>${esc(l)}</p>`).join('\n');
  mkdirSync(join(out, folder), { recursive: true });
  writeFileSync(join(out, folder, 'index.html'), `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(folder)}</title></head><body>${body}</body></html>`);
  links.push(`<li><a href="/${folder}/">${esc(folder)}</a></li>`);
}
writeFileSync(join(out, 'index.html'), `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Index</title></head><body><ul>${links.join('')}</ul></body></html>`);
