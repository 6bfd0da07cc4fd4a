// Copies for data kept across a whole archive. V8 keeps a string alive while any substring cut from it is: a title
// the YAML parser cut from index.md keeps all of index.md, a link cut from a transcript keeps the transcript.
/** A copy of plain JSON data whose strings are its own. */
export function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
