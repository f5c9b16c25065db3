/** A cell value as every workbook source hands it to the engine (Office.js, exceljs, in-memory). */
export type CellValue = string | number | boolean | null | CellError;

/** An Excel error value such as #DIV/0! or #N/A; kept as a value so the reader can warn instead of failing. */
export interface CellError {
  readonly error: string;
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as { error?: unknown }).error === 'string';
}

/** An Excel table (ListObject) on a sheet: its name and the 0-based position of its header row in `values`. */
export interface TableInfo {
  readonly name: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly columnCount: number;
  readonly rowCount: number;
}

/** A block of cells in 0-based sheet rows and columns, bounds included; never expanded cell by cell. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * What a sheet shows beyond its values, where the source can tell (an .xlsx file, Excel): rows and
 * columns the planner hid, rows an active filter hides, struck-through cells, merged blocks. All in
 * 0-based sheet coordinates, as ranges, so a whole-column merge costs one entry.
 */
/** Hidden rows or struck text seen but not located; 'struckUnchecked': this host cannot see strikethrough at all. */
export type UnreadableLayout = 'hiddenRows' | 'struck' | 'struckUnchecked';

export interface SheetLayout {
  /** The sheet itself is hidden. */
  readonly hidden?: boolean;
  /** Rows hidden by the planner (not by a filter), as sorted 0-based sheet rows. */
  readonly hiddenRows?: readonly number[];
  /** Rows hidden only because an active filter does not show them (they still count). */
  readonly filteredRows?: readonly number[];
  readonly hiddenColumns?: readonly CellRange[];
  /** Cells whose text is struck through, as [row, column]. */
  readonly struckCells?: readonly (readonly [number, number])[];
  readonly merges?: readonly CellRange[];
  /** The range of an active AutoFilter. */
  readonly filter?: CellRange;
  /**
   * What the source saw but could not resolve: rows are hidden or text is struck through somewhere,
   * but this host cannot tell which (Excel without ExcelApi 1.9). Those rows count; the audit says so.
   */
  readonly unreadable?: readonly UnreadableLayout[];
  /** The source read only the first rows of a sheet too large to read whole (the audit says so). */
  readonly clipped?: { readonly keptRows: number; readonly totalRows: number };
}

/**
 * One sheet's used range as plain values. `values[r][c]` sits at sheet row `originRow + r`,
 * column `originColumn + c` (both 0-based), so findings can name the real cell even when the
 * used range does not start at A1. Rows may be ragged (each as long as its last value, an empty
 * row []), so one far cell costs one row, never a rectangle: read `values[r][c] ?? null`.
 */
export interface SheetGrid {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly originRow: number;
  readonly originColumn: number;
  readonly tables?: readonly TableInfo[];
  readonly layout?: SheetLayout;
}
