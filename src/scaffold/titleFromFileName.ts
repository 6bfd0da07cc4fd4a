// An episode title from a file name slug: "149-python-s-small-object-allocator.txt" → "Python's small object allocator".

/** Words a transcription tool or an editor adds at the end of a file name: "484-all-our-tools-transcript.vtt", and a version ("-v2"). */
const FILE_SUFFIXES = new Set(['transcript', 'transcripts', 'captions', 'subtitles', 'subs', 'final', 'edited', 'raw']);

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
  while (out.length > 1 && (FILE_SUFFIXES.has(out[out.length - 1]!.toLowerCase()) || /^v\d+$/i.test(out[out.length - 1]!))) out.pop();
  const text = out.join(' ').replace(/\.$/, '');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
}

/** What tools and editors name a file, saying nothing of the episode: "transcript", "recording", "final-mix". */
const GENERIC = new Set(['transcript', 'transcripts', 'captions', 'subtitles', 'episode', 'final', 'audio', 'show', 'notes', 'recording', 'output', 'export', 'podcast', 'interview', 'untitled', 'mix', 'master', 'video', 'draft', 'edit', 'edited', 'raw', 'track', 'file', 'new', 'copy', 'text']);

/**
 * The title a file name gives, when it reads like one: a word of three letters or more that is not a generic one
 * ("A weak episode", "Monorepos"; not "transcript", "ep12-final"), no hash-like word ("b4169f3a4b8f52ff") and not just
 * the podcast's name ("002_python_bytes.txt" of Python Bytes).
 */
export function informativeTitle(name: string, podcastTitle: string): string | undefined {
  const title = titleFromFileName(name);
  const words = title.toLowerCase().split(' ').filter((w) => /^[\p{L}']{3,}$/u.test(w) && !GENERIC.has(w));
  if (words.length === 0 || title.split(' ').some(hashLike)) return undefined;
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return squash(title) === squash(podcastTitle) ? undefined : title;
}

/** Eight characters or more, letters and digits taking turns three times or more: an id ("b4169f3a"), not "python311". */
function hashLike(word: string): boolean {
  return word.length >= 8 && /^[a-z0-9]+$/i.test(word) && (word.match(/[a-z](?=\d)|\d(?=[a-z])/gi)?.length ?? 0) >= 3;
}

/** The first whole number in a file name, ignoring zero padding: "001.md" → 1, "PB 485.md" → 485. */
export function numberFromFileName(name: string): number | undefined {
  const m = /\d+/.exec(name);
  return m ? Number(m[0]) : undefined;
}
