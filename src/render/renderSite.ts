// Render stage for the whole site: the pages of every site-wide output format over the episodes' summaries.
import type { RenderContext } from './context.js';
import { siteFormats } from './outputs/index.js';
import type { SiteModel, SitePage } from './outputs/types.js';

export function sitePages(site: SiteModel, ctx: RenderContext): SitePage[] {
  return siteFormats.flatMap((f) => f.pages(site, ctx));
}
