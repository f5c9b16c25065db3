import { NEED_DEFAULTS } from './defaults';
import { MeasureNeed } from './estimate';
import { NeedRange, single } from './parameters';

/**
 * The old one-formula model, kept for a planner who chooses it in Einstellungen ("Bedarfsmodell:
 * einfach") and for FH.NEED's explicit arguments: children 0–3 × share of burdened families × cost
 * per supported family. It overstates need (every child of 0–3 priced at long-term home visiting,
 * every year), which is why the model by measures is the default.
 */
export interface SimpleNeed {
  readonly model: 'simple';
  readonly children0to3: number;
  readonly childrenBasis: 'children' | 'population' | 'budget';
  readonly burdenShare: number;
  readonly costPerFamily: number;
  readonly origins: { readonly burdenShare: 'settings' | 'default'; readonly costPerFamily: 'settings' | 'default' };
  readonly total: NeedRange;
}

/** The need estimate of either model. */
export type NeedEstimate = MeasureNeed | SimpleNeed;

export interface NeedInput {
  readonly children0to3: number;
  readonly burdenShare?: number | null;
  readonly costPerFamily?: number | null;
}

/** Yearly need in € by the one-formula model. */
export function computeNeed(input: NeedInput): number {
  const share = input.burdenShare ?? NEED_DEFAULTS.burdenShare.value;
  const cost = input.costPerFamily ?? NEED_DEFAULTS.costPerFamily.value;
  return input.children0to3 * share * cost;
}

export function simpleNeed(children: { value: number; basis: SimpleNeed['childrenBasis'] }, burdenShare: number | null, costPerFamily: number | null): SimpleNeed {
  const share = burdenShare ?? NEED_DEFAULTS.burdenShare.value;
  const cost = costPerFamily ?? NEED_DEFAULTS.costPerFamily.value;
  return {
    model: 'simple',
    children0to3: children.value,
    childrenBasis: children.basis,
    burdenShare: share,
    costPerFamily: cost,
    origins: { burdenShare: burdenShare === null ? 'default' : 'settings', costPerFamily: costPerFamily === null ? 'default' : 'settings' },
    total: single(children.value * share * cost),
  };
}

/** Shortfall in € (need − budget); negative when the budget exceeds need. */
export function needGap(budget: number, need: number): number {
  return need - budget;
}

/** Share of need the budget covers; null when need is 0 (nothing to cover). */
export function needCovered(budget: number, need: number): number | null {
  return need > 0 ? budget / need : null;
}

/** Budget ÷ need for each end of the range: a high need gives the low coverage. */
export function coverageRange(budget: number, need: NeedRange): NeedRange | null {
  if (need.low <= 0 || need.mid <= 0 || need.high <= 0) return null;
  return { low: budget / need.high, mid: budget / need.mid, high: budget / need.low };
}
