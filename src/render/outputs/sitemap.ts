// sitemap.xml and robots.txt.
import { escapeXml } from '../escape.js';
import { pageKey } from './pageKey.js';
import { notDrafts } from './feed.js';
import type { SiteFormat } from './types.js';

export const sitemap: SiteFormat = {
  name: 'sitemap',
  templates: [],
  wholeArchive: true,
  pages(site, ctx) {
    const episodes = notDrafts(site.episodes);
    return [{
      path: 'sitemap.xml',
      key: pageKey('sitemap', []),
      lists: episodes,
      // Only each episode's address and date show: an edit of its notes leaves the sitemap as it is.
      listKey: (e) => `${e.href} ${e.dateIso}`,
      render() {
        const abs = ctx.links.absolute;
        const urls: { loc: string; lastmod?: string }[] = [{ loc: abs(ctx.links.base) }, { loc: abs(`${ctx.links.base}about/`) }];
        for (const e of episodes) urls.push({ loc: abs(e.href), lastmod: e.dateIso });
        const body = urls.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`).join('\n');
        return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
      },
    }];
  },
};

export const robots: SiteFormat = {
  name: 'robots',
  templates: [],
  pages(_site, ctx) {
    return [{ path: 'robots.txt', key: 'robots', render: () => `User-agent: *\nAllow: /\n\nSitemap: ${ctx.links.absolute(`${ctx.links.base}sitemap.xml`)}\n` }];
  },
};
