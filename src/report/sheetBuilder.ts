import { a1 } from '../core/address';
import { CellValue } from '../core/grid';
import { SheetToWrite } from '../workbook/port';

/** Builds a sheet row by row and remembers where headings, formats and formulas go. */
export class SheetBuilder {
  readonly rows: CellValue[][] = [];
  private readonly headingRows: number[] = [];
  private readonly numberFormats: { range: string; format: string }[] = [];
  private readonly formulas: Record<string, string> = {};
  private readonly validations: { range: string; list: readonly string[] | string }[] = [];

  /** 0-based index of the next row. */
  get next(): number {
    return this.rows.length;
  }

  /** Appends a row; returns its 0-based index. */
  add(...cells: CellValue[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  heading(text: string): number {
    const r = this.add(text);
    this.headingRows.push(r);
    return r;
  }

  /** A header row of a table: bold like a heading. */
  header(...cells: string[]): number {
    const r = this.add(...cells);
    this.headingRows.push(r);
    return r;
  }

  /** Sets one cell, padding with empty cells (never holes) so every row stays a dense array. */
  set(row: number, column: number, value: CellValue): void {
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row];
    while (cells.length < column) cells.push(null);
    cells[column] = value;
  }

  blank(): void {
    this.rows.push([]);
  }

  format(row: number, column: number, format: string, rows = 1, columns = 1): void {
    this.numberFormats.push({ range: rangeOf(row, column, rows, columns), format });
  }

  /** Our own formula at a cell; the row's value there stays empty. */
  formula(row: number, column: number, formula: string): void {
    while (this.rows.length <= row) this.rows.push([]);
    this.formulas[a1(row, column)] = formula;
  }

  validate(row: number, column: number, rows: number, list: readonly string[] | string): void {
    this.validations.push({ range: rangeOf(row, column, rows, 1), list });
  }

  build(name: string, extra: Partial<SheetToWrite> = {}): SheetToWrite {
    return {
      name,
      rows: this.rows,
      headingRows: this.headingRows,
      numberFormats: this.numberFormats,
      formulas: this.formulas,
      validations: this.validations,
      ...extra,
    };
  }
}

/** A1 range for 0-based row/column and a size. */
export function rangeOf(row: number, column: number, rows = 1, columns = 1): string {
  const from = a1(row, column);
  return rows === 1 && columns === 1 ? from : `${from}:${a1(row + rows - 1, column + columns - 1)}`;
}
