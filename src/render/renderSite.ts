// Render stage for the whole site: every site-wide output format over the episodes' summaries.
import type { RenderContext } from './context.js';
import { siteFormats } from './outputs/index.js';
import type { OutputFile, SiteModel } from './outputs/types.js';

export function renderSite(site: SiteModel, ctx: RenderContext, only?: (formatName: string) => boolean): OutputFile[] {
  return siteFormats.filter((f) => !only || only(f.name)).flatMap((f) => f.render(site, ctx));
}
