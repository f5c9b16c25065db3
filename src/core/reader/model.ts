import { ActivityKind } from '../criteria/activities';
import { CriterionId } from '../criteria/catalog';
import { CriterionStatus } from '../criteria/status';
import { NeedParameterId } from '../needParameterIds';
import { FindingCode } from '../findings/codes';
import { Finding } from '../findings/finding';
import { FormerReason } from './formerPartners';
import { ActorTypeId } from '../taxonomy/actorTypes';
import { Kernbereich } from '../taxonomy/kernbereich';

/** Columns of a network sheet the reader can map. */
export type NetworkField = 'name' | 'type' | 'kernbereich' | 'sozialraum' | 'agreement' | 'steering' | 'forum' | 'role' | 'contact' | 'status' | 'until' | 'note';

export const NETWORK_FIELDS: readonly NetworkField[] = ['name', 'type', 'kernbereich', 'sozialraum', 'agreement', 'steering', 'forum', 'role', 'contact', 'status', 'until', 'note'];

/** Where a partner's actor type was read from. */
export type TypeSource = 'type' | 'name' | 'contact' | 'taught';

/** One partner row. Rows and columns are 0-based sheet positions, so a1(row, column) names the real cell. */
export interface NetworkActor {
  /** The sheet of the row (a network may span several sheets). */
  readonly sheet: string;
  readonly row: number;
  readonly name: string;
  readonly typeText: string | null;
  readonly actorTypeId: ActorTypeId | null;
  /** Which cell gave the type; null when none did. */
  readonly typeSource: TypeSource | null;
  readonly kernbereich: Kernbereich | null;
  /** The Kernbereich the planner wrote in a Kernbereich column, if any (may differ from the NZFH grouping). */
  readonly statedKernbereich: Kernbereich | null;
  /** The Sozialräume the row names (several in one cell, a matrix of marks, or the sheet's name), as spelled. */
  readonly sozialraeume: readonly string[];
  /** Kooperationsvereinbarung signed: true/false, null when the column is absent or the cell is empty/unclear. */
  readonly agreement: boolean | null;
  /** Member of the Steuerungsgruppe / Lenkungskreis. */
  readonly steering: boolean | null;
  /** Takes part in the Netzwerkkonferenz / Forum. */
  readonly forum: boolean | null;
  readonly role: string | null;
}

/** A listed partner who does not count as present, and why (status, end date, struck through, archive block, hidden row). */
export interface FormerPartner {
  readonly sheet: string;
  readonly row: number;
  readonly name: string;
  readonly actorTypeId: ActorTypeId | null;
  readonly reason: FormerReason;
  /** What the sheet says: the status text or end date as written; null for struck, archived or hidden rows. */
  readonly detail: string | null;
}

/** One sheet of the network list and how it was read. */
export interface NetworkPart {
  readonly sheet: string;
  /** 0-based sheet row of the header; null when the list has no recognisable header (columns found by content). */
  readonly headerRow: number | null;
  /** The group row of a two-row header, if any. */
  readonly groupRow: number | null;
  readonly columns: Readonly<Partial<Record<NetworkField, number>>>;
  /** Sozialraum names of an Angebotsmatrix (one column each), by sheet column. */
  readonly sozialraumColumns: readonly { readonly column: number; readonly name: string }[];
  /** Kernbereich or Sozialraum the sheet's name gives its rows (one sheet per Kernbereich or Sozialraum). */
  readonly kernbereichFromName: Kernbereich | null;
  readonly sozialraumFromName: string | null;
  readonly actors: number;
}

/** The network list: one sheet or several read as one, its partners counted once each, former partners apart. */
export interface NetworkSheet {
  /** The first (or only) sheet; places of findings about the list as a whole point here. */
  readonly sheet: string;
  readonly headerRow: number | null;
  readonly columns: Readonly<Partial<Record<NetworkField, number>>>;
  readonly parts: readonly NetworkPart[];
  readonly actors: readonly NetworkActor[];
  readonly former: readonly FormerPartner[];
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
  /** Births a year in this Sozialraum, when the budget sheet carries them. */
  readonly births: number | null;
  /** A local burden indicator (share of under-3s in SGB II households …), weighting the need. */
  readonly indicator: number | null;
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

/** A type the planner marked as not in the district, as written, and where families go instead. */
export interface AbsentType {
  readonly type: string;
  readonly instead: string | null;
  readonly row: number;
  readonly column: number;
}

/** Parameters from the settings sheet (Einstellungen); every one optional, defaults come from core/need. */
export interface SettingsModel {
  readonly sheet: string | null;
  readonly requiredTypes: readonly string[] | null;
  readonly recommendedTypes: readonly string[] | null;
  /** Required types the district does not have ("im Bezirk nicht vorhanden"), with where families go instead. */
  readonly absentTypes: readonly AbsentType[];
  /** The sheets that hold the network list, when the planner names them. */
  readonly networkSheets: readonly string[] | null;
  /** Berichtsjahr: which year's sheet and budget column the audit reads. */
  readonly reportYear: number | null;
  /** Rows the planner hid count as partners (default: they do not). */
  readonly countHiddenRows: boolean | null;
  /** For the report's header. */
  readonly kommune: string | null;
  readonly networkName: string | null;
  readonly stand: string | null;
  readonly children0to3: number | null;
  readonly population: number | null;
  readonly share0to3: number | null;
  /** The old one-formula need model's parameters (used only when the planner chooses that model). */
  readonly burdenShare: number | null;
  readonly costPerFamily: number | null;
  /** Births a year in the district, the need model's base. */
  readonly births: number | null;
  /** Births a year in the district's birth clinics (the Lotsendienst's base). */
  readonly clinicBirths: number | null;
  /** LaB posts the district actually has (Familienhebammen, FGKiKP), for the comparable indicators. */
  readonly labFteActual: number | null;
  /** Whether the district offers welcome visits to newborns' families. */
  readonly welcomeVisits: boolean | null;
  /** "einfach" chooses the old one-formula model; null = the model by measures. */
  readonly needModel: 'simple' | 'measures' | null;
  /** How many months a dated entry of network work stays evidence for a criterion (default 24). */
  readonly evidenceMonths: number | null;
  /** The planner's values for the need model's parameters. */
  readonly need: Readonly<Partial<Record<NeedParameterId, number>>>;
  /** Where each parameter was found, for findings ("Einstellungen!B4"). */
  readonly cells: Readonly<Record<string, { row: number; column: number }>>;
  /** Values the reader could not read as what their key needs ("ca. 800" births): said, never guessed. */
  readonly unreadable: readonly UnreadableSetting[];
}

/** A setting's value that is not what its key needs. */
export interface UnreadableSetting {
  /** The key as the planner wrote it ("Geburten pro Jahr"). */
  readonly label: string;
  readonly value: string;
  /** What the value should have been; 'plausible': a number, but outside `range`. */
  readonly expected: 'number' | 'share' | 'year' | 'yesno' | 'model' | 'plausible';
  readonly range: readonly [number, number] | null;
  readonly row: number;
  readonly column: number;
}

/** The findings the reader itself reports: what it noticed and every choice it made. */
export const READER_FINDING_CODES = [
  'error-cell',
  'unclear-mark',
  'unreadable-amount',
  'override-sheet-missing',
  'layout-unreadable',
  'sheet-clipped',
  'status-unclear',
  'settings-sheet-missing',
  'network-year-missing',
  'network-year-chosen',
  'network-sheets-combined',
  'network-sheet-left-out',
  'header-two-rows',
  'sozialraum-matrix',
  'former-partners',
  'note-rows-skipped',
  'filtered-rows-counted',
  'partners-merged',
  'type-from-contact',
  'types-taught',
  'budget-column-chosen',
  'budget-section-chosen',
  'budget-in-thousands',
  'budget-year-missing',
  'budget-rows-chosen',
  'budget-sheet-chosen',
  'criteria-tick-form',
  'criterion-status-unclear',
] as const satisfies readonly FindingCode[];

export type ReaderFindingCode = (typeof READER_FINDING_CODES)[number];

/** The reader's findings about single cells it could not read as meant: notes in the worklist, no choices. */
const CELL_NOTICES: ReadonlySet<ReaderFindingCode> = new Set<ReaderFindingCode>(['error-cell', 'unclear-mark', 'unreadable-amount', 'status-unclear', 'criterion-status-unclear']);

/**
 * The reader's findings that record a choice it made (which sheets, year, column, rows): the report
 * shows them together under "how the workbook was read", each with what the planner can change.
 */
export const READER_CHOICE_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(READER_FINDING_CODES.filter((c) => !CELL_NOTICES.has(c)));

/** One dated entry of network work (Netzwerkarbeit sheet). */
export interface ActivityEntry {
  readonly row: number;
  /** The date, in ms since 1970; null when the row gives none. */
  readonly dateMs: number | null;
  /** The kind of work the entry names; null when none is recognised. */
  readonly kind: ActivityKind | null;
  /** The entry as written (kind and description). */
  readonly text: string;
  /** Full-time posts, for the coordination post. */
  readonly fte: number | null;
}

export interface ActivitySheet {
  readonly sheet: string;
  readonly headerRow: number;
  /** The date column (sheet column), where an undated entry is pointed at; null without one. */
  readonly dateColumn: number | null;
  readonly entries: readonly ActivityEntry[];
}

export interface WorkbookModel {
  readonly network: NetworkSheet | null;
  readonly budget: BudgetSheet | null;
  readonly criteria: CriteriaSheet | null;
  /** The dated record of network work, when the workbook keeps one. */
  readonly activities: ActivitySheet | null;
  readonly settings: SettingsModel;
  /** What the reader noticed (error cells, unclear marks, a saved sheet that is gone), as findings. */
  readonly findings: readonly Finding<ReaderFindingCode>[];
  readonly sheetNames: readonly string[];
  /** The Berichtsjahr the reader chose sheets and columns by: the pane's, else the Einstellungen', else null (the newest). */
  readonly reportYear: number | null;
}

/** A planner's explicit choice (task pane, saved in document settings) that overrides detection. */
export interface ReaderOverrides {
  readonly networkSheet?: string;
  /** The reporting year chosen in the pane (wins over Einstellungen). */
  readonly reportYear?: number;
  /** 0-based sheet row of the header. */
  readonly headerRow?: number;
  /** 0-based sheet column per field. */
  readonly columns?: Readonly<Partial<Record<NetworkField, number>>>;
}
