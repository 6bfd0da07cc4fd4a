// Front matter: YAML parsed with gray-matter, validated against a schema, every problem placed at its line.
import matter from 'gray-matter';
import type * as z from 'zod/mini';
import type { Diagnostics } from '../core/diagnostics.js';

export interface FrontMatterResult<T> {
  data: T | null;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

export function readFrontMatter<S extends z.ZodMiniType>(
  text: string,
  schema: S,
  knownFields: readonly string[],
  diags: Diagnostics,
  /** Added to every reported line (a bare YAML file read as front matter reports one line early). */
  lineShift = 0,
): FrontMatterResult<z.infer<S>> {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's global cache, which would hold every file in memory.
    parsed = matter(text, {});
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? (e as Error).message;
    diags.error('yaml-syntax', `front matter is not valid YAML: ${reason}`, mark ? Math.max(1, mark.line + 1 + lineShift) : 1, mark ? mark.column + 1 : 1);
    return { data: null, body: stripFrontMatter(text), bodyLine: 1 };
  }
  // gray-matter's `matter` keeps the newline after the opening `---`; without it, line i is file line i + 2.
  const fmText = (parsed.matter ?? '').replace(/^\r?\n/, '');
  const closing = /^---[^\n]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/.exec(text);
  const bodyLine = closing ? closing[0].split('\n').length - (closing[0].endsWith('\n') ? 1 : 0) + 1 : 1;
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!knownFields.includes(key)) {
      const where = Math.max(1, keyLine(fmText, [key]) + lineShift);
      diags.warn('frontmatter-unknown-field', `unknown field "${key}" is ignored; known fields: ${knownFields.join(', ')}`, where, 1);
    }
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      const name = path.join('.') || 'front matter';
      const value = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
      const missing = path.length === 1 && value === undefined;
      const message = missing
        ? `${name} is required: add \`${name}: ...\` to the front matter`
        : `${name}: ${issue.message}${value !== undefined && typeof value !== 'object' ? ` (got ${JSON.stringify(value)}); fix the value` : '; fix the value'}`;
      diags.error(missing ? 'frontmatter-missing-field' : 'frontmatter-invalid-field', message, Math.max(1, keyLine(fmText, path) + lineShift), 1);
    }
    return { data: null, body: parsed.content, bodyLine };
  }
  return { data: result.data, body: parsed.content, bodyLine };
}

/** The file line of a key path inside the front matter (the opening `---` is line 1). */
export function keyLine(frontMatter: string | undefined, path: readonly string[]): number {
  if (!frontMatter) return 1;
  const lines = frontMatter.split('\n');
  let from = 0;
  let found = -1;
  for (const key of path) {
    if (/^\d+$/.test(key)) continue;
    const re = new RegExp(`^\\s*-?\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
    const i = lines.findIndex((l, n) => n >= from && re.test(l));
    if (i === -1) break;
    found = i;
    from = i + 1;
  }
  return found === -1 ? 1 : found + 2;
}

function stripFrontMatter(text: string): string {
  const m = /^---\n[\s\S]*?\n---\n?/.exec(text);
  return m ? text.slice(m[0].length) : text;
}
