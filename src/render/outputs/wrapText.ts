// Breaking caption text into lines of a given width.

/** Words into lines of at most `width` characters (a longer word gets a line of its own). Text is already folded. */
export function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let start = 0;
  const n = text.length;
  while (start < n) {
    while (start < n && text.charCodeAt(start) === 32) start++;
    if (start >= n) break;
    if (n - start <= width) {
      lines.push(text.slice(start));
      break;
    }
    // The last space at or before the width, else the end of an over-long word.
    let cut = text.lastIndexOf(' ', start + width);
    if (cut <= start) {
      cut = text.indexOf(' ', start + width);
      if (cut === -1) cut = n;
    }
    lines.push(text.slice(start, cut));
    start = cut + 1;
  }
  return lines;
}
