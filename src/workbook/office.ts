/*
 * The workbook port on Office.js (Excel). Every call here is covered by the requirement sets the
 * manifest declares: ExcelApi 1.8 (highest used: DataValidation and ChartAxis.numberFormat 1.8;
 * getRangeByIndexes, freezePanes, workbook.name 1.7; getUsedRangeOrNullObject, getItemOrNullObject
 * 1.4; Range.rowHidden, Worksheet.protection 1.2; Worksheet.visibility 1.1), except the layout details of officeLayout.ts
 * (RangeFont.strikethrough, Range.getRowProperties, Range.getCellProperties, Worksheet.autoFilter,
 * Table.autoFilter: ExcelApi 1.9), which are used only where
 * Office.context.requirements.isSetSupported('ExcelApi', '1.9') says the host has them, and the
 * report sheet's page layout (Worksheet.pageLayout, ExcelApi 1.9: officePrint.ts), likewise.
 * The add-in's settings go through Office.context.document.settings (documentSettings.ts).
 *
 * Round trips (each context.sync() is one, seconds each in Excel on the web):
 * - readWorkbook: 1 sync. The sheet and table names it needs come from the layout the port already
 *   knows (open() at pane start, then every read); the same batch reloads the names, and only when
 *   they changed since (a sheet added or renamed) does it read once more with the new layout.
 *   The same batch probes each sheet's layout (officeLayout.ts): hidden, any row hidden, any text
 *   struck. Only when a probe says "some" (and ExcelApi 1.9 is there) is one more sync made, for the
 *   details of all such sheets together.
 *   A sheet is read through a window from A1 sized so one response stays far below Excel on the web's
 *   5 MB limit; a sheet whose used range is larger than its window is read by column blocks
 *   (officeBlocks.ts): one more sync to find the blocks' data (the layout details ride along), then
 *   row chunks of CHUNK_CELLS cells, one sync each.
 * - writeSheets: 1 sync, whatever is written. selectCell, saveSettings, open: 1 sync each.
 */
import { parseA1 } from '../core/address';
import { CellValue, SheetGrid, TableInfo } from '../core/grid';
import { readDocumentSettings, writeDocumentSettings } from './documentSettings';
import { BlockGrid, planBlocks, queueBlocks } from './officeBlocks';
import { DetailBudget, hasLayoutDetail, LayoutRead } from './officeLayout';
import { printLayout } from './officePrint';
import { ChartSpec, fitCell, planSheetWrites, SETTING_KEYS, SheetToWrite, StoredSettings, WorkbookPort, WorkbookSnapshot } from './port';

/** Cells the first read may load across all sheets (~20 bytes each in JSON: about 4 MB at most). */
const FIRST_READ_CELLS = 200_000;
/** Columns of the first-read window; wider sheets are read in chunks. */
const WINDOW_COLUMNS = 64;
const WINDOW_ROWS_MIN = 200;
const WINDOW_ROWS_MAX = 5_000;
/** Cells per chunk sync for sheets larger than their window. */
const CHUNK_CELLS = 200_000;
/** Cells of data read per sheet at most: no partner list is that long, and it bounds the syncs; a cut is reported. */
const MAX_CELLS_PER_SHEET = 2_000_000;
/** Excel's column width unit is points; one character of the default font is about this wide. */
const POINTS_PER_CHARACTER = 6;

interface Layout {
  readonly sheets: readonly string[];
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
}

/** What one sheet's part of the read batch asks for. */
interface SheetRead {
  readonly name: string;
  readonly ws: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly head: Excel.Range;
  readonly windowRows: number;
  readonly tables: { readonly name: string; readonly table: Excel.Table; readonly range: Excel.Range }[];
  readonly layout: LayoutRead;
}

interface ReadBatch {
  readonly sheets: readonly SheetRead[];
  readonly worksheetList: Excel.WorksheetCollection;
  readonly tableList: Excel.TableCollection;
  readonly workbook: Excel.Workbook;
}

export interface OfficeWorkbookOptions {
  /** Test hooks: a smaller first-read budget forces the block path; a smaller cap forces a cut. */
  readonly firstReadCells?: number;
  readonly chunkCells?: number;
  readonly maxCells?: number;
}

export class OfficeWorkbookPort implements WorkbookPort {
  private layout: Layout | null = null;
  private readonly firstReadCells: number;
  private readonly chunkCells: number;
  private readonly maxCells: number;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.firstReadCells = options.firstReadCells ?? FIRST_READ_CELLS;
    this.chunkCells = options.chunkCells ?? CHUNK_CELLS;
    this.maxCells = options.maxCells ?? MAX_CELLS_PER_SHEET;
  }

  /** Learns the sheet and table names (1 sync), so that every later read takes a single round trip. */
  async open(): Promise<void> {
    await Excel.run(async (context) => {
      const { worksheetList, tableList } = queueLayout(context.workbook);
      await context.sync();
      this.layout = layoutOf(worksheetList, tableList);
    });
  }

  /** The sheet names as last seen (for the column-mapping dropdown before the first audit). */
  knownSheets(): readonly string[] {
    return this.layout?.sheets ?? [];
  }

  async readWorkbook(): Promise<WorkbookSnapshot> {
    if (!this.layout) await this.open();
    try {
      return await this.readOnce();
    } catch (e) {
      // A sheet or table of the known layout was deleted or renamed between two reads: learn the new one.
      if (errorCode(e) !== 'ItemNotFound') throw e;
      await this.open();
      return this.readOnce();
    }
  }

  private async readOnce(): Promise<WorkbookSnapshot> {
    return Excel.run(async (context) => {
      let batch = this.queueRead(context, this.layout as Layout);
      await context.sync();
      const current = layoutOf(batch.worksheetList, batch.tableList);
      if (!sameLayout(current, this.layout as Layout)) {
        // Sheets were added or renamed since the last look: one more round trip with the new names.
        this.layout = current;
        batch = this.queueRead(context, current);
        await context.sync();
      }
      const sheets = await this.collect(context, batch);
      return { sheets, settings: readDocumentSettings(), name: batch.workbook.name };
    });
  }

  private queueRead(context: Excel.RequestContext, layout: Layout): ReadBatch {
    const workbook = context.workbook;
    workbook.load('name');
    const { worksheetList, tableList } = queueLayout(workbook);
    const windowRows = clamp(Math.floor(this.firstReadCells / WINDOW_COLUMNS / Math.max(1, layout.sheets.length)), WINDOW_ROWS_MIN, WINDOW_ROWS_MAX);
    const detail = hasLayoutDetail();
    const sheets = layout.sheets.map((name): SheetRead => {
      const ws = workbook.worksheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      // The window's own used range: the sheet's values when they fit, clipped when they do not.
      const head = ws.getRangeByIndexes(0, 0, windowRows, WINDOW_COLUMNS).getUsedRangeOrNullObject(true);
      head.load('values,rowIndex,columnIndex,rowCount,columnCount');
      const tables = layout.tables
        .filter((t) => t.sheet === name)
        .map((t) => {
          const table = workbook.tables.getItem(t.name);
          table.load('showHeaders,showTotals');
          const range = table.getRange();
          range.load('rowIndex,columnIndex,rowCount,columnCount');
          return { name: t.name, table, range };
        });
      return { name, ws, used, head, windowRows, tables, layout: new LayoutRead(ws, used, tables.map((t) => t.table), detail) };
    });
    return { sheets, worksheetList, tableList, workbook };
  }

  /**
   * Turns the loaded batch into grids. One more sync only when needed, for everything at once: where
   * the data of sheets larger than their window lie, and the layout details the probes asked for.
   */
  private async collect(context: Excel.RequestContext, batch: ReadBatch): Promise<SheetGrid[]> {
    const budget = new DetailBudget();
    const plans = batch.sheets.map((read) => {
      const { used, head } = read;
      if (used.isNullObject) return { read, blocks: null };
      read.layout.queueDetail(used, budget);
      const fits = used.rowIndex + used.rowCount <= read.windowRows && used.columnIndex + used.columnCount <= WINDOW_COLUMNS;
      return { read, blocks: fits && !head.isNullObject ? null : queueBlocks(read.ws, used) };
    });
    if (plans.some((p) => p.blocks !== null) || batch.sheets.some((r) => r.layout.queued)) await context.sync();
    const grids: SheetGrid[] = [];
    for (const { read, blocks } of plans) {
      const { used, head } = read;
      if (used.isNullObject) {
        grids.push({ name: read.name, values: [], originRow: 0, originColumn: 0, tables: [], layout: read.layout.layout([], 0, 0, 0) });
      } else if (!blocks) {
        const grid = gridOf(read, head.values, head.rowIndex, head.columnIndex);
        grids.push({ ...grid, layout: read.layout.layout(grid.values, grid.originRow, grid.originColumn, used.rowIndex + used.rowCount) });
      } else {
        grids.push(await this.readBlocks(context, read, blocks));
      }
    }
    return grids;
  }

  /** Reads only the column blocks that hold values, in row chunks; says how many rows were kept if the cap cut the sheet. */
  private async readBlocks(context: Excel.RequestContext, read: SheetRead, loaded: readonly Excel.Range[]): Promise<SheetGrid> {
    const { used, ws } = read;
    const { blocks, keptRows } = planBlocks(loaded, used, this.maxCells);
    const grid = new BlockGrid(used.rowIndex, used.columnIndex);
    for (const block of blocks) {
      const step = Math.max(1, Math.floor(this.chunkCells / block.columnCount));
      for (let start = 0; start < block.rowCount; start += step) {
        const chunk = ws.getRangeByIndexes(block.rowIndex + start, block.columnIndex, Math.min(step, block.rowCount - start), block.columnCount);
        chunk.load('values');
        // Deliberate: one response must stay under Excel on the web's 5 MB limit, so a huge sheet takes one sync per chunk.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        grid.put(block.rowIndex + start, block.columnIndex, chunk.values.map((row) => row.map(cellValueOf)));
      }
    }
    const values = grid.values();
    const seen = read.layout.layout(values, used.rowIndex, used.columnIndex, used.rowIndex + keptRows);
    const clipped = keptRows < used.rowCount ? { keptRows, totalRows: used.rowCount } : undefined;
    const layout = clipped ? { ...seen, clipped } : seen;
    return { name: read.name, values, originRow: used.rowIndex, originColumn: used.columnIndex, tables: tablesOf(read, used.rowIndex, used.columnIndex), layout };
  }

  async writeSheets(sheets: readonly SheetToWrite[], charts: readonly ChartSpec[] = []): Promise<string[]> {
    if (!this.layout) await this.open();
    const layout = this.layout as Layout;
    const { targets, owned } = planSheetWrites(sheets, layout.sheets, readDocumentSettings());
    await Excel.run(async (context) => {
      const workbook = context.workbook;
      const written = new Map<string, Excel.Worksheet>();
      // All sheets first, then their cells: a template's dropdowns and formulas refer to sheets of the same write.
      sheets.forEach((spec, i) => {
        const { name, rewrite } = targets[i];
        if (rewrite) {
          // Our own sheet: replace it at the same place, charts and all, so a refresh leaves nothing stale.
          workbook.worksheets.getItem(name).delete();
          const ws = workbook.worksheets.add(name);
          ws.position = layout.sheets.indexOf(name);
          written.set(spec.name, ws);
        } else {
          written.set(spec.name, workbook.worksheets.add(name));
        }
      });
      for (const spec of sheets) writeGrid(written.get(spec.name) as Excel.Worksheet, spec);
      for (const chart of charts) {
        const ws = written.get(chart.sheet);
        if (!ws) throw new Error(`Chart on "${chart.sheet}": charts go only on sheets of the same write.`);
        addChart(ws, chart);
      }
      const shown = sheets.findIndex((s) => s.activate);
      if (shown >= 0) written.get(sheets[shown].name)?.activate();
      await context.sync();
    });
    await writeDocumentSettings({ [SETTING_KEYS.ownedSheets]: JSON.stringify(owned) });
    const added = targets.filter((t) => !t.rewrite).map((t) => t.name);
    const newTables = sheets.flatMap((s, i) => (s.table ? [{ name: s.table.name, sheet: targets[i].name }] : []));
    this.layout = { sheets: [...layout.sheets, ...added], tables: [...layout.tables, ...newTables] };
    return targets.map((t) => t.name);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    const before = readDocumentSettings();
    // The FH functions read the column mapping and the taught types: a change to either must recalculate them.
    const read = [SETTING_KEYS.overrides, SETTING_KEYS.taughtTypes] as const;
    const mappingChanged = read.some((key) => key in settings && settings[key] !== (before[key] ?? ''));
    await writeDocumentSettings(settings);
    if (!mappingChanged) return;
    // FH.* cells read these settings, which Excel cannot see as an input: recalculate them.
    await Excel.run(async (context) => {
      context.workbook.application.calculate('Full');
      await context.sync();
    });
  }
}

function queueLayout(workbook: Excel.Workbook): { worksheetList: Excel.WorksheetCollection; tableList: Excel.TableCollection } {
  const worksheetList = workbook.worksheets;
  worksheetList.load('items/name');
  const tableList = workbook.tables;
  tableList.load('items/name,items/worksheet/name');
  return { worksheetList, tableList };
}

export interface OfficeSession {
  readonly port: OfficeWorkbookPort;
  readonly displayLanguage: string;
  /** Calls `listener` now and whenever Office's theme may have changed, with whether it is dark. */
  readonly followTheme: (listener: (dark: boolean) => void) => void;
}

/** Office's theme is dark; null when the host does not say (the browser's own setting then decides, in CSS). */
function officeThemeDark(): boolean | null {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  return background ? luminance(background) < 0.4 : null;
}

/** Waits for Office.js; null outside Excel (a plain browser, where Office.onReady reports no host). */
export async function connectOffice(): Promise<OfficeSession | null> {
  if (typeof Office === 'undefined') return null;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return null;
  const followTheme = (listener: (dark: boolean) => void): void => {
    let last: boolean | null = null;
    const check = () => {
      const dark = officeThemeDark();
      if (dark !== null && dark !== last) listener((last = dark));
    };
    check();
    // Excel raises no theme event for add-ins everywhere: look again whenever the pane comes back
    // into view or focus, and take the event where the host offers it.
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    Office.context.document?.addHandlerAsync?.(Office.EventType.OfficeThemeChanged, check, () => undefined);
  };
  return { port: new OfficeWorkbookPort(), displayLanguage: Office.context.displayLanguage, followTheme };
}

/** Relative luminance (0 black … 1 white) of a "#rrggbb" colour. */
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function layoutOf(worksheetList: Excel.WorksheetCollection, tableList: Excel.TableCollection): Layout {
  return {
    sheets: worksheetList.items.map((ws) => ws.name),
    tables: tableList.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  };
}

function sameLayout(a: Layout, b: Layout): boolean {
  const key = (l: Layout) => JSON.stringify([l.sheets, [...l.tables].sort((x, y) => x.name.localeCompare(y.name))]);
  return key(a) === key(b);
}

function gridOf(read: SheetRead, raw: unknown[][], originRow: number, originColumn: number): SheetGrid {
  return { name: read.name, values: raw.map((row) => row.map(cellValueOf)), originRow, originColumn, tables: tablesOf(read, originRow, originColumn) };
}

function tablesOf(read: SheetRead, originRow: number, originColumn: number): TableInfo[] {
  const tables: TableInfo[] = [];
  for (const { name, table, range } of read.tables) {
    const headerRow = range.rowIndex - originRow;
    if (!table.showHeaders || headerRow < 0) continue;
    tables.push({
      name,
      headerRow,
      firstColumn: range.columnIndex - originColumn,
      columnCount: range.columnCount,
      rowCount: Math.max(0, range.rowCount - 1 - (table.showTotals ? 1 : 0)),
    });
  }
  return tables;
}

const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;

/** Office.js gives "" for empty cells and error values as their text; the engine wants null and CellError. */
function cellValueOf(v: unknown): CellValue {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string' || v === '') return null;
  return ERROR_VALUE.test(v) ? { error: v } : v;
}

/**
 * Writes one sheet's cells in the current batch. Every string cell gets the Text number format ("@")
 * before its value: Excel then stores what we write literally, as when a planner types into a Text
 * cell, so "=HYPERLINK(…)", "+cmd|…" or "1/2" stay inert text (no formula, no DDE, no date). An
 * apostrophe prefix would also work but becomes part of what copy-and-paste carries along.
 */
function writeGrid(ws: Excel.Worksheet, spec: SheetToWrite): void {
  const height = spec.rows.length;
  const width = spec.rows.reduce((w, row) => Math.max(w, row.length), 0);
  if (height > 0 && width > 0) {
    const range = ws.getRangeByIndexes(0, 0, height, width);
    const cells = spec.rows.map((row) => Array.from({ length: width }, (_, c) => fitCell(row[c] ?? null)));
    range.numberFormat = cells.map((row) => row.map((v) => (typeof v === 'string' || (v !== null && typeof v === 'object') ? '@' : 'General')));
    range.values = cells.map((row) => row.map((v) => (v === null ? '' : typeof v === 'object' ? v.error : v)));
  }
  for (const { range, format } of spec.numberFormats ?? []) ws.getRange(range).numberFormat = filled(range, format);
  for (const [address, formula] of Object.entries(spec.formulas ?? {})) ws.getRange(address).formulas = [[formula]];
  for (const r of spec.headingRows ?? []) {
    const heading = ws.getRangeByIndexes(r, 0, 1, Math.max(1, width));
    heading.format.font.bold = true;
    if (r === 0) heading.format.font.size = 14;
  }
  (spec.columnWidths ?? []).forEach((chars, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = chars * POINTS_PER_CHARACTER;
  });
  for (const { range, list } of spec.validations ?? []) {
    ws.getRange(range).dataValidation.rule = { list: { inCellDropDown: true, source: typeof list === 'string' ? list : list.join(',') } };
  }
  if (spec.table) {
    // A Range, not an address string: an address without a sheet name would mean the active sheet.
    const table = ws.tables.add(ws.getRange(spec.table.range), true);
    table.name = spec.table.name;
  }
  if (spec.freezeRows) ws.freezePanes.freezeRows(spec.freezeRows);
  if (spec.print) printLayout(ws, spec.print);
  // Last, once every cell and format is in place; no password, so a planner can lift it deliberately.
  if (spec.protect) ws.protection.protect({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, allowSort: true, allowAutoFilter: true });
}

function addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const chart = ws.charts.add('ColumnClustered', ws.getRange(spec.dataRange), 'Columns');
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.legend.position = 'Bottom';
  const [from, to] = spec.position.split(':');
  chart.setPosition(from, to);
  if (spec.valueFormat) chart.axes.valueAxis.numberFormat = spec.valueFormat;
}

/** A matrix of one value in the shape of an A1 range: Excel wants the range's exact shape. */
function filled(address: string, value: string): string[][] {
  const [from, to = from] = address.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) throw new Error(`Not an A1 range: ${address}`);
  return Array.from({ length: b.row - a.row + 1 }, () => new Array<string>(b.column - a.column + 1).fill(value));
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : undefined;
}
