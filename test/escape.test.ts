// The escaping every piece of transcript text and metadata goes through, in HTML, XML and the eta templates.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeTemplateValue, escapeXml } from '../src/render/escape.js';
import { loadTemplates } from '../src/render/templates.js';

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** The plain definition the fast one must match. */
const plainHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML[c]!);

const samples = [
  '',
  'plain words and no specials',
  "it's what they're doing, isn't it",
  '&',
  '<<>>',
  '"\'&<>',
  '<script>alert("x")</script>',
  'a & b < c > d " e \' f',
  '&amp; stays escaped once more: &amp;amp;',
  "ends with an apostrophe'",
  "'starts with one",
  'unicode: naïve café — “quotes” 😀 & more',
];

describe('escaping', () => {
  it('escapes each of & < > " \' in HTML wherever it stands, and leaves other text as it is', () => {
    for (const s of samples) expect(escapeHtml(s)).toBe(plainHtml(s));
  });

  it('escapes text in a row of calls the same way (no state left between them)', () => {
    const once = samples.map(escapeHtml);
    expect(samples.map(escapeHtml)).toEqual(once);
    expect(samples.map((s) => escapeHtml(s))).toEqual(samples.map(plainHtml));
  });

  it('gives empty text for null and undefined in HTML, as eta gives "undefined" in a template', () => {
    expect([escapeHtml(undefined), escapeHtml(null), escapeHtml(42)]).toEqual(['', '', '42']);
    expect([escapeTemplateValue(undefined), escapeTemplateValue(null), escapeTemplateValue("<a href='x'>")]).toEqual(['undefined', 'null', '&lt;a href=&#39;x&#39;&gt;']);
  });

  it("escapes XML with &apos; and drops the characters XML 1.0 forbids", () => {
    expect(escapeXml("it's <b> & \"c\"")).toBe('it&apos;s &lt;b&gt; &amp; &quot;c&quot;');
    expect(escapeXml('bell\u0007 form\u000C feed\uFFFE & tab\tnewline\n')).toBe('bell form feed &amp; tab\tnewline\n');
    expect(escapeXml('\u0001\u0002')).toBe('');
  });

  it('escapes values in the eta templates with the same function', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shownotes-escape-'));
    writeFileSync(join(dir, 't.eta'), '<p title="<%= it.a %>"><%= it.b %></p><%~ it.raw %>');
    const html = loadTemplates(dir).render('t', { a: `"quoted" & 'single'`, b: '<script>x</script>', raw: '<i>kept</i>' });
    expect(html).toBe('<p title="&quot;quoted&quot; &amp; &#39;single&#39;">&lt;script&gt;x&lt;/script&gt;</p><i>kept</i>');
  });
});
