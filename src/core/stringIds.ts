/**
 * Dense ids 0, 1, 2 … for strings by content, for per-call memos on large ranges. Excel hands a
 * custom function freshly deserialised strings on every call, and a Map<string> must hash each of
 * them character by character before it finds an entry. Here a fingerprint of the length and five
 * characters picks the first string seen with it and === confirms: about half the cost on labels of
 * typical length. Strings sharing a fingerprint are chained, so a collision costs one comparison.
 */
export class StringIds {
  private readonly first: Map<number, number>;
  private readonly strings: string[];
  /** Next id with the same fingerprint, -1 at the end of a chain. */
  private readonly next: number[];

  constructor() {
    // Assigned here, not as field initialisers: one object shape whatever the compiler's class-field mode.
    this.first = new Map();
    this.strings = [];
    this.next = [];
  }

  /** The id of `text`, a new one for text not seen before. */
  id(text: string): number {
    const key = fingerprint(text);
    let id = this.first.get(key);
    if (id === undefined) {
      this.first.set(key, this.strings.length);
    } else {
      for (;;) {
        if (this.strings[id] === text) return id;
        if (this.next[id] === -1) break;
        id = this.next[id];
      }
      this.next[id] = this.strings.length;
    }
    this.strings.push(text);
    this.next.push(-1);
    return this.strings.length - 1;
  }
}

function fingerprint(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  let h = (n * 31 + text.charCodeAt(0)) | 0;
  h = (h * 31 + text.charCodeAt(n >> 2)) | 0;
  h = (h * 31 + text.charCodeAt(n >> 1)) | 0;
  h = (h * 31 + text.charCodeAt((3 * n) >> 2)) | 0;
  // Small integers (below 2^30) stay unboxed as Map keys; larger ones would be allocated.
  return (h * 31 + text.charCodeAt(n - 1)) & 0x3fffffff;
}
