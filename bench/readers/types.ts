/** A cell value as every candidate hands it over; the same shape as the engine's CellValue. */
export type Value = string | number | boolean | null | { error: string };

/** An Excel table on a sheet, as its table part declares it. */
export interface TableRef {
  name: string;
  /** A1 range including header and totals rows, e.g. "A1:H100001". */
  ref: string;
  headerRow: boolean;
  totalsRow: boolean;
}

/**
 * One sheet's values, sparse-friendly: `rows[r][c]` sits at sheet row `originRow + r`, column
 * `originColumn + c` (0-based). Each row is dense only up to its own last value and an empty row
 * is `[]`, so a single far cell costs one row, never a rectangle.
 */
export interface ValueGrid {
  name: string;
  rows: readonly (readonly Value[])[];
  originRow: number;
  originColumn: number;
  /** Undefined when the reader cannot see table parts at all (as opposed to a sheet without tables). */
  tables?: TableRef[];
}

export type Reader = (path: string) => Promise<ValueGrid[]>;
