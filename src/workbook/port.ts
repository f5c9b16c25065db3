import { SheetGrid, CellValue } from '../core/grid';

/** Values the add-in keeps in the workbook's document settings (e.g. the planner's column mapping). */
export type StoredSettings = Readonly<Record<string, string>>;

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetGrid[];
  readonly settings: StoredSettings;
}

/** A sheet the add-in writes: plain rows; strings are written as text, never as formulas. */
export interface SheetToWrite {
  /** Wanted name; the port picks a free variant ("… (2)") if it exists and returns the name used. */
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** Our own formulas (e.g. =FH.COVERAGE(...)) by A1 address; only the add-in's own text goes here. */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Rows (0-based) to format as headings / table headers. */
  readonly headingRows?: readonly number[];
  readonly columnWidths?: readonly number[];
  /** Optional list validations: A1 range → allowed values. */
  readonly validations?: readonly { readonly range: string; readonly values: readonly string[] }[];
  /** Optional Excel table over part of the rows. */
  readonly table?: { readonly name: string; readonly range: string };
}

export interface ChartSpec {
  /** Sheet that holds the chart's source data and the chart. */
  readonly sheet: string;
  readonly title: string;
  /** A1 range of category labels plus series columns, header row included (e.g. "A20:C26"). */
  readonly dataRange: string;
  /** Top-left cell where the chart goes. */
  readonly anchor: string;
  /** Our name for the chart, so a refresh finds the chart we created and nothing else. */
  readonly name: string;
}

/**
 * The one door between the UI and a workbook. Implementations: Office.js (real Excel) and
 * in-memory (CLI, preview, tests). Each method is one read batch or one write batch.
 */
export interface WorkbookPort {
  readWorkbook(): Promise<WorkbookSnapshot>;
  /** Creates new sheets (never touches existing ones) and charts on them, in one batch; returns the sheet names used. */
  writeSheets(sheets: readonly SheetToWrite[], charts?: readonly ChartSpec[]): Promise<string[]>;
  /** Adds the chart, or replaces the chart of the same name that the add-in created earlier. */
  upsertChart(chart: ChartSpec): Promise<void>;
  selectCell(sheet: string, address: string): Promise<void>;
  saveSettings(settings: StoredSettings): Promise<void>;
}
