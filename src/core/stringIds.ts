/**
 * Dense ids 0, 1, 2 … for strings by content, for per-call memos on large ranges. Excel hands a
 * custom function freshly deserialised strings on every call, and a Map<string> must hash each of
 * them character by character before it finds an entry. Here a fingerprint of the length and five
 * characters picks the first string seen with it and === confirms: about half the cost on labels of
 * typical length. Strings sharing a fingerprint are chained, so a collision costs one comparison.
 * (A closure rather than a class: some compilers emit class fields in a form V8 reads more slowly.)
 */
export function stringIds(): (text: string) => number {
  const first = new Map<number, number>();
  const strings: string[] = [];
  /** Next id with the same fingerprint, -1 at the end of a chain. */
  const next: number[] = [];
  return (text) => {
    const key = fingerprint(text);
    let id = first.get(key);
    if (id === undefined) {
      first.set(key, strings.length);
    } else {
      for (;;) {
        if (strings[id] === text) return id;
        if (next[id] === -1) break;
        id = next[id];
      }
      next[id] = strings.length;
    }
    strings.push(text);
    next.push(-1);
    return strings.length - 1;
  };
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
