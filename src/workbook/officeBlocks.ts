/*
 * Reading a sheet too large for the first read's window, in Excel, at the cost of its data rather
 * than its extent: the used range is cut into blocks of columns, each block's own used range is
 * asked for (one sync for all sheets), and only those are read, in row chunks that keep every
 * response under Excel on the web's 5 MB limit. A note far to the right (XFD1) then costs one cell,
 * not a rectangle. If a sheet's data still exceed the cap, its first rows are kept and the grid
 * says how many, so the audit can say so: never a silent cut.
 */
import { CellValue } from '../core/grid';

/** Columns per block: narrow enough that a far note stays alone in its block. */
export const BLOCK_COLUMNS = 64;

export interface Block {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Queues the used range of every column block of `used` (indices only). */
export function queueBlocks(ws: Excel.Worksheet, used: Block): Excel.Range[] {
  const blocks: Excel.Range[] = [];
  for (let c = 0; c < used.columnCount; c += BLOCK_COLUMNS) {
    const width = Math.min(BLOCK_COLUMNS, used.columnCount - c);
    const block = ws.getRangeByIndexes(used.rowIndex, used.columnIndex + c, used.rowCount, width).getUsedRangeOrNullObject(true);
    block.load('rowIndex,columnIndex,rowCount,columnCount');
    blocks.push(block);
  }
  return blocks;
}

/** The blocks that hold values, and how many rows of the used range fit the cell cap across them. */
export function planBlocks(loaded: readonly Excel.Range[], used: Block, maxCells: number): { blocks: Block[]; keptRows: number } {
  const blocks: Block[] = loaded
    .filter((b) => !b.isNullObject)
    .map((b) => ({ rowIndex: b.rowIndex, columnIndex: b.columnIndex, rowCount: b.rowCount, columnCount: b.columnCount }));
  const cells = blocks.reduce((n, b) => n + b.rowCount * b.columnCount, 0);
  if (cells <= maxCells) return { blocks, keptRows: used.rowCount };
  // Keep the same first rows in every block: the top of the list, where a partner list starts.
  const width = blocks.reduce((n, b) => n + b.columnCount, 0);
  const keptRows = Math.max(1, Math.floor(maxCells / Math.max(1, width)));
  const last = used.rowIndex + keptRows - 1;
  const clipped = blocks
    .filter((b) => b.rowIndex <= last)
    .map((b) => ({ ...b, rowCount: Math.min(b.rowCount, last - b.rowIndex + 1) }));
  return { blocks: clipped, keptRows };
}

/** Every empty row shares this one array. */
const EMPTY: readonly CellValue[] = Object.freeze([]);

/**
 * Assembles block values into ragged rows from `top`/`left` (each row as long as its last value).
 * `put(row, column, value)` takes values as the blocks deliver them, already converted.
 */
export class BlockGrid {
  private readonly rows: CellValue[][] = [];

  constructor(
    readonly top: number,
    readonly left: number,
  ) {}

  put(rowIndex: number, columnIndex: number, values: readonly (readonly CellValue[])[]): void {
    values.forEach((cells, i) => {
      const r = rowIndex + i - this.top;
      let row = this.rows[r];
      cells.forEach((value, j) => {
        if (value === null) return;
        if (!row) row = this.rows[r] = [];
        const c = columnIndex + j - this.left;
        while (row.length < c) row.push(null);
        row[c] = value;
      });
    });
  }

  values(): (readonly CellValue[])[] {
    const out: (readonly CellValue[])[] = new Array<readonly CellValue[]>(this.rows.length);
    for (let r = 0; r < this.rows.length; r++) out[r] = this.rows[r] ?? EMPTY;
    return out;
  }
}
