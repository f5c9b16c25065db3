import { Classification, classificationOf, classifyActorBy, classifyLabel, MEMO_LIMIT, resolveActorType, resolveKernbereich } from './classifier';
import { matchKey } from './normalize';

/**
 * What a planner taught: this label is that type ("Bethesda" → "Geburtsklinik"). `actorType` is a type id,
 * label or spelling; a Kernbereich alone ("Gesundheit") teaches only the Kernbereich; null teaches that the
 * label names no partner type (a rule matched something it should not).
 */
export interface TaughtAssignment {
  readonly label: string;
  readonly actorType: string | null;
}

export interface TaughtClassifier {
  /** classifyLabel, with a taught label (compared on its match key) winning over the rules. */
  readonly classifyLabel: (label: string) => Classification;
  /** classifyActor with the same reading of names and type texts: a recognised type column still decides first. */
  readonly classifyActor: (name: string, typeText?: string | null) => Classification;
  /** Entries that teach nothing: an empty label, or a type text that names neither a type nor a Kernbereich. */
  readonly rejected: readonly TaughtAssignment[];
  /** Whether this label's reading comes from what was taught (a rejected entry teaches nothing). */
  readonly isTaught: (label: string) => boolean;
}

/**
 * A classifier that knows what a planner taught, for one workbook: a pure function of the assignments, so
 * several workbooks audited in one process never see each other's teaching. A later entry for the same label
 * replaces an earlier one, as a later row of a sheet would.
 */
export function teachClassifier(taught: readonly TaughtAssignment[]): TaughtClassifier {
  const byKey = new Map<string, Classification>();
  const rejected: TaughtAssignment[] = [];
  for (const entry of taught) {
    const key = matchKey(entry.label);
    const reading = key === '' ? undefined : readType(entry.actorType);
    if (reading === undefined) rejected.push(entry);
    else byKey.set(key, reading);
  }
  if (byKey.size === 0) return { classifyLabel, classifyActor: (name, typeText) => classifyActorBy(classifyLabel, name, typeText), rejected, isTaught: () => false };

  // Labels repeat down a 100,000-row list: the key is computed once per distinct label.
  const byRaw = new Map<string, Classification>();
  const classify = (label: string): Classification => {
    let result = byRaw.get(label);
    if (result === undefined) {
      result = byKey.get(matchKey(label)) ?? classifyLabel(label);
      if (byRaw.size >= MEMO_LIMIT) byRaw.clear();
      byRaw.set(label, result);
    }
    return result;
  };
  return { classifyLabel: classify, classifyActor: (name, typeText) => classifyActorBy(classify, name, typeText), rejected, isTaught: (label) => byKey.has(matchKey(label)) };
}

/** The classification a taught type text stands for, or undefined when it names nothing known. */
function readType(text: string | null): Classification | undefined {
  if (text === null) return classificationOf(null);
  const actorType = resolveActorType(text);
  if (actorType) return classificationOf(actorType);
  const kernbereich = resolveKernbereich(text);
  return kernbereich ? classificationOf(null, kernbereich) : undefined;
}
