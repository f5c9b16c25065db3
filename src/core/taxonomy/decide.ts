import { CUES, Kind, RULES } from './lexicon';
import { Found, isSeparator } from './scan';

/** Which of the spellings found in a key names the partner. */

const LINK = 64; // '@'
const SEGMENT = 124; // '|'

/**
 * A spelling after a host link, when a type is named before the link in the same segment, names the carrier
 * or the place ("Elternschule der Geburtsklinik", "Babylotsen am Klinikum"): it falls below every rank a
 * spelling before the link can have, so the head wins, and still decides when nothing else is named.
 */
const ATTRIBUTE_PENALTY = 2500;

export interface Decision {
  /** Index into ACTOR_TYPES; NO_TYPE when a label non-type wins. */
  readonly typeIndex: number;
  /** Rank weight after the attribute penalty: compares decisions across readings of one label. */
  readonly weight: number;
  readonly length: number;
  readonly start: number;
}

export const NO_TYPE = -1;

/** The whole word (between separators) around [start, end). */
function wordSpan(key: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !isSeparator(key.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < key.length && !isSeparator(key.charCodeAt(to))) to++;
  return [from, to];
}

/** Whether `f` stands after a host link that follows another named type in its segment. */
function isAttribute(key: string, f: Found, named: readonly Found[]): boolean {
  let link = -1;
  for (let i = f.start - 1; i >= 0; i--) {
    const c = key.charCodeAt(i);
    if (c === SEGMENT) return false;
    if (c === LINK) {
      link = i;
      break;
    }
  }
  if (link < 0) return false;
  let segmentStart = 0;
  for (let i = link - 1; i >= 0; i--) {
    if (key.charCodeAt(i) === SEGMENT) {
      segmentStart = i + 1;
      break;
    }
  }
  return named.some((g) => g !== f && g.start >= segmentStart && g.end <= link);
}

/** Matches inside a longer match of a type or non-type give way to it ("Kinderschutzbund" over "Kinderschutz"). */
function isContained(f: Found, all: readonly Found[]): boolean {
  return all.some((g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start);
}

/** In a compound, hyphenated or not, the last part is the head ("Kreißsaal-Hebammen"): an equal-ranked part before it gives way. */
function isModifier(key: string, f: Found, all: readonly Found[]): boolean {
  return all.some((g) => {
    if (g.kind !== Kind.Type || g.weight !== f.weight || g.start < f.end) return false;
    for (let i = f.end; i < g.start; i++) if (isSeparator(key.charCodeAt(i))) return false;
    return true;
  });
}

/** The winning type of one reading of a label, or null when nothing is named. */
export function decide(key: string, found: readonly Found[]): Decision | null {
  if (found.length === 0) return null;
  const vetoed: [number, number][] = [];
  for (const f of found) if (f.kind === Kind.WordNonType) vetoed.push(wordSpan(key, f.start, f.end));
  const kept = vetoed.length === 0 ? found : found.filter((f) => f.kind !== Kind.WordNonType && !vetoed.some(([a, b]) => f.start < b && a < f.end));
  const named = kept.filter((f) => f.kind === Kind.Type || f.kind === Kind.LabelNonType);
  const heads = named.filter((f) => !isContained(f, named) && !(f.kind === Kind.Type && isModifier(key, f, named)));
  // A non-type as carrier after a host link ("Betriebskita der Sparkasse") vetoes nothing.
  if (heads.some((f) => f.kind === Kind.LabelNonType && !isAttribute(key, f, heads))) return { typeIndex: NO_TYPE, weight: Infinity, length: 0, start: 0 };

  let best: Decision | null = null;
  const consider = (typeIndex: number, weight: number, length: number, start: number): void => {
    if (!best || weight + length > best.weight + best.length || (weight + length === best.weight + best.length && start < best.start)) {
      best = { typeIndex, weight, length, start };
    }
  };
  for (const f of heads) {
    if (f.kind === Kind.Type) consider(f.target, isAttribute(key, f, heads) ? f.weight - ATTRIBUTE_PENALTY : f.weight, f.length, f.start);
  }

  if (kept.some((f) => f.kind === Kind.Cue)) {
    const cueLength = new Array<number>(CUES.length).fill(0);
    const cueStart = new Array<number>(CUES.length).fill(0);
    for (const f of kept) {
      if (f.kind === Kind.Cue && f.length > cueLength[f.target]) {
        cueLength[f.target] = f.length;
        cueStart[f.target] = f.start;
      }
    }
    for (const rule of RULES) {
      let length = 0;
      let start = key.length;
      for (const cue of rule.cues) {
        if (cueLength[cue] === 0) {
          length = -1;
          break;
        }
        length += cueLength[cue];
        start = Math.min(start, cueStart[cue]);
      }
      if (length > 0) consider(rule.typeIndex, rule.weight, length, start);
    }
  }
  return best;
}

/** The better of two readings of one label: higher rank first, then the earlier reading (a coordination's first part). */
export function better(a: Decision | null, b: Decision | null): Decision | null {
  if (!b) return a;
  if (!a) return b;
  return b.weight > a.weight ? b : a;
}
