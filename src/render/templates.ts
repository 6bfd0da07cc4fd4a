// The eta templates in templates/, which users edit to change the site's look without touching src/.
import { Eta } from 'eta';

export interface Templates {
  render(name: string, data: object): string;
}

export function loadTemplates(dir: string): Templates {
  const eta = new Eta({ views: dir, autoEscape: true, cache: true, autoTrim: false });
  return { render: (name, data) => eta.render(`./${name}`, data) };
}
