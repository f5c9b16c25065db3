import { presentTypes } from '../audit/coverage';
import { CRITERIA, CriterionId } from '../criteria/catalog';
import { CriterionStatus } from '../criteria/status';
import { ActorTypeId } from '../taxonomy/actorTypes';
import { Kernbereich } from '../taxonomy/kernbereich';
import { normalizeLabel } from '../taxonomy/normalize';
import { matchPartners, RenamedPartner } from './partnerMatch';
import { HistorySnapshot, SnapshotPartner, typeOrder } from './snapshot';

/** A Kernbereich a Sozialraum has no partner of on site. */
export interface SozialraumGap {
  readonly sozialraum: string;
  readonly kernbereich: Kernbereich;
}

/** Types whose number of partners changed (what is left to say when a snapshot kept no names). */
export interface TypeCountChange {
  readonly type: ActorTypeId;
  readonly before: number;
  readonly after: number;
}

export interface CriterionChange {
  readonly id: CriterionId;
  readonly before: CriterionStatus | null;
  readonly after: CriterionStatus | null;
}

/** What changed between two audits of one network: data only, the words are made at the surfaces. */
export interface HistoryComparison {
  readonly before: HistorySnapshot;
  readonly after: HistorySnapshot;
  /** False when one side kept no partner names: won and lost are then empty and `typeCounts` tells. */
  readonly namesKnown: boolean;
  readonly won: readonly SnapshotPartner[];
  readonly lost: readonly SnapshotPartner[];
  readonly renamed: readonly RenamedPartner[];
  readonly typeCounts: readonly TypeCountChange[];
  /** Required (recommended) types missing before and present now, or present before and missing now. */
  readonly required: { readonly covered: readonly ActorTypeId[]; readonly lost: readonly ActorTypeId[] };
  readonly recommended: { readonly covered: readonly ActorTypeId[]; readonly lost: readonly ActorTypeId[] };
  /** Gaps on site in Sozialräume both audits know. */
  readonly gapsClosed: readonly SozialraumGap[];
  readonly gapsOpened: readonly SozialraumGap[];
  readonly sozialraeumeAdded: readonly string[];
  readonly sozialraeumeRemoved: readonly string[];
  /** Criteria whose status changed; null when one side had no criteria sheet. */
  readonly criteria: readonly CriterionChange[] | null;
  /** Every snapshot up to `after`, oldest first, when there are three or more; else empty. */
  readonly trend: readonly HistorySnapshot[];
}

export function compareSnapshots(before: HistorySnapshot, after: HistorySnapshot, trend: readonly HistorySnapshot[] = []): HistoryComparison {
  const namesKnown = before.names !== null && after.names !== null;
  const partners = namesKnown ? matchPartners(before.names ?? [], after.names ?? []) : { won: [], lost: [], renamed: [] };
  const presentBefore = presentTypes(Object.keys(before.byType) as ActorTypeId[]);
  const presentAfter = presentTypes(Object.keys(after.byType) as ActorTypeId[]);
  const covered = (was: readonly ActorTypeId[], is: readonly ActorTypeId[]) => was.filter((id) => !is.includes(id) && presentAfter.has(id));
  const lost = (was: readonly ActorTypeId[], is: readonly ActorTypeId[]) => is.filter((id) => !was.includes(id) && presentBefore.has(id));
  const gaps = sozialraumChanges(before, after);
  return {
    before,
    after,
    namesKnown,
    ...partners,
    typeCounts: typeCountChanges(before, after),
    required: { covered: covered(before.missingRequired, after.missingRequired), lost: lost(before.missingRequired, after.missingRequired) },
    recommended: { covered: covered(before.missingRecommended, after.missingRecommended), lost: lost(before.missingRecommended, after.missingRecommended) },
    ...gaps,
    criteria: before.criteria === null || after.criteria === null ? null : criteriaChanges(before.criteria, after.criteria),
    trend: trend.length >= 3 ? trend : [],
  };
}

/**
 * The comparison of the current audit with a workbook's history: with the latest snapshot from an
 * earlier day (a report written twice on one day compares with the day before), and the trend over
 * all earlier days plus this one. Null when there is no earlier day.
 */
export function compareWithHistory(history: readonly HistorySnapshot[], current: HistorySnapshot): HistoryComparison | null {
  const earlier = history.filter((s) => s.date < current.date).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = earlier[earlier.length - 1];
  return latest ? compareSnapshots(latest, current, [...earlier, current]) : null;
}

/** The history with `current` recorded: one snapshot per day (a later report of the same day replaces it), oldest first. */
export function recordSnapshot(history: readonly HistorySnapshot[], current: HistorySnapshot): HistorySnapshot[] {
  return [...history.filter((s) => s.date !== current.date), current].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** True when nothing the comparison reports changed. */
export function nothingChanged(c: HistoryComparison): boolean {
  const { before: b, after: a } = c;
  const lists = [c.won, c.lost, c.renamed, c.typeCounts, c.required.covered, c.required.lost, c.recommended.covered, c.recommended.lost, c.gapsClosed, c.gapsOpened, c.sozialraeumeAdded, c.sozialraeumeRemoved, c.criteria ?? []];
  return lists.every((l) => l.length === 0) && a.partners === b.partners && a.requiredTotal === b.requiredTotal && a.budget === b.budget && JSON.stringify(a.need) === JSON.stringify(b.need);
}

function typeCountChanges(before: HistorySnapshot, after: HistorySnapshot): TypeCountChange[] {
  const ids = [...new Set([...Object.keys(before.byType), ...Object.keys(after.byType)] as ActorTypeId[])].sort((x, y) => typeOrder(x) - typeOrder(y));
  return ids.map((type) => ({ type, before: before.byType[type] ?? 0, after: after.byType[type] ?? 0 })).filter((c) => c.before !== c.after);
}

function sozialraumChanges(before: HistorySnapshot, after: HistorySnapshot) {
  const byKey = new Map(before.sozialraeume.map((s) => [normalizeLabel(s.name), s]));
  const afterKeys = new Set(after.sozialraeume.map((s) => normalizeLabel(s.name)));
  const gapsClosed: SozialraumGap[] = [];
  const gapsOpened: SozialraumGap[] = [];
  const sozialraeumeAdded: string[] = [];
  for (const now of after.sozialraeume) {
    const was = byKey.get(normalizeLabel(now.name));
    if (!was) {
      sozialraeumeAdded.push(now.name);
      continue;
    }
    for (const k of was.missing) if (!now.missing.includes(k)) gapsClosed.push({ sozialraum: now.name, kernbereich: k });
    for (const k of now.missing) if (!was.missing.includes(k)) gapsOpened.push({ sozialraum: now.name, kernbereich: k });
  }
  const sozialraeumeRemoved = before.sozialraeume.filter((s) => !afterKeys.has(normalizeLabel(s.name))).map((s) => s.name);
  return { gapsClosed, gapsOpened, sozialraeumeAdded, sozialraeumeRemoved };
}

function criteriaChanges(before: Partial<Record<CriterionId, CriterionStatus>>, after: Partial<Record<CriterionId, CriterionStatus>>): CriterionChange[] {
  return CRITERIA.map((c) => ({ id: c.id, before: before[c.id] ?? null, after: after[c.id] ?? null })).filter((c) => c.before !== c.after);
}
