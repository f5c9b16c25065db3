import { Indicators } from '../audit/indicators';
import { AuditResult } from '../audit/result';
import { CRITERIA, CriterionId } from '../criteria/catalog';
import { CriterionStatus } from '../criteria/status';
import { NeedRange } from '../need/parameters';
import { ACTOR_TYPES, ActorTypeId } from '../taxonomy/actorTypes';
import { Kernbereich } from '../taxonomy/kernbereich';

/** A partner as a snapshot keeps it: the name as the list writes it, and its type (null: unclassified). */
export interface SnapshotPartner {
  readonly name: string;
  readonly type: ActorTypeId | null;
}

/** A Sozialraum and the Kernbereiche it has no partner of on site. */
export interface SnapshotSozialraum {
  readonly name: string;
  readonly missing: readonly Kernbereich[];
}

/**
 * The compact record of one audit that the next one compares itself with: figures, ids and the
 * partner names the workbook already holds, never more. Plain data, so it travels unchanged through
 * the add-in's sheet "FH-Verlauf" and `fh-check audit --json`. Shares are rounded to 6 decimals and
 * euros to cents when it is made, so a workbook stores it exactly.
 */
export interface HistorySnapshot {
  /** Day of the audit, YYYY-MM-DD. */
  readonly date: string;
  readonly reportYear: number | null;
  readonly partners: number;
  readonly kernbereiche: Readonly<Record<Kernbereich, number>>;
  /** Partners per actor type, only types with partners, in the order of ACTOR_TYPES. */
  readonly byType: Readonly<Partial<Record<ActorTypeId, number>>>;
  readonly requiredTotal: number;
  readonly missingRequired: readonly ActorTypeId[];
  readonly missingRecommended: readonly ActorTypeId[];
  /** Every Sozialraum of the list, with the Kernbereiche it lacks on site (empty: none). */
  readonly sozialraeume: readonly SnapshotSozialraum[];
  /** Budget in €; null without a budget sheet. */
  readonly budget: number | null;
  /** The need model's range in €; null when the need is unknown. */
  readonly need: NeedRange | null;
  /** Status per criterion in catalog order (a criterion without status is left out); null without a criteria sheet. */
  readonly criteria: Readonly<Partial<Record<CriterionId, CriterionStatus>>> | null;
  readonly indicators: Indicators;
  /**
   * The partners by name, grouped by type in the order of ACTOR_TYPES (unclassified last), each group
   * in list order; null when the source kept no names (the comparison then counts per type).
   */
  readonly names: readonly SnapshotPartner[] | null;
}

const round = (n: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};
const share = (n: number | null): number | null => (n === null ? null : round(n, 6));
const euro = (n: number | null): number | null => (n === null ? null : round(n, 2));
const rangeOf = (r: NeedRange | null, digits: number): NeedRange | null => (r === null ? null : { low: round(r.low, digits), mid: round(r.mid, digits), high: round(r.high, digits) });

/** The position of each type in ACTOR_TYPES: the one order snapshots keep types in. */
const TYPE_ORDER = new Map<ActorTypeId, number>(ACTOR_TYPES.map((t, i) => [t.id, i]));
export const typeOrder = (type: ActorTypeId | null): number => (type === null ? ACTOR_TYPES.length : (TYPE_ORDER.get(type) ?? ACTOR_TYPES.length));

/** A local calendar day as YYYY-MM-DD (the day the planner sees on her clock). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The snapshot of an audit made on `date` (YYYY-MM-DD). */
export function historySnapshotOf(result: AuditResult, date: string): HistorySnapshot {
  const names = result.partners
    .map((p, i) => ({ p, i }))
    .sort((a, b) => typeOrder(a.p.actorTypeId) - typeOrder(b.p.actorTypeId) || a.i - b.i)
    .map(({ p }) => ({ name: p.name, type: p.actorTypeId }));
  const byType: Partial<Record<ActorTypeId, number>> = {};
  for (const { type } of names) if (type !== null) byType[type] = (byType[type] ?? 0) + 1;
  const criteria: Partial<Record<CriterionId, CriterionStatus>> = {};
  for (const c of CRITERIA) {
    const status = result.criteria?.items.find((item) => item.id === c.id)?.status ?? null;
    if (status !== null) criteria[c.id] = status;
  }
  const ind = result.indicators;
  return {
    date,
    reportYear: result.header.reportYear,
    partners: result.actors,
    kernbereiche: { ...result.kernbereiche },
    byType,
    requiredTotal: result.requiredTotal,
    missingRequired: result.missingActorTypes.filter((m) => m.requirement === 'required').map((m) => m.id),
    missingRecommended: result.missingActorTypes.filter((m) => m.requirement === 'recommended').map((m) => m.id),
    sozialraeume: result.sozialraeume.map((s) => ({ name: s.name, missing: [...s.missingKernbereiche] })),
    budget: euro(result.budget?.total ?? null),
    need: rangeOf(result.budget?.needRange ?? null, 2),
    criteria: result.criteria && result.criteria.sheet !== null ? criteria : null,
    indicators: {
      partners: ind.partners,
      partnersPer1000Births: share(ind.partnersPer1000Births),
      requiredPresent: round(ind.requiredPresent, 6),
      withAgreement: share(ind.withAgreement),
      budgetPerBirth: euro(ind.budgetPerBirth),
      needCovered: rangeOf(ind.needCovered, 6),
      labFtePer1000Births: share(ind.labFtePer1000Births),
      criteriaMet: share(ind.criteriaMet),
      ownParameters: [...ind.ownParameters],
    },
    names,
  };
}
