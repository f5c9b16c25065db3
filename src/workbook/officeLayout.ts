/*
 * What a sheet shows beyond its values, read in Excel: the same SheetLayout that fh-check's .xlsx
 * reader fills (src/workbook/xlsx/sheetPart.ts), so a workbook gives the same audit in both. Rows the
 * planner hid and struck-through names make former partners; rows an active AutoFilter hides still count.
 *
 * Cheap first, detail only where needed. The read's first batch loads three whole-range probes per
 * sheet: Worksheet.visibility, Range.rowHidden of the used range (false: no row hidden; true or null:
 * all or some) and its RangeFont.strikethrough (false: nothing struck; true: everything; null: some).
 * A workbook with nothing hidden and nothing struck is then read in its one sync. Only the sheets whose
 * probe says "some" get detail reads, every such sheet in the same one more sync: the row properties of
 * the rows read, the AutoFilters of the sheet and its tables, the cell properties of the cells read.
 *
 * Requirement sets: Worksheet.visibility ExcelApi 1.1, Range.rowHidden 1.2. RangeFont.strikethrough,
 * Range.getRowProperties, Range.getCellProperties, Worksheet.autoFilter, Table.autoFilter and the
 * AutoFilter's enabled, isDataFiltered and getRangeOrNullObject() are ExcelApi 1.9, above the manifest's
 * 1.8 (Excel 2019 stops there): they are used only when Office.context.requirements.isSetSupported
 * ('ExcelApi', '1.9'). Without 1.9 a sheet whose probe finds hidden rows is marked unreadable (its rows
 * count and the audit says so); strikethrough cannot even be probed there, so nothing is said about it.
 */
import { CellRange, CellValue, SheetLayout, UnreadableLayout } from '../core/grid';
import { Block } from './officeBlocks';

/**
 * Row and cell property entries the detail sync may return, across all sheets. A cell comes back as
 * {"format":{"font":{"strikethrough":false}}} (~45 bytes of JSON), a row as {"rowHidden":false}: 80,000
 * entries stay under ~3.6 MB, below the 5 MB Excel on the web allows one response. Reading more would
 * take further syncs; a sheet that large is no partner list, so its part is marked unreadable instead.
 */
export const DETAIL_ENTRIES = 80_000;

/** Whether this Excel has the per-row and per-cell APIs (ExcelApi 1.9: not Excel 2019). */
export function hasLayoutDetail(): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', '1.9');
}

/** What is left of DETAIL_ENTRIES for the current detail sync. */
export class DetailBudget {
  constructor(private left: number = DETAIL_ENTRIES) {}

  take(entries: number): boolean {
    if (entries > this.left) return false;
    this.left -= entries;
    return true;
  }
}

interface FilterRead {
  readonly filter: Excel.AutoFilter;
  readonly range: Excel.Range;
}

/** One sheet's layout read: probes queued at construction, details on request, the layout at the end. */
export class LayoutRead {
  private readonly font: Excel.RangeFont | null;
  private area: Block | null = null;
  private rows: OfficeExtension.ClientResult<Excel.RowProperties[]> | null = null;
  private cells: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null = null;
  private filters: FilterRead[] = [];
  private readonly unreadable: UnreadableLayout[] = [];

  /**
   * Queues the probes in the read's first batch. `used` is the sheet's used range (values only), the
   * range the read takes its values from; `detail` whether this Excel has ExcelApi 1.9.
   */
  constructor(
    private readonly ws: Excel.Worksheet,
    private readonly used: Excel.Range,
    private readonly tables: readonly Excel.Table[],
    private readonly detail: boolean,
  ) {
    ws.load('visibility');
    used.load('rowHidden');
    this.font = detail ? used.format.font : null;
    if (this.font) this.font.load('strikethrough');
  }

  /** After the first sync: queues the detail reads the probes ask for over `area` (the cells read), within `budget`. */
  queueDetail(area: Block, budget: DetailBudget): void {
    if (this.used.isNullObject) return;
    this.area = area;
    if (this.used.rowHidden !== false) {
      if (this.detail && budget.take(area.rowCount)) {
        // Row properties of a one-column slice: rowHidden belongs to the row, whatever the width.
        this.rows = this.ws.getRangeByIndexes(area.rowIndex, area.columnIndex, area.rowCount, 1).getRowProperties({ rowHidden: true });
        this.filters = [this.ws.autoFilter, ...this.tables.map((t) => t.autoFilter)].map((filter) => {
          filter.load('enabled,isDataFiltered');
          const range = filter.getRangeOrNullObject();
          range.load('rowIndex,columnIndex,rowCount,columnCount');
          return { filter, range };
        });
      } else {
        this.unreadable.push('hiddenRows');
      }
    }
    // Without ExcelApi 1.9 not even the probe exists: struck-through names cannot be seen, and the audit says so.
    if (!this.detail) this.unreadable.push('struckUnchecked');
    if (this.font && this.font.strikethrough === null) {
      if (budget.take(area.rowCount * area.columnCount)) {
        this.cells = this.ws.getRangeByIndexes(area.rowIndex, area.columnIndex, area.rowCount, area.columnCount).getCellProperties({ format: { font: { strikethrough: true } } });
      } else {
        this.unreadable.push('struck');
      }
    }
  }

  /** Whether queueDetail asked for anything that needs a sync. */
  get queued(): boolean {
    return this.rows !== null || this.cells !== null;
  }

  /**
   * After the detail sync (when one was queued): the layout of the values read, which start at
   * `originRow`/`originColumn` and end before sheet row `endRow` (a cut sheet keeps its first rows);
   * undefined when the sheet shows nothing beyond its values.
   */
  layout(values: readonly (readonly CellValue[])[], originRow: number, originColumn: number, endRow: number): SheetLayout | undefined {
    const layout: { -readonly [K in keyof SheetLayout]: SheetLayout[K] } = {};
    if (this.ws.visibility === 'Hidden' || this.ws.visibility === 'VeryHidden') layout.hidden = true;
    if (this.rows && this.area) {
      const top = this.area.rowIndex;
      const hidden = this.rows.value.flatMap((row, i) => (row.rowHidden === true && top + i < endRow ? [top + i] : []));
      const active = this.filters.filter(({ filter, range }) => filter.enabled && filter.isDataFiltered && !range.isNullObject).map(({ range }) => cellRangeOf(range));
      // As in the .xlsx reader: a filter's first row is its header, which the filter never hides.
      const filtered = (row: number) => active.some((f) => row > f.top && row <= f.bottom);
      layout.hiddenRows = hidden.filter((r) => !filtered(r));
      layout.filteredRows = hidden.filter(filtered);
      if (active.length > 0) layout.filter = active[0];
    }
    const struck = this.struckCells(values, originRow, originColumn);
    if (struck) layout.struckCells = struck;
    if (this.unreadable.length > 0) layout.unreadable = [...this.unreadable];
    return Object.keys(layout).length > 0 ? layout : undefined;
  }

  /** Struck cells that hold a value (as the .xlsx reader lists them), as sheet [row, column]; undefined when not known. */
  private struckCells(values: readonly (readonly CellValue[])[], originRow: number, originColumn: number): [number, number][] | undefined {
    const filled = (row: number, column: number) => (values[row - originRow]?.[column - originColumn] ?? null) !== null;
    if (this.cells && this.area) {
      const { rowIndex, columnIndex } = this.area;
      const out: [number, number][] = [];
      this.cells.value.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (cell.format?.font?.strikethrough === true && filled(rowIndex + i, columnIndex + j)) out.push([rowIndex + i, columnIndex + j]);
        }),
      );
      return out;
    }
    // The probe said every cell of the used range is struck: every value read is.
    if (this.font && !this.used.isNullObject && this.font.strikethrough === true) {
      const out: [number, number][] = [];
      values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && out.push([originRow + r, originColumn + c])));
      return out;
    }
    return undefined;
  }
}

function cellRangeOf(range: Excel.Range): CellRange {
  return { top: range.rowIndex, left: range.columnIndex, bottom: range.rowIndex + range.rowCount - 1, right: range.columnIndex + range.columnCount - 1 };
}
