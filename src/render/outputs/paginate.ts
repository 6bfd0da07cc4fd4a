// Splitting a list of episodes into pages, with the links between them.

export interface Pager {
  page: number;
  pages: number;
  prev?: string;
  next?: string;
}

export function paginate<T>(items: readonly T[], size: number, href: (page: number) => string): { href: string; items: T[]; pager: Pager }[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const out = [];
  for (let page = 1; page <= pages; page++) {
    out.push({
      href: href(page),
      items: items.slice((page - 1) * size, page * size),
      pager: { page, pages, ...(page > 1 ? { prev: href(page - 1) } : {}), ...(page < pages ? { next: href(page + 1) } : {}) },
    });
  }
  return out;
}
