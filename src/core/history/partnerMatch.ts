import { ActorTypeId } from '../taxonomy/actorTypes';
import { normalizeLabel } from '../taxonomy/normalize';
import { SnapshotPartner } from './snapshot';

export interface RenamedPartner {
  readonly from: string;
  readonly to: string;
  readonly type: ActorTypeId | null;
}

export interface PartnerMatch {
  /** In the later list only, in its order. */
  readonly won: readonly SnapshotPartner[];
  /** In the earlier list only, in its order. */
  readonly lost: readonly SnapshotPartner[];
  /** The same partner under another name. */
  readonly renamed: readonly RenamedPartner[];
}

/** How much of the shorter name the longer one must hold, in weighted tokens, to be the same partner. */
const RENAME_THRESHOLD = 0.75;

/**
 * Which partners of two lists are the same. First by the normalised name (case, umlauts, gender forms,
 * punctuation, "Dr.", "e. V." and legal forms such as "gGmbH" do not count: "Kita Sonnenschein" is
 * "Kita Sonnenschein gGmbH"). What is left is paired only within one actor type, by the words the two
 * names share ("AWO Familienzentrum Nord" is "Familienzentrum Nord (AWO)"): each word weighs 1 ÷ the
 * number of that type's partners in one list whose name has it, so "Kita" among five Kitas says little
 * and "Sonnenschein" much; two names match when the shared words carry at least RENAME_THRESHOLD of the
 * lighter name's weight. The best pairs are taken first, each partner once.
 */
export function matchPartners(before: readonly SnapshotPartner[], after: readonly SnapshotPartner[]): PartnerMatch {
  const keyOf = (p: SnapshotPartner) => normalizeLabel(p.name);
  const afterByKey = new Map<string, number[]>();
  after.forEach((p, i) => afterByKey.set(keyOf(p), [...(afterByKey.get(keyOf(p)) ?? []), i]));
  const pairedAfter = new Set<number>();
  const openBefore: number[] = [];
  before.forEach((p, i) => {
    const j = afterByKey.get(keyOf(p))?.find((k) => !pairedAfter.has(k));
    if (j === undefined) openBefore.push(i);
    else pairedAfter.add(j);
  });
  const openAfter = after.map((_, j) => j).filter((j) => !pairedAfter.has(j));

  const renamed: { i: number; j: number }[] = [];
  for (const type of new Set(openBefore.map((i) => before[i].type))) {
    const weight = tokenWeights(before.filter((p) => p.type === type), after.filter((p) => p.type === type));
    const candidates: { i: number; j: number; score: number }[] = [];
    for (const i of openBefore.filter((k) => before[k].type === type)) {
      for (const j of openAfter.filter((k) => after[k].type === type)) {
        const score = overlap(tokens(before[i].name), tokens(after[j].name), weight);
        if (score >= RENAME_THRESHOLD) candidates.push({ i, j, score });
      }
    }
    candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
    const usedI = new Set<number>();
    const usedJ = new Set<number>();
    for (const c of candidates) {
      if (usedI.has(c.i) || usedJ.has(c.j)) continue;
      usedI.add(c.i);
      usedJ.add(c.j);
      renamed.push(c);
    }
  }
  const renamedI = new Set(renamed.map((r) => r.i));
  const renamedJ = new Set(renamed.map((r) => r.j));
  return {
    won: openAfter.filter((j) => !renamedJ.has(j)).map((j) => after[j]),
    lost: openBefore.filter((i) => !renamedI.has(i)).map((i) => before[i]),
    renamed: renamed.sort((a, b) => a.i - b.i).map(({ i, j }) => ({ from: before[i].name, to: after[j].name, type: after[j].type })),
  };
}

function tokens(name: string): Set<string> {
  return new Set(normalizeLabel(name).split(' ').filter((t) => t !== ''));
}

/** 1 ÷ how many names of one list (the one where it is commoner) hold the word. */
function tokenWeights(before: readonly SnapshotPartner[], after: readonly SnapshotPartner[]): (token: string) => number {
  const df = (list: readonly SnapshotPartner[]) => {
    const counts = new Map<string, number>();
    for (const p of list) for (const t of tokens(p.name)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  };
  const a = df(before);
  const b = df(after);
  return (t) => 1 / Math.max(1, a.get(t) ?? 0, b.get(t) ?? 0);
}

/** Weight of the shared words ÷ the weight of the lighter name: 1 when one name holds all words of the other. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (token: string) => number): number {
  const sum = (set: Iterable<string>) => [...set].reduce((s, t) => s + weight(t), 0);
  const lighter = Math.min(sum(a), sum(b));
  if (lighter === 0) return 0;
  return sum([...a].filter((t) => b.has(t))) / lighter;
}
