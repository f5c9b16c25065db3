import { Kernbereich } from '../taxonomy/kernbereich';
import { Requirement } from '../taxonomy/actorTypes';
import { CriterionStatus } from '../reader/model';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'de' | 'en';

export interface Finding {
  /** Rule id, stable (e.g. "missing-actor-type"); several findings may share it. */
  readonly id: string;
  readonly severity: Severity;
  /** NZFH criterion id such as "3.2", or null. */
  readonly criterion: string | null;
  readonly sheet: string | null;
  /** A1 address, or null when the finding has no single place. */
  readonly cell: string | null;
  readonly message: string;
}

export interface MissingActorType {
  readonly id: string;
  readonly label: string;
  readonly kernbereich: Kernbereich;
  readonly severity: Severity;
  readonly requirement: Requirement;
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

export interface NeedParameters {
  readonly children0to3: number;
  readonly burdenShare: number;
  readonly costPerFamily: number;
  /** Where each value came from: "settings" (the workbook) or "default" (documented in DOMAIN/README). */
  readonly sources: Readonly<Record<'children0to3' | 'burdenShare' | 'costPerFamily', 'settings' | 'default' | 'budget'>>;
}

export interface BudgetSummary {
  readonly total: number;
  readonly bySource: Readonly<Record<'bundesstiftung' | 'kommunal' | 'land' | 'sonstige' | 'unbekannt', number>>;
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
  readonly id: string;
  readonly title: string;
  readonly level: string;
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

export interface AuditResult {
  readonly file: string | null;
  readonly networkSheet: string | null;
  readonly actors: number;
  readonly kernbereiche: Readonly<Record<Kernbereich, number>>;
  readonly missingKernbereiche: readonly Kernbereich[];
  readonly coverage: number;
  readonly missingActorTypes: readonly MissingActorType[];
  readonly sozialraeume: readonly SozialraumSummary[];
  readonly budget: BudgetSummary | null;
  readonly criteria: CriteriaSummary | null;
  readonly findings: readonly Finding[];
  /** Unclassified partner rows (name and cell), so planners can add a type. */
  readonly unclassified: readonly { readonly name: string; readonly cell: string }[];
  readonly lang: Lang;
}
