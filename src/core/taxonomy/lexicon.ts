import { ACTOR_TYPES, ActorTypeId } from './actorTypes';
import { CONTEXT_RULES, CUE_SPELLINGS, Cue } from './cues';
import { KEY_HYPHEN, matchKey } from './normalize';
import { LABEL_NON_TYPES, WORD_NON_TYPES } from './nonTypes';
import { Rank, SPELLINGS } from './spellings';

/**
 * The spellings, cues and non-type words compiled once, at module load, into two character tries over match
 * keys: one for spellings that begin a word (or the part after a hyphen), one for compound heads ("*klinik")
 * that may also end a longer word.
 */

export const enum Kind {
  Type = 0,
  Cue = 1,
  /** The word it occurs in names no partner ("Polizeisportverein"). */
  WordNonType = 2,
  /** The label names no partner ("Förderverein der Kita"). */
  LabelNonType = 3,
}

/** A rank outweighs any spelling length, so length only decides between spellings of the same rank. */
export const RANK_WEIGHT: Readonly<Record<Rank, number>> = { broad: 0, specific: 1000, profession: 2000 };
/** A label non-type outweighs every type named beside it. */
export const NON_TYPE_WEIGHT = 3000;

export interface Accept {
  readonly kind: Kind;
  /** Index into ACTOR_TYPES (Kind.Type) or CUES (Kind.Cue). */
  readonly target: number;
  readonly weight: number;
  /** Length of the spelling as written (its key), the measure of how specific it is. */
  readonly length: number;
  readonly openEnd: boolean;
  readonly endings: Endings;
}

/** Which endings the last word may carry. */
export const enum Endings {
  /** Short abbreviations: exactly as written ("BA", "EB"). */
  None = 0,
  /** Abbreviations of three letters or more take a plural s ("SPZs", "FGKiKPs"). */
  PluralS = 1,
  /** Words take German endings ("Kliniken", "Jugendamtes", "Ärztinnen"). */
  German = 2,
}

/**
 * Most nodes lie on the chain of one spelling and have one child: it is kept inline (a comparison, no hash),
 * further children in a map made when needed. That halves the trie's memory and build time.
 */
export interface TrieNode {
  firstCode: number;
  first: TrieNode | undefined;
  more: Map<number, TrieNode> | undefined;
  accepts: Accept[] | undefined;
  /** The child for a space, kept apart: the scan asks for it at every step. */
  space: TrieNode | undefined;
}

export const SPACE = 32;
const newNode = (): TrieNode => ({ firstCode: -1, first: undefined, more: undefined, accepts: undefined, space: undefined });

export function childOf(node: TrieNode, code: number): TrieNode | undefined {
  return node.firstCode === code ? node.first : node.more?.get(code);
}

export const WORD_START_ROOT = newNode();
export const ANYWHERE_ROOT = newNode();
/** A compound head takes a modifier of at least this many letters ("Waldkita", not "Nikita"). */
export const MIN_MODIFIER = 3;

export const CUES = Object.keys(CUE_SPELLINGS) as Cue[];
const TYPE_INDEX = new Map<ActorTypeId, number>(ACTOR_TYPES.map((t, i) => [t.id, i]));

export function typeIndexOf(id: ActorTypeId): number {
  return TYPE_INDEX.get(id) ?? -1;
}

export const RULES = CONTEXT_RULES.map((rule) => ({
  typeIndex: typeIndexOf(rule.typeId),
  weight: RANK_WEIGHT[rule.rank],
  cues: rule.cues.map((cue) => CUES.indexOf(cue)),
}));

// ── Building ───────────────────────────────────────────────────────────────────────────────────────────

/** Two capitals or all capitals: "ASD", "KoKi", "SGB II". */
function isAbbreviation(sourceWord: string): boolean {
  const capitals = sourceWord.replace(/[^A-ZÄÖÜ]/g, '').length;
  return capitals >= 2 || (capitals > 0 && capitals === sourceWord.replace(/[^A-Za-zÄÖÜäöüß]/g, '').length);
}

const INNER_ENDINGS = ['en', 'er', 'es', 'em', 'e'];

/** An inner word in its base form ("allgemeiner" → "allgemein"), so the scan may find it with any ending. */
function innerBase(word: string): string {
  if (word.endsWith(KEY_HYPHEN) || word.length < 6) return word;
  for (const ending of INNER_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  }
  return word;
}

const UMLAUT: Readonly<Record<string, string>> = { a: 'ae', o: 'oe', u: 'ue', au: 'aeu' };

/** The plural umlaut of a word's last stem vowel ("arzt" → "aerzt", "mutter" → "muetter"), or null. */
function umlauted(word: string): string | null {
  const suffix = /(?:er|el|en)$/.exec(word)?.[0] ?? '';
  const stem = word.slice(0, word.length - suffix.length);
  const m = /([aeiou]+)([^aeiou]+)$/.exec(stem);
  if (!m || !(m[1] in UMLAUT)) return null;
  return `${stem.slice(0, m.index)}${UMLAUT[m[1]]}${m[2]}${suffix}`;
}

function insert(root: TrieNode, body: string, accept: Accept): void {
  let node = root;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    let child = childOf(node, code);
    if (!child) {
      child = newNode();
      if (node.first === undefined) {
        node.firstCode = code;
        node.first = child;
      } else {
        (node.more ??= new Map()).set(code, child);
      }
      if (code === SPACE) node.space = child;
    }
    node = child;
  }
  (node.accepts ??= []).push(accept);
}

/**
 * Adds one spelling: its key with separators as spaces and inner words in base form, once with hyphen joints
 * left out (the scan steps over joints in labels) and once with them as spaces ("Eltern Kind Zentrum");
 * closed spellings also with the plural umlaut of their last word.
 */
function addSpelling(spelling: string, kind: Kind, target: number, weight: number): void {
  const openStart = spelling.startsWith('*');
  const openEnd = spelling.endsWith('*');
  const raw = spelling.slice(openStart ? 1 : 0, openEnd ? -1 : undefined);
  const words = matchKey(raw).split(/[ @|]/);
  if (words[0] === '') throw new Error(`empty spelling: ${spelling}`);
  const last = raw.split(/[\s\-/.,]+/).filter(Boolean).pop() ?? raw;
  const inflects = !isAbbreviation(last);
  const endings = inflects ? Endings.German : last.length >= 3 ? Endings.PluralS : Endings.None;
  const base = words.map((w, i) => (i < words.length - 1 && inflects ? innerBase(w) : w)).join(' ');
  const glued = base.replace(/-(?=[a-z0-9])/g, '');
  const root = openStart ? ANYWHERE_ROOT : WORD_START_ROOT;
  const accept: Accept = { kind, target, weight, length: glued.length, openEnd, endings };
  insert(root, glued, accept);
  const spaced = base.replace(/-(?=[a-z0-9])/g, ' ');
  if (spaced !== glued) insert(root, spaced, accept);
  if (!inflects) return;
  // "Kinderarzt*" runs on into "Kinderarztpraxis", but its umlaut only takes endings ("Kinderärztin", not "kinderärztlich").
  const lastSpace = glued.lastIndexOf(' ');
  const plural = umlauted(glued.slice(lastSpace + 1));
  if (plural) insert(root, glued.slice(0, lastSpace + 1) + plural, { ...accept, openEnd: false });
}

SPELLINGS.forEach((g) => {
  for (const spelling of g.spellings) addSpelling(spelling, Kind.Type, typeIndexOf(g.typeId), RANK_WEIGHT[g.rank]);
});
CUES.forEach((cue, i) => {
  for (const spelling of CUE_SPELLINGS[cue]) addSpelling(spelling, Kind.Cue, i, 0);
});
for (const spelling of WORD_NON_TYPES) addSpelling(spelling, Kind.WordNonType, -1, 0);
for (const spelling of LABEL_NON_TYPES) addSpelling(spelling, Kind.LabelNonType, -1, NON_TYPE_WEIGHT);
