import { CellRange, CellValue, SheetGrid, SheetLayout, TableInfo } from '../../core/grid';

/** Excel's last row and column (0-based); a cell beyond them is a damaged or hostile file. */
export const MAX_ROW = 1048575;
export const MAX_COLUMN = 16383;

/** Every empty row shares this one array, so a far cell costs one pointer per skipped row. */
const EMPTY: readonly CellValue[] = Object.freeze([]);

/** A table as its part declares it, in sheet coordinates. */
export interface TableSpan extends CellRange {
  readonly name: string;
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
}

/**
 * Collects cells row by row into a ragged SheetGrid: each row as long as its last value, empty
 * rows shared. Shared-string cells wait for the strings (Excel writes them after the sheets).
 */
export class GridBuilder {
  private readonly rows: (readonly CellValue[])[] = [];
  private row: CellValue[] = [];
  private rowIndex = -1;
  /** Shared-string cells seen before their strings: (row, column, index) triples. */
  private pending = new Int32Array(3 * 1024);
  private pendingLength = 0;

  /** Sets one value; rows arrive in ascending order (the format requires it), columns in any order. */
  set(rowIndex: number, column: number, value: CellValue): void {
    if (value === null) return;
    this.at(rowIndex, column);
    put(this.row, column, value);
  }

  /** A cell holding shared string `index`, resolved by {@link finish}. */
  setShared(rowIndex: number, column: number, index: number): void {
    this.at(rowIndex, column);
    put(this.row, column, null);
    // A typed array: Excel's part order leaves every string cell of a sheet pending, millions of them.
    if (this.pendingLength + 3 > this.pending.length) {
      const grown = new Int32Array(this.pending.length * 2);
      grown.set(this.pending);
      this.pending = grown;
    }
    this.pending[this.pendingLength++] = rowIndex;
    this.pending[this.pendingLength++] = column;
    this.pending[this.pendingLength++] = index;
  }

  /** Calls `each` for every shared-string cell (for struck-through rich text). */
  forEachShared(each: (row: number, column: number, index: number) => void): void {
    for (let i = 0; i < this.pendingLength; i += 3) each(this.pending[i], this.pending[i + 1], this.pending[i + 2]);
  }

  finish(name: string, sharedStrings: readonly string[], tables: readonly TableSpan[], layout: SheetLayout): SheetGrid {
    this.commit();
    const rows = this.rows;
    const pending = this.pending.subarray(0, this.pendingLength);
    for (let i = 0; i < pending.length; i += 3) {
      const s = sharedStrings[pending[i + 2]];
      (rows[pending[i]] as CellValue[])[pending[i + 1]] = s ? s : null;
    }
    // A shared string may have been empty: trim the rows placeholders were put in.
    for (let i = 0; i < pending.length; i += 3) {
      const row = rows[pending[i]] as CellValue[];
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      if (row.length === 0) rows[pending[i]] = EMPTY;
    }
    this.pending = new Int32Array(0);
    this.pendingLength = 0;
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();

    // The used range also spans the planner's tables (an empty table is still a list to fill in).
    let top = rows.findIndex((r) => r.length > 0);
    let bottom = rows.length - 1;
    let left = MAX_COLUMN + 1;
    for (let r = Math.max(0, top); r <= bottom; r++) {
      const row = rows[r];
      for (let c = 0; c < row.length && c < left; c++) {
        if (row[c] !== null) {
          left = c;
          break;
        }
      }
    }
    for (const t of tables) {
      top = top < 0 ? t.top : Math.min(top, t.top);
      bottom = Math.max(bottom, t.bottom);
      left = Math.min(left, t.left);
    }
    if (top < 0 || left > MAX_COLUMN) return { name, values: [], originRow: 0, originColumn: 0, tables: [], layout };
    let values: (readonly CellValue[])[] = rows.slice(top, bottom + 1);
    while (values.length < bottom - top + 1) values.push(EMPTY);
    if (left > 0) values = values.map((row) => (row === undefined || row.length <= left ? EMPTY : row.slice(left)));
    else values = values.map((row) => row ?? EMPTY);
    const infos: TableInfo[] = tables
      .filter((t) => t.headerRow)
      .map((t) => ({
        name: t.name,
        headerRow: t.top - top,
        firstColumn: t.left - left,
        columnCount: t.right - t.left + 1,
        // Data rows only, as Excel counts a table's rows (without header and totals).
        rowCount: Math.max(0, t.bottom - t.top - (t.totalsRow ? 1 : 0)),
      }));
    return { name, values, originRow: top, originColumn: left, tables: infos, layout };
  }

  private at(rowIndex: number, column: number): void {
    if (rowIndex < 0 || rowIndex > MAX_ROW || column < 0 || column > MAX_COLUMN) {
      throw new RangeError(`cell at row ${rowIndex + 1}, column ${column + 1} lies outside Excel's grid`);
    }
    if (rowIndex === this.rowIndex) return;
    this.commit();
    this.rowIndex = rowIndex;
    // A row that comes back (out of order, or split in two) keeps filling its existing array.
    const existing = this.rows[rowIndex];
    this.row = existing !== undefined && existing !== EMPTY ? (existing as CellValue[]) : [];
  }

  private commit(): void {
    if (this.rowIndex < 0 || this.row.length === 0) return;
    const rows = this.rows;
    if (rows.length < this.rowIndex) {
      // One native fill instead of a million pushes when a far cell follows the list.
      const from = rows.length;
      rows.length = this.rowIndex;
      rows.fill(EMPTY, from);
    }
    rows[this.rowIndex] = this.row;
  }
}

function put(row: CellValue[], column: number, value: CellValue): void {
  if (column < row.length) {
    row[column] = value;
    return;
  }
  while (row.length < column) row.push(null);
  row.push(value);
}
