import { SheetGrid, CellValue } from '../core/grid';
import { NETWORK_FIELDS, NetworkField, ReaderOverrides } from '../core/reader/model';
import { TaughtAssignment } from '../core/taxonomy/taught';

/** Values the add-in keeps in the workbook's document settings (workbook.settings), as strings. */
export type StoredSettings = Readonly<Record<string, string>>;

/**
 * Keys of the add-in's document settings. `overrides` is the planner's sheet and column choice
 * (JSON of ReaderOverrides, 0-based sheet rows/columns): the pane and the FH.* functions both read it.
 * `ownedSheets` lists the sheets the add-in created, the only ones it may ever rewrite. `taughtTypes`
 * holds the types the planner gave partners no rule recognises (JSON of TaughtAssignment[]).
 */
export const SETTING_KEYS = { overrides: 'fh.readerOverrides', ownedSheets: 'fh.ownedSheets', taughtTypes: 'fh.taughtTypes' } as const;

/** The add-in's id (manifest.xml <Id>): Office files its document settings in the workbook under it. */
export const ADDIN_ID = '5b0f3c8e-1f0a-4d52-9a57-3e6f2c1d8a41';

/** Id of the <script type="application/json"> in which the browser preview hands the pane its workbook. */
export const PREVIEW_ELEMENT_ID = 'fh-preview-workbook';

export interface WorkbookSnapshot {
  /** File name of the workbook when the host knows it (shown in the Prüfbericht). */
  readonly name?: string | null;
  readonly sheets: readonly SheetGrid[];
  readonly settings: StoredSettings;
}

/** A sheet the add-in writes. Strings are written as text, never as formulas (formula injection). */
export interface SheetToWrite {
  /** Wanted name; when taken, the port picks a free variant ("… (2)") and returns the name used. */
  readonly name: string;
  /**
   * Rewrite the sheet of this name in place when the add-in created it (listed in `ownedSheets`);
   * a sheet the planner made is never touched: a free variant is created instead.
   */
  readonly replaceOwned?: boolean;
  /**
   * A sheet made for the planner to fill in (the template's Netzwerk, Kriterien …): it becomes the
   * planner's at once, is not recorded as the add-in's own, and so is audited and never rewritten.
   */
  readonly handOver?: boolean;
  readonly rows: readonly (readonly CellValue[])[];
  /** Our own formulas (e.g. =FH.COVERAGE(...)) by A1 address; only the add-in's own text goes here. */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Number formats (Excel's invariant codes, e.g. '#,##0 "€"', '0%') by A1 range. */
  readonly numberFormats?: readonly { readonly range: string; readonly format: string }[];
  /** Rows (0-based) to format as headings. */
  readonly headingRows?: readonly number[];
  /** Column widths in characters, from column A. */
  readonly columnWidths?: readonly number[];
  /** List validations: A1 range → allowed values, or a formula reference such as "=Einstellungen!$D$2:$D$47". */
  readonly validations?: readonly { readonly range: string; readonly list: readonly string[] | string }[];
  /** An Excel table over part of the rows (header row first). */
  readonly table?: { readonly name: string; readonly range: string };
  /** Rows kept visible at the top while scrolling. */
  readonly freezeRows?: number;
  /** Show this sheet when the write is done. */
  readonly activate?: boolean;
  /**
   * Print layout for a sheet meant for paper (the Prüfbericht): A4 portrait, one page wide, `titleRows`
   * (e.g. "$1:$1") repeated on every page, text wrapped in the `wrap` ranges (e.g. "E1:F80").
   */
  readonly print?: { readonly titleRows: string; readonly wrap: readonly string[] };
  /**
   * Protect the sheet against accidental edits (no password; formatting and sorting stay allowed):
   * for the add-in's own records such as "FH-Verlauf". Rewriting replaces the sheet, so the add-in
   * never needs to unprotect it.
   */
  readonly protect?: boolean;
}

/** A clustered column chart; categories in the first column, one series per further column. */
export interface ChartSpec {
  /** Sheet that holds the data and the chart: a name from the same write (as requested) or a sheet the add-in owns. */
  readonly sheet: string;
  /** Our name for the chart, so a refresh finds the chart we created and nothing else. */
  readonly name: string;
  readonly title: string;
  /** A1 range of category labels plus series columns, header row included (e.g. "A20:C26"). */
  readonly dataRange: string;
  /** A1 range the chart covers (e.g. "F3:M20"). */
  readonly position: string;
  /** Number format of the value axis. */
  readonly valueFormat?: string;
}

/**
 * The one door between the UI and a workbook. Implementations: Office.js (office.ts, real Excel)
 * and in-memory (memory.ts: preview, tests). Each method is one read batch or one write batch.
 */
export interface WorkbookPort {
  /** Every sheet's used range, its tables, and the add-in's document settings. */
  readWorkbook(): Promise<WorkbookSnapshot>;
  /** Creates the sheets (rewriting only sheets the add-in owns) and adds or refreshes the charts; returns the sheet names used. */
  writeSheets(sheets: readonly SheetToWrite[], charts?: readonly ChartSpec[]): Promise<string[]>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Sets the given keys; other keys stay as they are. An empty string clears a choice. */
  saveSettings(settings: StoredSettings): Promise<void>;
}

/**
 * Shows a finished document for the browser's print dialog (print or save as PDF). Built locally and
 * handed over in memory: nothing is sent anywhere. `open` runs synchronously in the click that asks
 * for it (browsers allow a new window only then) and returns null when the host refuses one.
 */
export interface ReportPrinter {
  open(): PrintTarget | null;
}

export interface PrintTarget {
  /** Writes the document (a complete HTML file) into the opened window. */
  show(html: string): void;
  /** Closes the window again (the report could not be built). */
  cancel(): void;
}

/** Excel's limit of characters in one cell: a longer string makes the whole write fail. */
export const MAX_CELL_CHARACTERS = 32_767;

/** A value as a cell can hold it: text beyond Excel's limit cut, with an ellipsis saying so. */
export function fitCell(value: CellValue): CellValue {
  return typeof value === 'string' && value.length > MAX_CELL_CHARACTERS ? `${value.slice(0, MAX_CELL_CHARACTERS - 1)}…` : value;
}

/** Characters Excel forbids in sheet names, and its length limit. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_NAME = 31;

/** A name Excel accepts that no sheet in `taken` has (case-insensitive, as Excel compares). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const base = wanted.replace(FORBIDDEN, '-').replace(/^'+|'+$/g, '').trim().slice(0, MAX_NAME) || 'Blatt';
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, MAX_NAME - suffix.length).trimEnd() + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

export interface SheetTarget {
  /** Name as requested (charts refer to it). */
  readonly requested: string;
  /** Name used in the workbook. */
  readonly name: string;
  /** True: the sheet exists and is the add-in's own, so it is rewritten in place. */
  readonly rewrite: boolean;
}

/**
 * Decides where each sheet of a write goes; both ports use it, so "never touch a planner's sheet"
 * has one definition. Returns the targets and the owned-sheet list to store afterwards.
 */
export function planSheetWrites(
  sheets: readonly SheetToWrite[],
  existing: readonly string[],
  settings: StoredSettings,
): { targets: SheetTarget[]; owned: string[] } {
  const present = new Set(existing.map((n) => n.toLowerCase()));
  // Forget owned names the planner deleted, so a later sheet of theirs with that name stays theirs.
  const owned = ownedSheets(settings).filter((n) => present.has(n.toLowerCase()));
  const ownedLower = new Set(owned.map((n) => n.toLowerCase()));
  const taken = [...existing];
  const targets: SheetTarget[] = [];
  for (const sheet of sheets) {
    const rewrite = sheet.replaceOwned === true && ownedLower.has(sheet.name.toLowerCase()) && !targets.some((t) => t.name.toLowerCase() === sheet.name.toLowerCase());
    const name = rewrite ? existing.find((n) => n.toLowerCase() === sheet.name.toLowerCase()) ?? sheet.name : freeSheetName(sheet.name, taken);
    if (!rewrite) {
      taken.push(name);
      if (!sheet.handOver) owned.push(name);
    }
    targets.push({ requested: sheet.name, name, rewrite });
  }
  return { targets, owned };
}

/** The sheets the add-in created, from its settings (tolerant of a missing or damaged value). */
export function ownedSheets(settings: StoredSettings): string[] {
  const parsed = parseJson(settings[SETTING_KEYS.ownedSheets]);
  return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string') : [];
}

/** The planner's saved sheet and column choice; {} when none or unreadable (detection then decides). */
export function overridesFromSettings(settings: StoredSettings): ReaderOverrides {
  const parsed = parseJson(settings[SETTING_KEYS.overrides]);
  if (typeof parsed !== 'object' || parsed === null) return {};
  const raw = parsed as Record<string, unknown>;
  const result: { networkSheet?: string; reportYear?: number; headerRow?: number; columns?: Partial<Record<NetworkField, number>> } = {};
  if (typeof raw.networkSheet === 'string' && raw.networkSheet !== '') result.networkSheet = raw.networkSheet;
  if (isReportYear(raw.reportYear)) result.reportYear = raw.reportYear;
  if (isIndex(raw.headerRow)) result.headerRow = raw.headerRow;
  if (typeof raw.columns === 'object' && raw.columns !== null) {
    const columns: Partial<Record<NetworkField, number>> = {};
    for (const field of NETWORK_FIELDS) {
      const c = (raw.columns as Record<string, unknown>)[field];
      if (isIndex(c)) columns[field] = c;
    }
    if (Object.keys(columns).length > 0) result.columns = columns;
  }
  return result;
}

export function overridesToSettings(overrides: ReaderOverrides): StoredSettings {
  const empty = overrides.networkSheet === undefined && overrides.reportYear === undefined && overrides.headerRow === undefined && overrides.columns === undefined;
  return { [SETTING_KEYS.overrides]: empty ? '' : JSON.stringify(overrides) };
}

/** A year a Berichtsjahr can be (the range the reader reads years in). */
export function isReportYear(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100;
}

/** What the planner taught the classifier in the pane; [] when none or unreadable. */
export function taughtFromSettings(settings: StoredSettings): TaughtAssignment[] {
  const parsed = parseJson(settings[SETTING_KEYS.taughtTypes]);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((e: unknown) => {
    if (typeof e !== 'object' || e === null) return [];
    const { label, actorType } = e as Record<string, unknown>;
    return typeof label === 'string' && label.trim() !== '' && (typeof actorType === 'string' || actorType === null) ? [{ label, actorType }] : [];
  });
}

/** The planner's teaching with one more (or a changed) entry; the same label replaces its earlier entry. */
export function taughtToSettings(taught: readonly TaughtAssignment[]): StoredSettings {
  return { [SETTING_KEYS.taughtTypes]: taught.length === 0 ? '' : JSON.stringify(taught) };
}

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function parseJson(text: string | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
