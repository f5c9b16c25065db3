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

/**
 * One sheet's used range as plain values. `values[r][c]` sits at sheet row `originRow + r`,
 * column `originColumn + c` (both 0-based), so findings can name the real cell even when the
 * used range does not start at A1.
 */
export interface SheetGrid {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly originRow: number;
  readonly originColumn: number;
  readonly tables?: readonly TableInfo[];
}
