import { CriterionId, QualityLevel } from '../criteria/catalog';
import { CriterionStatus } from '../criteria/status';
import { FormerReason } from '../findings/codes';
import { Finding, Severity } from '../findings/finding';
import { NeedEstimate } from '../need/needModel';
import { Indicators } from './indicators';
import { NeedRange } from '../need/parameters';
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
  readonly births: number | null;
  /** Need in € for this Sozialraum (middle estimate), null when its births or children are unknown. */
  readonly need: number | null;
  readonly needRange: NeedRange | null;
  readonly gap: number | null;
}

export type FundingKey = 'bundesstiftung' | 'kommunal' | 'land' | 'sonstige' | 'unbekannt';

export interface BudgetSummary {
  /** The budget sheet read, and where its amounts stand (for findings). */
  readonly sheet: string;
  readonly headerRow: number;
  readonly amountColumn: number;
  readonly total: number;
  readonly bySource: Readonly<Record<FundingKey, number>>;
  /** Need in € by the model (middle estimate), null when neither births nor children 0–3 are known. */
  readonly need: number | null;
  /** The model's range: low | middle | high. */
  readonly needRange: NeedRange | null;
  /** need − total (positive = shortfall), middle estimate. */
  readonly gap: number | null;
  /** total / need, middle estimate; null when need is unknown or 0. */
  readonly coverage: number | null;
  /** total / need at each end of the range (a high need gives the low coverage). */
  readonly coverageRange: NeedRange | null;
  /** The whole estimate: model, base, every parameter with its origin, the measures. */
  readonly estimate: NeedEstimate | null;
  /** How the need per Sozialraum was spread: by a local indicator, or evenly per birth. */
  readonly weighting: 'indicator' | 'even' | null;
  /** Budget in € per birth, a comparable indicator. */
  readonly budgetPerBirth: number | null;
  readonly bySozialraum: readonly BudgetBySozialraum[];
}

/**
 * What backs a criterion besides the planner's status: a recent dated entry in the Netzwerkarbeit
 * sheet, only an older one, a hint in the partner list, the list not showing it, or the list
 * clearly showing the opposite.
 */
export type CriterionSupport = 'record' | 'record-old' | 'list' | 'list-missing' | 'contradicted';

export interface CriterionState {
  readonly id: CriterionId;
  readonly level: QualityLevel;
  readonly status: CriterionStatus | null;
  readonly support: CriterionSupport | null;
  /** The date of the newest fitting entry in the Netzwerkarbeit sheet (ms since 1970), if any. */
  readonly recordDateMs: number | null;
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
  /** Every sheet read as part of the network (one per Kernbereich, Sozialraum …), in workbook order. */
  readonly networkSheets: readonly string[];
  readonly actors: number;
  readonly kernbereiche: Readonly<Record<Kernbereich, number>>;
  readonly missingKernbereiche: readonly Kernbereich[];
  /** Share 0..1 of required actor types present. */
  readonly coverage: number;
  /** How many actor types are required (the default list or the planner's, less those not in the district). */
  readonly requiredTotal: number;
  readonly missingActorTypes: readonly MissingActorType[];
  readonly sozialraeume: readonly SozialraumSummary[];
  readonly budget: BudgetSummary | null;
  readonly criteria: CriteriaSummary | null;
  readonly findings: readonly Finding[];
  /** Unclassified partner rows (name, cell and the Kernbereich the list gives them), so planners can add a type. */
  readonly unclassified: readonly UnclassifiedRef[];
  /** The partners counted, for the network map: name, type, Kernbereich, agreement, Sozialräume. */
  readonly partners: readonly PartnerMark[];
  /** The comparable indicators, in a fixed order for every district. */
  readonly indicators: Indicators;
  /** Kommune, network name and Stand as the Einstellungen give them, for a report's header; null when not given. */
  readonly header: { readonly kommune: string | null; readonly networkName: string | null; readonly reportYear: number | null; readonly stand: string | null };
  /** Partners in the list who no longer count (status, end date, struck, hidden, archive block), and why. */
  readonly former: readonly FormerPartnerRef[];
}

/** A partner row by name and place. */
export interface PartnerRef {
  readonly name: string;
  readonly sheet: string;
  /** A1 address of the name cell on that sheet. */
  readonly cell: string;
}

export interface PartnerMark {
  readonly name: string;
  readonly actorTypeId: ActorTypeId | null;
  readonly kernbereich: Kernbereich | null;
  readonly agreement: boolean | null;
  readonly sozialraeume: readonly string[];
}

export interface UnclassifiedRef extends PartnerRef {
  /** From a Kernbereich column, section heading or sheet name; null when nothing says. */
  readonly kernbereich: Kernbereich | null;
}

export interface FormerPartnerRef extends PartnerRef {
  readonly actorTypeId: ActorTypeId | null;
  readonly reason: FormerReason;
  /** The status text or end date as written, when the sheet gives one. */
  readonly detail: string | null;
}
