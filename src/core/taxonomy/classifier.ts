import { ACTOR_TYPES, ActorType, actorTypeById } from './actorTypes';
import { better, decide, Decision, NO_TYPE } from './decide';
import { ellipsisVariants } from './ellipsis';
import { KERNBEREICHE, KERNBEREICH_LABELS, Kernbereich } from './kernbereich';
import { matchKey } from './normalize';
import { scanKey } from './scan';
import { KERNBEREICH_SPELLINGS, withOfficeNumbersNamed } from './spellings';

export interface Classification {
  readonly actorType: ActorType | null;
  readonly kernbereich: Kernbereich | null;
}

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

/**
 * Reads a key as it stands and, for coordinated compounds, once per truncated part completed ("Ehe-, Familien- und
 * Lebensberatung" → "eheberatung …", "familienberatung …", and the key itself for "Lebensberatung"); the reading
 * with the highest rank wins, the first part on a tie.
 */
function bestTypeIndex(key: string): number {
  let best: Decision | null = null;
  for (const variant of ellipsisVariants(key)) best = better(best, decide(variant, scanKey(variant)));
  best = better(best, decide(key, scanKey(key)));
  return best ? best.typeIndex : NO_TYPE;
}

function classifyKey(key: string): Classification {
  const index = bestTypeIndex(key);
  if (index >= 0) return BY_TYPE[index];
  const kernbereich = KERNBEREICH_BY_KEY.get(key);
  return kernbereich ? (BY_KERNBEREICH.get(kernbereich) ?? NONE) : NONE;
}

// ── Memo: custom functions classify 100,000-row columns in which the same few labels repeat ──

/** Bounds memory in a long Excel session; a full memo is simply started afresh. */
export const MEMO_LIMIT = 100_000;
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
  const key = matchKey(withOfficeNumbersNamed(label));
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
  return classifyActorBy(classifyLabel, name, typeText);
}

/** classifyActor over any reading of single labels (the rules, or the rules with what a planner taught). */
export function classifyActorBy(classify: (label: string) => Classification, name: string, typeText?: string | null): Classification {
  const fromTypeText = typeText ? classify(typeText) : NONE;
  if (fromTypeText.actorType) return fromTypeText;
  const fromName = classify(name);
  if (fromName.actorType) return fromName;
  return fromTypeText.kernbereich ? fromTypeText : fromName;
}

/** The shared, frozen classification of a type or, with null, of a Kernbereich alone (null, null: nothing). */
export function classificationOf(actorType: ActorType | null, kernbereich: Kernbereich | null = null): Classification {
  if (actorType) return BY_TYPE[ACTOR_TYPES.indexOf(actorType)] ?? NONE;
  return kernbereich ? (BY_KERNBEREICH.get(kernbereich) ?? NONE) : NONE;
}

/** Resolves a reference from a settings list or custom-function argument: type id, label or any known spelling. */
export function resolveActorType(text: string): ActorType | null {
  const trimmed = text.trim();
  return actorTypeById(trimmed) ?? TYPE_BY_KEY.get(matchKey(trimmed)) ?? classifyLabel(trimmed).actorType;
}

const kernbereichMemo = new Map<string, Kernbereich | null>();

/** Resolves a Kernbereich named by key or German/English label/synonym ("Gesundheit", "health", "Jugendhilfe"). */
export function resolveKernbereich(text: string): Kernbereich | null {
  // A Kernbereich column repeats a handful of spellings down a long list: each is keyed once.
  let known = kernbereichMemo.get(text);
  if (known === undefined) {
    known = KERNBEREICH_BY_KEY.get(matchKey(text)) ?? null;
    if (kernbereichMemo.size >= MEMO_LIMIT) kernbereichMemo.clear();
    kernbereichMemo.set(text, known);
  }
  return known;
}
