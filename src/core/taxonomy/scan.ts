import { Accept, ANYWHERE_ROOT, childOf, Endings, Kind, MIN_MODIFIER, SPACE, TrieNode, WORD_START_ROOT } from './lexicon';

/** Finding every spelling, cue and non-type word in a match key (see normalize.ts for its separators). */

const HYPHEN = 45; // '-'
const LINK = 64; // '@'
const SEGMENT = 124; // '|'

/** One spelling found in a key: [start, end) is what it covers, its ending included. */
export interface Found {
  readonly kind: Kind;
  readonly target: number;
  readonly weight: number;
  readonly length: number;
  readonly start: number;
  readonly end: number;
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Separators between words: space, host link, segment break. */
export function isSeparator(c: number): boolean {
  return c === SPACE || c === LINK || c === SEGMENT;
}

function isBoundary(c: number): boolean {
  return c === SPACE || c === LINK || c === SEGMENT || c === HYPHEN;
}

/**
 * German endings of a noun or adjective in a name: plural, genitive, dative, feminine ("Kliniken",
 * "Jugendamtes", "Kindern", "Ärztinnen", "Allgemeinen"). Checked by length, then by letters: no allocation.
 */
function isEnding(key: string, from: number, to: number): boolean {
  const c0 = key.charCodeAt(from);
  switch (to - from) {
    case 1:
      return c0 === 115 || c0 === 101 || c0 === 110; // s e n
    case 2: {
      const c1 = key.charCodeAt(from + 1);
      // es en er em in
      return (c0 === 101 && (c1 === 115 || c1 === 110 || c1 === 114 || c1 === 109)) || (c0 === 105 && c1 === 110);
    }
    case 3:
      return key.startsWith('ern', from) || key.startsWith('nen', from);
    case 5:
      return key.startsWith('innen', from);
    default:
      return false;
  }
}

/** The end of the word if the letters from `from` to it are an ending, else -1. */
export function endingEnd(key: string, from: number): number {
  let to = from;
  while (to < key.length && isWordCode(key.charCodeAt(to))) {
    if (++to - from > 5) return -1;
  }
  if (to === from || (to < key.length && !isBoundary(key.charCodeAt(to)))) return -1;
  return isEnding(key, from, to) ? to : -1;
}

function accept(found: Found[], accepts: readonly Accept[], key: string, at: number, start: number): void {
  const atBoundary = at === key.length || isBoundary(key.charCodeAt(at));
  let inflected = -2;
  for (const a of accepts) {
    let end = at;
    if (!atBoundary && !a.openEnd) {
      if (a.endings === Endings.German) {
        if (inflected === -2) inflected = endingEnd(key, at);
        if (inflected < 0) continue;
        end = inflected;
      } else if (a.endings === Endings.PluralS && key.charCodeAt(at) === 115 && (at + 1 === key.length || isBoundary(key.charCodeAt(at + 1)))) {
        end = at + 1;
      } else {
        continue;
      }
    }
    found.push({ kind: a.kind, target: a.target, weight: a.weight, length: a.length, start, end });
  }
}

/** Walks one trie from `at`, stepping over hyphen joints and over the ending of an inner word. */
function walk(found: Found[], from: TrieNode, key: string, at: number, start: number): void {
  let node = from;
  for (let i = at; i < key.length; ) {
    let c = key.charCodeAt(i);
    if (c === HYPHEN && i + 1 < key.length && isWordCode(key.charCodeAt(i + 1))) {
      i++; // "Familien-Hebamme" meets "Familienhebamme"
      continue;
    }
    if (isSeparator(c)) {
      c = SPACE;
    } else if (node.space !== undefined && c !== HYPHEN) {
      // "Allgemeinen Sozialen Dienstes" meets "allgemein sozial dienst"
      const end = endingEnd(key, i);
      if (end > 0 && end < key.length && isSeparator(key.charCodeAt(end))) walk(found, node.space, key, end + 1, start);
    }
    const child = childOf(node, c);
    if (child === undefined) return;
    node = child;
    i++;
    if (node.accepts !== undefined) accept(found, node.accepts, key, i, start);
  }
}

/**
 * Every spelling, cue and non-type word in a key. Word-start spellings are tried where a word or a hyphen
 * part begins; compound heads also inside a word, after a modifier of MIN_MODIFIER letters or more.
 */
export function scanKey(key: string): Found[] {
  const found: Found[] = [];
  let part = 0;
  for (let s = 0; s < key.length; s++) {
    const c = key.charCodeAt(s);
    if (isBoundary(c)) {
      part = s + 1;
      continue;
    }
    // The first step is taken here: most positions start no spelling, and a call costs more than the lookup.
    const modifier = s - part;
    if (modifier === 0 && childOf(WORD_START_ROOT, c) !== undefined) walk(found, WORD_START_ROOT, key, s, s);
    if ((modifier === 0 || modifier >= MIN_MODIFIER) && childOf(ANYWHERE_ROOT, c) !== undefined) walk(found, ANYWHERE_ROOT, key, s, s);
  }
  return found;
}

/**
 * Whether a made-up compound ("kinder" + "aerztliche") is a word the lexicon knows at least the beginning of:
 * a spelling or cue runs through all of it, or an open-ended one ends inside its head. The modifier must be
 * covered, so a head that merely starts after it does not count unless it is a compound head.
 */
export function isKnownCompound(word: string, modifierLength: number): boolean {
  if (reaches(WORD_START_ROOT, word, 0, modifierLength)) return true;
  for (let s = MIN_MODIFIER; s <= modifierLength; s++) if (reaches(ANYWHERE_ROOT, word, s, modifierLength)) return true;
  return reaches(ANYWHERE_ROOT, word, 0, modifierLength);
}

function reaches(root: TrieNode, word: string, start: number, modifierLength: number): boolean {
  let node: TrieNode | undefined = root;
  for (let i = start; i < word.length; i++) {
    node = childOf(node, word.charCodeAt(i));
    if (node === undefined) return false;
    if (i >= modifierLength && node.accepts?.some((a) => a.openEnd)) return true;
  }
  return true;
}
