import { TableRef, Value, ValueGrid } from './types';

/** Excel's last row and column (0-based); a cell beyond them is a damaged or hostile file. */
export const MAX_ROW = 1048575;
export const MAX_COLUMN = 16383;

/** Every empty row shares this one array, so a far cell costs one pointer per skipped row. */
const EMPTY: readonly Value[] = Object.freeze([]);

/**
 * Collects cells row by row into a {@link ValueGrid}. Every candidate reader goes through it, so
 * trimming and origins are decided in one place and the comparison sees only real differences.
 */
export class GridBuilder {
  private readonly rows: (readonly Value[])[] = [];
  private row: Value[] = [];
  private rowIndex = -1;
  /** Shared-string cells seen before the shared strings part: (row, column, index) triples. */
  private pending = new Int32Array(3 * 1024);
  private pendingLength = 0;

  /** Sets one value; rows should arrive in ascending order (the format requires it), columns in any order. */
  set(rowIndex: number, column: number, value: Value): void {
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
      const grown = new Int32Array(Math.max(3 * 1024, this.pending.length * 2));
      grown.set(this.pending);
      this.pending = grown;
    }
    this.pending[this.pendingLength++] = rowIndex;
    this.pending[this.pendingLength++] = column;
    this.pending[this.pendingLength++] = index;
  }

  finish(name: string, sharedStrings: readonly string[] | null, tables?: TableRef[]): ValueGrid {
    this.commit();
    this.rowIndex = -1;
    this.row = [];
    const rows = this.rows;
    const pending = this.pending.subarray(0, this.pendingLength);
    this.pending = new Int32Array(0);
    this.pendingLength = 0;
    for (let i = 0; i < pending.length; i += 3) {
      const s = sharedStrings?.[pending[i + 2]];
      (rows[pending[i]] as Value[])[pending[i + 1]] = s ? s : null;
    }
    // A shared string may have been empty: trim the rows placeholders were put in.
    for (let i = 0; i < pending.length; i += 3) {
      const row = rows[pending[i]] as Value[];
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      if (row.length === 0) rows[pending[i]] = EMPTY;
    }
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();

    let originRow = 0;
    while (originRow < rows.length && rows[originRow].length === 0) originRow++;
    let originColumn = MAX_COLUMN + 1;
    for (let r = originRow; r < rows.length && originColumn > 0; r++) {
      const row = rows[r];
      for (let c = 0; c < row.length && c < originColumn; c++) {
        if (row[c] !== null) {
          originColumn = c;
          break;
        }
      }
    }
    if (originRow >= rows.length) return { name, rows: [], originRow: 0, originColumn: 0, tables };
    let out = originRow > 0 ? rows.slice(originRow) : rows;
    if (originColumn > 0) out = out.map((row) => (row.length === 0 ? EMPTY : row.slice(originColumn)));
    return { name, rows: out, originRow, originColumn, tables };
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
    this.row = existing !== undefined && existing !== EMPTY ? (existing as Value[]) : [];
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

function put(row: Value[], column: number, value: Value): void {
  if (column < row.length) {
    row[column] = value;
    return;
  }
  while (row.length < column) row.push(null);
  row.push(value);
}
