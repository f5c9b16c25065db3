import { Indicators } from '../../core/audit/indicators';

/** The indicators the overview can chart across districts (needCovered by its middle estimate), by their JSON names. */
export const CHART_INDICATORS = [
  'partners',
  'partnersPer1000Births',
  'requiredPresent',
  'withAgreement',
  'budgetPerBirth',
  'needCovered',
  'labFtePer1000Births',
  'criteriaMet',
] as const satisfies readonly (keyof Indicators)[];

export type ChartIndicator = (typeof CHART_INDICATORS)[number];

/** The share of required types present: what a Land compares first. */
export const DEFAULT_CHART: ChartIndicator = 'requiredPresent';

/** "required-present", "requiredPresent", "REQUIRED_PRESENT" → requiredPresent; null when no indicator has that name. */
export function chartIndicatorOf(name: string): ChartIndicator | null {
  const key = name.replace(/[-_\s]/g, '').toLowerCase();
  return CHART_INDICATORS.find((c) => c.toLowerCase() === key) ?? null;
}
