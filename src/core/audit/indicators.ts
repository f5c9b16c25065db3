import { NeedParameterId } from '../needParameterIds';
import { NeedRange } from '../need/parameters';
import { BudgetSummary, CriteriaSummary } from './result';

/**
 * The comparable indicators of a network, in a fixed order for every district (the Prüfbericht's box,
 * the Land-level overview, the history of snapshots). Null where the workbook does not give what an
 * indicator needs: unknown, never a number.
 */
export interface Indicators {
  readonly partners: number;
  /** Partners per 1,000 births a year; null without births. */
  readonly partnersPer1000Births: number | null;
  /** Share 0..1 of required types present. */
  readonly requiredPresent: number;
  /** Share 0..1 of partners with a cooperation agreement; null without an agreement column. */
  readonly withAgreement: number | null;
  /** Budget in € per birth; null without a budget or births. */
  readonly budgetPerBirth: number | null;
  /** Budget ÷ the need model's range (a high need gives the low coverage); null when need is unknown. */
  readonly needCovered: NeedRange | null;
  /** LaB posts per 1,000 births as the planner states them (Einstellungen "Vollzeitstellen LaB (Ist)"); null when not given. */
  readonly labFtePer1000Births: number | null;
  /** Share of criteria met (teilweise half) in the workbook's self-assessment; null when none assessed. */
  readonly criteriaMet: number | null;
  /** Need-model parameters the planner set to other values than the defaults: comparisons must say so. */
  readonly ownParameters: readonly NeedParameterId[];
}

export interface IndicatorInput {
  readonly actors: number;
  readonly coverage: number;
  readonly withAgreement: number | null;
  /** Partners whose sheet has an agreement column (the share's base); null: all partners. */
  readonly agreementAsked?: number | null;
  readonly budget: BudgetSummary | null;
  readonly criteria: CriteriaSummary | null;
  /** Births a year (from the settings or estimated), when known without a budget sheet too. */
  readonly births: number | null;
  readonly labFteActual: number | null;
}

const shareOf = (part: number | null, base: number): number | null => (part === null || base === 0 ? null : part / base);

export function indicatorsOf(input: IndicatorInput): Indicators {
  const estimate = input.budget?.estimate ?? null;
  const births = estimate?.model === 'measures' ? estimate.births : input.births;
  const per1000 = (n: number) => (births === null || births <= 0 ? null : (n / births) * 1000);
  return {
    partners: input.actors,
    partnersPer1000Births: per1000(input.actors),
    requiredPresent: input.coverage,
    withAgreement: shareOf(input.withAgreement, input.agreementAsked ?? input.actors),
    budgetPerBirth: input.budget === null || births === null || births <= 0 ? null : input.budget.total / births,
    needCovered: input.budget?.coverageRange ?? null,
    labFtePer1000Births: input.labFteActual === null ? null : per1000(input.labFteActual),
    criteriaMet: input.criteria?.score ?? null,
    ownParameters: estimate?.model === 'measures' ? estimate.parameters.filter((p) => p.origin === 'settings').map((p) => p.id) : [],
  };
}
