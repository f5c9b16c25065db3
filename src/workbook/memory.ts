import { parseA1 } from '../core/address';
import { CellValue, SheetGrid } from '../core/grid';
import { ChartSpec, fitCell, planSheetWrites, SETTING_KEYS, SheetToWrite, StoredSettings, WorkbookPort, WorkbookSnapshot } from './port';

/**
 * A workbook held in memory: the browser preview (built from an .xlsx snapshot), the CLI and tests.
 * Behaves like the Office.js port where it matters to callers: free sheet names, owned-sheet
 * rewrites only, strings kept as text, charts replaced with the sheet they sit on. It computes no formulas: a formula
 * cell reads as empty, and the formula text is kept in `formulas`.
 */
export class MemoryWorkbook implements WorkbookPort {
  private sheets: SheetGrid[];
  private settings: Record<string, string>;
  /** Charts by the spec they were written with, on the sheet name actually used. */
  readonly charts: ChartSpec[] = [];
  readonly selections: { sheet: string; address: string }[] = [];
  /** The add-in's formulas by sheet and A1 address. */
  readonly formulas = new Map<string, Record<string, string>>();
  /** The last write's specs by sheet name used, for tests and the preview. */
  readonly written = new Map<string, SheetToWrite>();
  /** Sheets written with `protect`, as Excel would hold them protected. */
  readonly protectedSheets = new Set<string>();

  private readonly name: string | null;

  constructor(snapshot: WorkbookSnapshot) {
    this.sheets = snapshot.sheets.map(copyGrid);
    this.settings = { ...snapshot.settings };
    this.name = snapshot.name ?? null;
  }

  async readWorkbook(): Promise<WorkbookSnapshot> {
    return { name: this.name, sheets: this.sheets.map(copyGrid), settings: { ...this.settings } };
  }

  async writeSheets(sheets: readonly SheetToWrite[], charts: readonly ChartSpec[] = []): Promise<string[]> {
    const { targets, owned } = planSheetWrites(sheets, this.sheetNames(), this.settings);
    sheets.forEach((spec, i) => {
      const { name, rewrite } = targets[i];
      const grid: SheetGrid = { name, values: spec.rows.map((row) => row.map(fitCell)), originRow: 0, originColumn: 0, tables: tablesOf(spec) };
      if (rewrite) {
        // As in Excel: our own sheet is replaced whole, its old charts with it.
        this.sheets[this.sheets.findIndex((s) => s.name === name)] = grid;
        this.charts.splice(0, this.charts.length, ...this.charts.filter((c) => c.sheet !== name));
      } else {
        this.sheets.push(grid);
      }
      if (spec.protect) this.protectedSheets.add(name);
      else this.protectedSheets.delete(name);
      this.formulas.set(name, { ...(spec.formulas ?? {}) });
      this.written.set(name, spec);
    });
    for (const chart of charts) {
      const target = targets.find((t) => t.requested === chart.sheet);
      if (!target) throw new Error(`Chart on "${chart.sheet}": charts go only on sheets of the same write.`);
      this.charts.push({ ...chart, sheet: target.name });
    }
    this.settings[SETTING_KEYS.ownedSheets] = JSON.stringify(owned);
    return targets.map((t) => t.name);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    if (!this.sheets.some((s) => s.name === sheet)) throw new Error(`No sheet "${sheet}".`);
    this.selections.push({ sheet, address });
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    Object.assign(this.settings, settings);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }
}

function copyGrid(grid: SheetGrid): SheetGrid {
  return { ...grid, values: grid.values.map((row) => [...row] as CellValue[]), tables: grid.tables?.map((t) => ({ ...t })) };
}

/** The table of a written sheet as the reader sees it (header row and size in the written rows). */
function tablesOf(spec: SheetToWrite): SheetGrid['tables'] {
  if (!spec.table) return [];
  const [from, to = from] = spec.table.range.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return [];
  return [{ name: spec.table.name, headerRow: a.row, firstColumn: a.column, columnCount: b.column - a.column + 1, rowCount: b.row - a.row }];
}
