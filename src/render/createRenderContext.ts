// The render context for a loaded project.
import type { Project } from '../load/loadProject.js';
import type { RenderContext } from './context.js';
import { skipSet } from '../search/skipWords.js';
import { createMarkdown } from './markdown.js';
import { siteLinks } from './siteLinks.js';
import { loadTemplates } from './templates.js';

export function createRenderContext(project: Pick<Project, 'podcast' | 'templatesDir'>): RenderContext {
  return {
    podcast: project.podcast,
    links: siteLinks(project.podcast),
    templates: loadTemplates(project.templatesDir),
    md: createMarkdown(project.podcast.markdownHtml),
    search: { skip: skipSet(project.podcast.searchSkipWords) },
  };
}
