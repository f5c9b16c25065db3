import { NEED_DEFAULTS } from './defaults';

export interface NeedInput {
  readonly children0to3: number;
  readonly burdenShare?: number | null;
  readonly costPerFamily?: number | null;
}

/**
 * Yearly need in €: children aged 0–3 × share of families with burden × cost per supported family.
 * Deliberately simple and visible (there is no standard formula for Frühe Hilfen need).
 */
export function computeNeed(input: NeedInput): number {
  const share = input.burdenShare ?? NEED_DEFAULTS.burdenShare.value;
  const cost = input.costPerFamily ?? NEED_DEFAULTS.costPerFamily.value;
  return input.children0to3 * share * cost;
}

/** Families the model expects to need support: children 0–3 × burden share. */
export function familiesInNeed(children0to3: number, burdenShare?: number | null): number {
  return children0to3 * (burdenShare ?? NEED_DEFAULTS.burdenShare.value);
}

/** Shortfall in € (need − budget); negative when the budget exceeds need. */
export function needGap(budget: number, need: number): number {
  return need - budget;
}

/** Share of need the budget covers; null when need is 0 (nothing to cover). */
export function needCovered(budget: number, need: number): number | null {
  return need > 0 ? budget / need : null;
}
