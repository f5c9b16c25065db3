import { ACTOR_TYPES, ActorType, actorTypeById, ActorTypeId } from './actorTypes';
import { KERNBEREICHE, KERNBEREICH_LABELS, Kernbereich } from './kernbereich';
import { matchKey } from './normalize';
import { CONTEXT_RULES, CUE_SPELLINGS, Cue, KERNBEREICH_SPELLINGS, Rank, SPELLINGS } from './spellings';

export interface Classification {
  readonly actorType: ActorType | null;
  readonly kernbereich: Kernbereich | null;
}

// ── Compiled spellings: character tries over all spellings and cues, built once at module load ──

/** A rank outweighs any spelling length, so length only decides between spellings of the same rank. */
const RANK_WEIGHT: Readonly<Record<Rank, number>> = { broad: 0, specific: 1000, profession: 2000 };
const SPACE = 32;

interface Accept {
  /** Index into ACTOR_TYPES for a spelling, or into CUES (as -1 - index) for a cue word. */
  readonly target: number;
  readonly score: number;
  readonly openEnd: boolean;
}

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  readonly accepts: Accept[];
}

const newNode = (): TrieNode => ({ next: new Map(), accepts: [] });
/** Spellings that begin a word are only tried at word starts; the few that may end a compound ("*jugendamt*") everywhere. */
const WORD_START_ROOT = newNode();
const ANYWHERE_ROOT = newNode();
const CUES = Object.keys(CUE_SPELLINGS) as Cue[];
const TYPE_INDEX = new Map<ActorTypeId, number>(ACTOR_TYPES.map((t, i) => [t.id, i]));

function typeIndexOf(id: ActorTypeId): number {
  return TYPE_INDEX.get(id) ?? -1;
}

function addSpelling(spelling: string, target: number, weight: number): void {
  const openStart = spelling.startsWith('*');
  const openEnd = spelling.endsWith('*');
  const body = matchKey(spelling.slice(openStart ? 1 : 0, openEnd ? -1 : undefined));
  if (body === '') throw new Error(`empty spelling: ${spelling}`);
  let node = openStart ? ANYWHERE_ROOT : WORD_START_ROOT;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) {
      child = newNode();
      node.next.set(code, child);
    }
    node = child;
  }
  node.accepts.push({ target, score: weight + body.length, openEnd });
}

for (const g of SPELLINGS) {
  const index = typeIndexOf(g.typeId);
  for (const spelling of g.spellings) addSpelling(spelling, index, RANK_WEIGHT[g.rank]);
}
CUES.forEach((cue, i) => {
  for (const spelling of CUE_SPELLINGS[cue]) addSpelling(spelling, -1 - i, 0);
});
const RULES = CONTEXT_RULES.map((rule) => ({
  typeIndex: typeIndexOf(rule.typeId),
  weight: RANK_WEIGHT[rule.rank],
  cues: rule.cues.map((cue) => CUES.indexOf(cue)),
}));

// Shared, frozen results: a label's classification is one of these, so memo hits return the identical object.
const NONE: Classification = Object.freeze({ actorType: null, kernbereich: null });
const BY_TYPE: readonly Classification[] = ACTOR_TYPES.map((t) => Object.freeze({ actorType: t, kernbereich: t.kernbereich }));
const BY_KERNBEREICH = new Map<Kernbereich, Classification>(KERNBEREICHE.map((k) => [k, Object.freeze({ actorType: null, kernbereich: k })]));

const KERNBEREICH_BY_KEY = new Map<string, Kernbereich>();
for (const k of KERNBEREICHE) {
  for (const text of [k, KERNBEREICH_LABELS[k].de, KERNBEREICH_LABELS[k].en, ...KERNBEREICH_SPELLINGS[k]]) {
    KERNBEREICH_BY_KEY.set(matchKey(text), k);
  }
}

const TYPE_BY_KEY = new Map<string, ActorType>();
for (const t of ACTOR_TYPES) {
  for (const text of [t.id, t.label, t.labelEn]) TYPE_BY_KEY.set(matchKey(text), t);
}
// Labels of earlier versions, still found in saved settings lists, mean the type that kept the id.
for (const [label, id] of [['Jugendamt/ASD', 'jugendamt'], ['Rechtsanwält:innen/Familienrecht', 'rechtsberatung']] as const) {
  const t = actorTypeById(id);
  if (t) TYPE_BY_KEY.set(matchKey(label), t);
}

interface Scan {
  best: number;
  bestScore: number;
  bestStart: number;
  readonly cueLength: number[];
  readonly cueStart: number[];
}

function consider(scan: Scan, index: number, score: number, start: number): void {
  if (score > scan.bestScore || (score === scan.bestScore && start < scan.bestStart)) {
    scan.best = index;
    scan.bestScore = score;
    scan.bestStart = start;
  }
}

/** Walks one trie from one start position, recording every spelling and cue that ends on a word boundary as required. */
function walk(scan: Scan, root: TrieNode, key: string, start: number): void {
  let node: TrieNode | undefined = root;
  for (let i = start; i < key.length; i++) {
    node = node.next.get(key.charCodeAt(i));
    if (!node) return;
    if (node.accepts.length === 0) continue;
    const atWordEnd = i + 1 === key.length || key.charCodeAt(i + 1) === SPACE;
    for (const a of node.accepts) {
      if (!a.openEnd && !atWordEnd) continue;
      if (a.target >= 0) {
        consider(scan, a.target, a.score, start);
      } else {
        const cue = -1 - a.target;
        if (a.score > scan.cueLength[cue]) {
          scan.cueLength[cue] = a.score;
          scan.cueStart[cue] = start;
        }
      }
    }
  }
}

/** Finds every spelling and cue in a match key and returns the best-scoring type's index, or -1. */
function bestTypeIndex(key: string): number {
  const scan: Scan = {
    best: -1,
    bestScore: -1,
    bestStart: 0,
    cueLength: new Array<number>(CUES.length).fill(0),
    cueStart: new Array<number>(CUES.length).fill(0),
  };
  for (let start = 0; start < key.length; start++) {
    if (key.charCodeAt(start) === SPACE) continue;
    if (start === 0 || key.charCodeAt(start - 1) === SPACE) walk(scan, WORD_START_ROOT, key, start);
    walk(scan, ANYWHERE_ROOT, key, start);
  }
  for (const rule of RULES) {
    let length = 0;
    let start = key.length;
    for (const cue of rule.cues) {
      if (scan.cueLength[cue] === 0) {
        length = -1;
        break;
      }
      length += scan.cueLength[cue];
      start = Math.min(start, scan.cueStart[cue]);
    }
    if (length > 0) consider(scan, rule.typeIndex, rule.weight + length, start);
  }
  return scan.best;
}

function classifyKey(key: string): Classification {
  const index = bestTypeIndex(key);
  if (index >= 0) return BY_TYPE[index];
  const kernbereich = KERNBEREICH_BY_KEY.get(key);
  return kernbereich ? (BY_KERNBEREICH.get(kernbereich) ?? NONE) : NONE;
}

// ── Memo: custom functions classify 100,000-row columns in which the same few labels repeat ──

/** Bounds memory in a long Excel session; a full memo is simply started afresh. */
const MEMO_LIMIT = 100_000;
const byRaw = new Map<string, Classification>();
const byKey = new Map<string, Classification>();

function remember(memo: Map<string, Classification>, key: string, value: Classification): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

/** Classifies one free-text label (partner name or type text). Unrelated text gives nulls, never a guess. */
export function classifyLabel(label: string): Classification {
  const known = byRaw.get(label);
  if (known) return known;
  const key = matchKey(label);
  let result = byKey.get(key);
  if (!result) {
    result = classifyKey(key);
    remember(byKey, key, result);
  }
  remember(byRaw, label, result);
  return result;
}

/** Number of distinct normalised labels classified so far (for benchmarks and tests). */
export function classifierMemoSize(): number {
  return byKey.size;
}

export function clearClassifierMemo(): void {
  byRaw.clear();
  byKey.clear();
}

/**
 * Classifies a network row: a recognised type column overrides a vague name ("Caritas" + "Erziehungsberatung");
 * a type column that only names a Kernbereich sets the Kernbereich while the name may still give the type.
 * The type comes from the type text, else from the name; the Kernbereich from that type, else from the type
 * text read as a Kernbereich. Empty or "-" type text classifies to nothing and so changes nothing.
 */
export function classifyActor(name: string, typeText?: string | null): Classification {
  const fromTypeText = typeText ? classifyLabel(typeText) : NONE;
  if (fromTypeText.actorType) return fromTypeText;
  const fromName = classifyLabel(name);
  if (fromName.actorType) return fromName;
  return fromTypeText.kernbereich ? fromTypeText : fromName;
}

/** Resolves a reference from a settings list or custom-function argument: type id, label or any known spelling. */
export function resolveActorType(text: string): ActorType | null {
  const trimmed = text.trim();
  return actorTypeById(trimmed) ?? TYPE_BY_KEY.get(matchKey(trimmed)) ?? classifyLabel(trimmed).actorType;
}

/** Resolves a Kernbereich named by key or German/English label/synonym ("Gesundheit", "health", "Jugendhilfe"). */
export function resolveKernbereich(text: string): Kernbereich | null {
  return KERNBEREICH_BY_KEY.get(matchKey(text)) ?? null;
}
