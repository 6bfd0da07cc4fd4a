// The eta templates in templates/, which users edit to change the site's look without touching src/.
import { Eta } from 'eta';
import { escapeTemplateValue } from './escape.js';

export interface Templates {
  render(name: string, data: object): string;
}

export function loadTemplates(dir: string): Templates {
  const eta = new Eta({ views: dir, autoEscape: true, escapeFunction: escapeTemplateValue, cache: true, autoTrim: false });
  return { render: (name, data) => eta.render(`./${name}`, data) };
}
