// Keys of site pages: the format and the page's own parameters. The episodes a page lists are compared apart from
// the key, by their versions (see SitePage.lists), so that no key holds a copy of every version in the archive.

export function pageKey(format: string, params: unknown): string {
  return `${format}|${JSON.stringify(params)}`;
}
