// Tokens met so far, found again from the characters of a text without making a string of each: their characters
// are kept in one array, and a table open-addressed by hash gives a token's value. Counting search terms meets a few
// million tokens per archive; splitting the text into strings and looking each up in a Map cost about three times as
// much (measured on the archive's 3.1 M tokens: 0.75 s against 0.23 s). The segmenter's words are found the same way.
import { grown } from './grown.js';

/** What String.prototype.split(/\s+/) splits at: JavaScript's white space and line terminators. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The hash that find() and add() take: of text[from, to). */
export function hashOf(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

export class TokenTable<V> {
  /** Token numbers by slot, -1 where empty; never more than half full. */
  private slots = new Int32Array(1 << 12).fill(-1);
  private chars = new Uint16Array(1 << 14);
  private used = 0;
  /** Of each token: where its characters start, how many, and its hash. */
  private meta = new Int32Array(3 << 11);
  private readonly values: V[] = [];

  get size(): number {
    return this.values.length;
  }

  /** The value of the token text[from, to), whose hash is `hash`; undefined when it is not in the table. */
  find(text: string, from: number, to: number, hash: number): V | undefined {
    const length = to - from;
    const mask = this.slots.length - 1;
    const meta = this.meta;
    for (let slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id === -1) return undefined;
      if (meta[3 * id + 2] !== hash || meta[3 * id + 1] !== length) continue;
      const start = meta[3 * id]!;
      let k = 0;
      while (k < length && this.chars[start + k] === text.charCodeAt(from + k)) k++;
      if (k === length) return this.values[id];
    }
  }

  /** Adds the token text[from, to), not in the table yet. */
  add(text: string, from: number, to: number, hash: number, value: V): void {
    const length = to - from;
    const id = this.values.length;
    if (this.used + length > this.chars.length) this.chars = grown(this.chars, this.used + length);
    if (3 * id + 3 > this.meta.length) this.meta = grown(this.meta, 3 * id + 3);
    for (let k = 0; k < length; k++) this.chars[this.used + k] = text.charCodeAt(from + k);
    this.meta[3 * id] = this.used;
    this.meta[3 * id + 1] = length;
    this.meta[3 * id + 2] = hash;
    this.values.push(value);
    this.used += length;
    if (this.values.length * 2 > this.slots.length) this.grow();
    else this.place(id);
  }

  /** Twice the slots, every token placed again. */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let id = 0; id < this.values.length; id++) this.place(id);
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = spread(this.meta[3 * id + 2]!) & mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
    this.slots[slot] = id;
  }
}

/** Mixes the high bits of a hash into the low ones that pick a slot. */
function spread(hash: number): number {
  return hash ^ (hash >>> 15);
}
