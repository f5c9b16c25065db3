import { NeedEstimate } from './needModel';
import { NeedRange } from './parameters';

/** What the budget sheet says about one Sozialraum: its births or children under 3, and a local burden indicator. */
export interface SozialraumBase {
  readonly name: string;
  readonly births: number | null;
  readonly children0to3: number | null;
  /** E.g. the share of under-3s in SGB II households; weights the need where every Sozialraum has one. */
  readonly indicator: number | null;
}

export interface SozialraumNeed {
  readonly name: string;
  readonly need: NeedRange | null;
}

export interface SozialraumAllocation {
  readonly rows: readonly SozialraumNeed[];
  /** 'indicator' = weighted by the local burden indicator; 'even' = the same rate per birth everywhere. */
  readonly weighting: 'indicator' | 'even';
}

/**
 * The need that lies in the Sozialräume, per Sozialraum: its births (or children under 3 ÷ 3) × the
 * district's need per birth of the measures that work there (LaB, welcome visits), weighted by a
 * local burden indicator when every Sozialraum has one (the weights average to 1 over the births,
 * so the district total stays). District-wide measures (Lotsendienst, coordination) stay at
 * district level. The one-formula model keeps its own per-Sozialraum arithmetic.
 */
export function allocateNeed(estimate: NeedEstimate, groups: readonly SozialraumBase[]): SozialraumAllocation {
  if (estimate.model === 'simple') {
    const perChild = estimate.burdenShare * estimate.costPerFamily;
    return { rows: groups.map((g) => ({ name: g.name, need: g.children0to3 === null ? null : flat(g.children0to3 * perChild) })), weighting: 'even' };
  }
  const local = estimate.measures.filter((m) => m.local);
  const perBirth: NeedRange = {
    low: local.reduce((s, m) => s + m.cost.low, 0) / estimate.births,
    mid: local.reduce((s, m) => s + m.cost.mid, 0) / estimate.births,
    high: local.reduce((s, m) => s + m.cost.high, 0) / estimate.births,
  };
  const births = groups.map((g) => g.births ?? (g.children0to3 === null ? null : g.children0to3 / 3));
  const known = groups.map((g, i) => ({ births: births[i], indicator: g.indicator })).filter((x): x is { births: number; indicator: number | null } => x.births !== null);
  const weighted = known.length > 0 && known.every((x) => x.indicator !== null && x.indicator > 0);
  const sumBirths = known.reduce((s, x) => s + x.births, 0);
  const mean = weighted && sumBirths > 0 ? known.reduce((s, x) => s + x.births * (x.indicator as number), 0) / sumBirths : 1;
  const rows = groups.map((g, i) => {
    const b = births[i];
    if (b === null) return { name: g.name, need: null };
    const factor = weighted ? (g.indicator as number) / mean : 1;
    return { name: g.name, need: { low: b * perBirth.low * factor, mid: b * perBirth.mid * factor, high: b * perBirth.high * factor } };
  });
  return { rows, weighting: weighted ? 'indicator' : 'even' };
}

function flat(v: number): NeedRange {
  return { low: v, mid: v, high: v };
}
