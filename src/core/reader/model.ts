import { CriterionId } from '../criteria/catalog';
import { CriterionStatus } from '../criteria/status';
import { Finding } from '../findings/finding';
import { ActorTypeId } from '../taxonomy/actorTypes';
import { Kernbereich } from '../taxonomy/kernbereich';

/** Columns of a network sheet the reader can map. */
export type NetworkField =
  | 'name'
  | 'type'
  | 'kernbereich'
  | 'sozialraum'
  | 'agreement'
  | 'steering'
  | 'forum'
  | 'role';

export const NETWORK_FIELDS: readonly NetworkField[] = ['name', 'type', 'kernbereich', 'sozialraum', 'agreement', 'steering', 'forum', 'role'];

/** One partner row. Rows and columns are 0-based sheet positions, so a1(row, column) names the real cell. */
export interface NetworkActor {
  readonly row: number;
  readonly name: string;
  readonly typeText: string | null;
  readonly actorTypeId: ActorTypeId | null;
  readonly kernbereich: Kernbereich | null;
  /** The Kernbereich the planner wrote in a Kernbereich column, if any (may differ from the NZFH grouping). */
  readonly statedKernbereich: Kernbereich | null;
  readonly sozialraum: string | null;
  /** Kooperationsvereinbarung signed: true/false, null when the column is absent or the cell is empty/unclear. */
  readonly agreement: boolean | null;
  /** Member of the Steuerungsgruppe / Lenkungskreis. */
  readonly steering: boolean | null;
  /** Takes part in the Netzwerkkonferenz / Forum. */
  readonly forum: boolean | null;
  readonly role: string | null;
}

export interface NetworkSheet {
  readonly sheet: string;
  /** 0-based sheet row of the header; null when the list has no recognisable header (columns found by content). */
  readonly headerRow: number | null;
  readonly columns: Readonly<Partial<Record<NetworkField, number>>>;
  readonly actors: readonly NetworkActor[];
}

export type FundingSource = 'bundesstiftung' | 'kommunal' | 'land' | 'sonstige';

export interface BudgetLine {
  readonly row: number;
  /** Measure or line label as the planner wrote it. */
  readonly label: string | null;
  readonly sozialraum: string | null;
  readonly source: FundingSource | null;
  readonly amount: number;
  /** Children aged 0–3 in this Sozialraum, when the budget sheet carries them. */
  readonly children0to3: number | null;
}

export interface BudgetSheet {
  readonly sheet: string;
  readonly headerRow: number;
  readonly amountColumn: number;
  readonly lines: readonly BudgetLine[];
}


export interface CriterionRow {
  readonly row: number;
  readonly criterionId: CriterionId;
  readonly status: CriterionStatus | null;
  /** Text of an evidence / Nachweis column, if any. */
  readonly evidence: string | null;
  readonly statusColumn: number;
}

export interface CriteriaSheet {
  readonly sheet: string;
  readonly rows: readonly CriterionRow[];
}

/** Parameters from the settings sheet (Einstellungen); every one optional, defaults come from core/need. */
export interface SettingsModel {
  readonly sheet: string | null;
  readonly requiredTypes: readonly string[] | null;
  readonly recommendedTypes: readonly string[] | null;
  readonly children0to3: number | null;
  readonly population: number | null;
  readonly share0to3: number | null;
  readonly burdenShare: number | null;
  readonly costPerFamily: number | null;
  /** Where each parameter was found, for findings ("Einstellungen!B4"). */
  readonly cells: Readonly<Record<string, { row: number; column: number }>>;
}

/** The findings the reader itself reports. */
export type ReaderFindingCode = 'error-cell' | 'unclear-mark' | 'unreadable-amount' | 'override-sheet-missing' | 'sheet-clipped';

export interface WorkbookModel {
  readonly network: NetworkSheet | null;
  readonly budget: BudgetSheet | null;
  readonly criteria: CriteriaSheet | null;
  readonly settings: SettingsModel;
  /** What the reader noticed (error cells, unclear marks, a saved sheet that is gone), as findings. */
  readonly findings: readonly Finding<ReaderFindingCode>[];
  readonly sheetNames: readonly string[];
}

/** A planner's explicit choice (task pane, saved in document settings) that overrides detection. */
export interface ReaderOverrides {
  readonly networkSheet?: string;
  /** 0-based sheet row of the header. */
  readonly headerRow?: number;
  /** 0-based sheet column per field. */
  readonly columns?: Readonly<Partial<Record<NetworkField, number>>>;
}
