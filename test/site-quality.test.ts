// The published example site: valid HTML, no broken internal links or anchors, parseable feeds and JSON, light pages.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { Diagnostics } from '../src/core/diagnostics.js';
import { checkLinks } from '../src/check/checkLinks.js';
import { projectRoot } from './helpers/paths.js';

const out = mkdtempSync(join(tmpdir(), 'shownotes-quality-'));
await build({ root: projectRoot, outDir: out, cache: false });
const walk = (d: string): string[] => readdirSync(d).flatMap((e) => (statSync(join(d, e)).isDirectory() ? walk(join(d, e)) : [join(d, e)]));
const files = walk(out).map((f) => relative(out, f));
const SEED = '149-python-s-small-object-allocator';

describe('the published site', () => {
  it('has zero html-validate errors on every generated page', async () => {
    const hv = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'valid-id': ['error', { relaxed: true }] } });
    const problems: string[] = [];
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      const report = await hv.validateString(readFileSync(join(out, f), 'utf8'), f);
      for (const r of report.results) for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    const map = new Map(files.map((f) => [f, f.endsWith('.html') ? readFileSync(join(out, f), 'utf8') : '']));
    const diags = new Diagnostics();
    checkLinks(map, '/', diags);
    expect(diags.items.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([]);
  });

  it('parses every feed and JSON file', () => {
    for (const f of files.filter((x) => x.endsWith('.xml'))) expect(XMLValidator.validate(readFileSync(join(out, f), 'utf8')), f).toBe(true);
    for (const f of files.filter((x) => x.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8')), f).not.toThrow();
    expect(new XMLParser().parse(readFileSync(join(out, 'feed.xml'), 'utf8')).rss.channel.item).toHaveLength(2);
  });

  it("keeps the seed's page under 150 KB of gzipped HTML and its CSS and JS under 30 KB gzipped", () => {
    const html = readFileSync(join(out, SEED, 'index.html'));
    expect(gzipSync(html).length).toBeLessThan(150 * 1024);
    const assets = [...html.toString().matchAll(/(?:href|src)="\/(assets\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
    expect(assets.sort()).toEqual(['assets/site.css', 'assets/site.js']);
    const total = assets.reduce((n, a) => n + gzipSync(readFileSync(join(out, a))).length, 0);
    expect(total).toBeLessThan(30 * 1024);
  });

  it('uses no web fonts and asks no third party for anything', () => {
    for (const f of files.filter((x) => /\.(html|css)$/.test(x))) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text, f).not.toMatch(/@font-face|fonts\.googleapis|<link[^>]+rel="preconnect"/);
      // Every src, stylesheet and script is on the site itself (links out to articles are fine: they are not loaded).
      for (const m of text.matchAll(/<(?:script|img|audio|source|iframe)[^>]+src="([^"]+)"/g)) expect(m[1], f).toMatch(/^\//);
      for (const m of text.matchAll(/<link[^>]+rel="(?:stylesheet|icon)"[^>]*href="([^"]+)"/g)) expect(m[1], f).toMatch(/^\//);
    }
  });
});
