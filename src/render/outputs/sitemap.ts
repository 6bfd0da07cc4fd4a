// sitemap.xml and robots.txt.
import { escapeXml } from '../escape.js';
import type { SiteFormat } from './types.js';

export const sitemap: SiteFormat = {
  name: 'sitemap',
  templates: [],
  render(site, ctx) {
    const abs = ctx.links.absolute;
    const urls: { loc: string; lastmod?: string }[] = [{ loc: abs(ctx.links.base) }, { loc: abs(`${ctx.links.base}about/`) }];
    for (const e of site.episodes) urls.push({ loc: abs(e.href), lastmod: e.dateIso });
    const body = urls.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`).join('\n');
    return [{ path: 'sitemap.xml', content: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n` }];
  },
};

export const robots: SiteFormat = {
  name: 'robots',
  templates: [],
  render(_site, ctx) {
    return [{ path: 'robots.txt', content: `User-agent: *\nAllow: /\n\nSitemap: ${ctx.links.absolute(`${ctx.links.base}sitemap.xml`)}\n` }];
  },
};
