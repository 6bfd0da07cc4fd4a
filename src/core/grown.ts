// Growing typed arrays: the search index's byte buffers and the token table's arrays.

/** A copy of `array` with room for at least `size` elements (twice as many, or more). */
export function grown<T extends Uint8Array | Uint16Array | Int32Array>(array: T, size: number): T {
  const out = new (array.constructor as new (n: number) => T)(Math.max(array.length * 2, size));
  out.set(array);
  return out;
}
