// An episode title from a file name slug: "149-python-s-small-object-allocator.txt" → "Python's small object allocator".

export function titleFromFileName(name: string): string {
  const words = name
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/^[^a-z0-9]*\d+[\s_.-]*/i, '')
    .split(/[\s_-]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    // A lone "s" or "t" was an apostrophe: "python-s" → "python's", "don-t" → "don't".
    if ((w === 's' || w === 't') && out.length) out[out.length - 1] += `'${w}`;
    else out.push(w);
  }
  const text = out.join(' ').replace(/\.$/, '');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
}

/** The first whole number in a file name, ignoring zero padding: "001.md" → 1, "PB 485.md" → 485. */
export function numberFromFileName(name: string): number | undefined {
  const m = /\d+/.exec(name);
  return m ? Number(m[0]) : undefined;
}
