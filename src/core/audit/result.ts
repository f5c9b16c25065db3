import { CriterionId, QualityLevel } from '../criteria/catalog';
import { CriterionStatus } from '../criteria/status';
import { Finding, Severity } from '../findings/finding';
import { ActorTypeId } from '../taxonomy/actorTypes';
import { Kernbereich } from '../taxonomy/kernbereich';

export interface MissingActorType {
  readonly id: ActorTypeId;
  readonly kernbereich: Kernbereich;
  readonly severity: Severity;
  readonly requirement: 'required' | 'recommended';
}

export interface SozialraumSummary {
  readonly name: string;
  readonly actors: number;
  readonly kernbereiche: Readonly<Record<Kernbereich, number>>;
  readonly missingKernbereiche: readonly Kernbereich[];
}

export interface BudgetBySozialraum {
  readonly name: string;
  readonly budget: number;
  readonly children0to3: number | null;
  /** Need in € for this Sozialraum, null when its children 0–3 are unknown. */
  readonly need: number | null;
  readonly gap: number | null;
}

/** Where a need parameter came from: the settings sheet, the budget sheet, or the documented default. */
export type ParameterSource = 'settings' | 'default' | 'budget';

export interface NeedParameters {
  readonly children0to3: number;
  readonly burdenShare: number;
  readonly costPerFamily: number;
  readonly sources: Readonly<Record<'children0to3' | 'burdenShare' | 'costPerFamily', ParameterSource>>;
}

export type FundingKey = 'bundesstiftung' | 'kommunal' | 'land' | 'sonstige' | 'unbekannt';

export interface BudgetSummary {
  /** The budget sheet read, and where its amounts stand (for findings). */
  readonly sheet: string;
  readonly headerRow: number;
  readonly amountColumn: number;
  readonly total: number;
  readonly bySource: Readonly<Record<FundingKey, number>>;
  /** Need in €, null when children 0–3 are not known anywhere in the workbook. */
  readonly need: number | null;
  /** need − total (positive = shortfall), null when need is unknown. */
  readonly gap: number | null;
  /** total / need, null when need is unknown or 0. */
  readonly coverage: number | null;
  readonly parameters: NeedParameters | null;
  readonly bySozialraum: readonly BudgetBySozialraum[];
}

export interface CriterionState {
  readonly id: CriterionId;
  readonly level: QualityLevel;
  readonly status: CriterionStatus | null;
  /** Automatic evidence from the network data: true = shown, false = contradicted, null = not checkable. */
  readonly evidence: boolean | null;
  readonly sheet: string | null;
  readonly cell: string | null;
}

export interface CriteriaSummary {
  /** The criteria sheet read, or null when the workbook has none (items then carry only the data's evidence). */
  readonly sheet: string | null;
  readonly assessed: number;
  readonly counts: Readonly<Record<CriterionStatus, number>>;
  /** Share met, teilweise counts half; null when none assessed. */
  readonly score: number | null;
  readonly items: readonly CriterionState[];
}

/** The audit of one workbook: figures and findings as data, no language. Surfaces make the words. */
export interface AuditResult {
  readonly file: string | null;
  readonly networkSheet: string | null;
  readonly actors: number;
  readonly kernbereiche: Readonly<Record<Kernbereich, number>>;
  readonly missingKernbereiche: readonly Kernbereich[];
  /** Share 0..1 of required actor types present. */
  readonly coverage: number;
  readonly missingActorTypes: readonly MissingActorType[];
  readonly sozialraeume: readonly SozialraumSummary[];
  readonly budget: BudgetSummary | null;
  readonly criteria: CriteriaSummary | null;
  readonly findings: readonly Finding[];
  /** Unclassified partner rows (name and cell), so planners can add a type. */
  readonly unclassified: readonly { readonly name: string; readonly cell: string }[];
}
