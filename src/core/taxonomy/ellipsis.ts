import { KEY_HYPHEN } from './normalize';
import { isKnownCompound, isSeparator } from './scan';

/**
 * Coordinated compounds share their head: "Kinder- und Jugendärzte" are Kinderärzte and Jugendärzte,
 * "Frauen- und Mädchenschutzhaus" a Frauenschutzhaus and a Mädchenschutzhaus. The head is the longest end of
 * the last compound that the lexicon knows after the truncated part ("kinder" + "aerzte").
 */

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function wordsOf(key: string): Word[] {
  const words: Word[] = [];
  let start = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i === key.length || isSeparator(key.charCodeAt(i))) {
      if (i > start) words.push({ text: key.slice(start, i), start, end: i });
      start = i + 1;
    }
  }
  return words;
}

const unjoined = (word: string): string => word.split(KEY_HYPHEN).join('');

/** The shortest head of `last` that completes one of the truncated parts to a known compound, or null. */
function sharedHead(parts: readonly string[], last: string): string | null {
  for (let p = 1; p <= last.length - 3; p++) {
    const head = last.slice(p);
    if (parts.some((part) => isKnownCompound(part + head, part.length))) return head;
  }
  return null;
}

/**
 * One key per truncated part, the part completed with the shared head in place of the coordination
 * ("klinik kinder- jugendpsychiatrie" → "klinik kinderpsychiatrie"); the key itself reads as the last part.
 * Empty when the key holds no truncated part or no head is known.
 */
export function ellipsisVariants(key: string): string[] {
  if (!key.includes('- ') && !key.includes('-@') && !key.includes('-|')) return [];
  const words = wordsOf(key);
  const variants: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i].text.endsWith(KEY_HYPHEN)) continue;
    let j = i;
    while (j < words.length && words[j].text.endsWith(KEY_HYPHEN)) j++;
    if (j === words.length) break;
    const parts = words.slice(i, j).map((w) => unjoined(w.text));
    const head = sharedHead(parts, unjoined(words[j].text));
    if (head !== null) {
      const before = key.slice(0, words[i].start);
      const after = key.slice(words[j].end);
      for (const part of parts) variants.push(before + part + head + after);
    }
    i = j;
  }
  return variants;
}
