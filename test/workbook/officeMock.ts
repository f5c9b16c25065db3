/**
 * A small Excel for the Office.js adapter, built on office-addin-mock: ranges, worksheets, tables
 * and settings items are OfficeMockObjects, so reading a property that was not loaded (or before
 * context.sync()) gives the mock's error string instead of data. Collections (worksheets, tables)
 * and the ClientResults of getRowProperties / getCellProperties follow the same rule by hand, since
 * the mock has neither. Writes go to a log in call order and into the cells, so a read after a write
 * sees them. Shared by the adapter tests and the bench.
 *
 * Layout as Excel shows it: hidden rows, struck cells, an AutoFilter (the sheet's or a table's), the
 * sheet's visibility. Range.rowHidden and RangeFont.strikethrough answer true / false / null (mixed)
 * over the range's cells, empty ones included, as Excel does. `setExcelApi('1.8')` makes the fake an
 * Excel 2019: isSetSupported('ExcelApi', '1.9') is false and every 1.9 API used here throws, as Excel
 * rejects a batch with an API it does not have. A ClientResult larger than Excel on the web's 5 MB
 * response limit (counted as JSON, per sync) fails the sync.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { a1, parseA1 } from '../../src/core/address';

export interface FakeSheetInput {
  readonly name: string;
  /** Rows from `start` (default A1). */
  readonly rows: readonly (readonly unknown[])[];
  readonly start?: string;
  /** `filtered`: the table's AutoFilter has criteria. */
  readonly tables?: readonly { readonly name: string; readonly range: string; readonly showHeaders?: boolean; readonly showTotals?: boolean; readonly filtered?: boolean }[];
  /** Single cells anywhere by A1 address (a note far to the right). */
  readonly cells?: Readonly<Record<string, unknown>>;
  /** Hidden rows by Excel's row number (1-based, as in the row headers), whether the planner or a filter hid them. */
  readonly hiddenRows?: readonly number[];
  /** Cells whose font is struck through, by A1 address (empty cells may be struck too). */
  readonly struck?: readonly string[];
  /** The sheet's AutoFilter (its range, header row included) and whether it has criteria. */
  readonly autoFilter?: { readonly range: string; readonly isDataFiltered: boolean };
  readonly visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface Op {
  readonly op: string;
  readonly sheet?: string;
  readonly address?: string;
  readonly value?: unknown;
}

interface Sheet {
  name: string;
  cells: Map<string, unknown>;
  formats: Map<string, unknown>;
  tables: { name: string; r: number; c: number; h: number; w: number; showHeaders: boolean; showTotals: boolean; filtered: boolean }[];
  position: number;
  /** 0-based rows. */
  hiddenRows: Set<number>;
  /** key(row, column) of struck cells. */
  struck: Set<string>;
  autoFilter: (Region & { isDataFiltered: boolean }) | null;
  visibility: string;
}

interface Region {
  r: number;
  c: number;
  h: number;
  w: number;
}

const ERROR_STRINGS = ['Error, property was not loaded', 'Error, context.sync() was not called'];

export interface FakeExcel {
  readonly Excel: { run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> };
  /** The Common API's document settings (Office.context.document.settings) over the same store. */
  readonly Office: unknown;
  readonly context: FakeContext;
  readonly log: Op[];
  /** Cell value as Excel holds it ("" when empty). */
  cell(sheet: string, address: string): unknown;
  numberFormat(sheet: string, address: string): unknown;
  sheetNames(): string[];
  settings: Map<string, string>;
  charts: { sheet: string; type: string; source: string; seriesBy: string; mock: Record<string, any> }[];
  addSheet(input: FakeSheetInput): void;
  /** The ExcelApi version the host supports (default 1.20); '1.8' is Excel 2019. */
  setExcelApi(version: string): void;
  /** Calls of ExcelApi 1.9 layout APIs, by name, in call order. */
  readonly detailCalls: string[];
}

export interface FakeContext {
  workbook: Record<string, any>;
  sync(): Promise<void>;
}

export function fakeExcel(inputs: readonly FakeSheetInput[], settings: Record<string, string> = {}, fileName = 'Netzwerk.xlsx'): FakeExcel {
  const sheets: Sheet[] = [];
  const log: Op[] = [];
  const created: OfficeMockObject[] = [];
  const settingStore = new Map(Object.entries(settings));
  const charts: FakeExcel['charts'] = [];
  const pendingLoads = new Set<string>();
  let loaded = new Set<string>();
  let excelApi = '1.20';
  const detailCalls: string[] = [];
  /** ClientResults queued since the last sync: computed at the sync, as Excel answers then. */
  let pendingResults: { compute: () => unknown; done: (v: unknown) => void }[] = [];

  const track = <T extends OfficeMockObject>(m: T): T => {
    created.push(m);
    return m;
  };
  const supports = (version: string): boolean => compareVersions(excelApi, version) >= 0;
  /** An ExcelApi 1.9 call: refused below 1.9 as Excel 2019 refuses it. */
  const api19 = (name: string): void => {
    if (!supports('1.9')) throw Object.assign(new Error(`ApiNotFound: ${name} needs ExcelApi 1.9`), { code: 'ApiNotFound' });
    detailCalls.push(name);
  };
  /** A ClientResult: its value reads as the mock's error string until a sync has answered it. */
  const clientResult = (compute: () => unknown): { value: unknown } => {
    let value: unknown = ERROR_STRINGS[1];
    pendingResults.push({ compute, done: (v) => (value = v) });
    return {
      get value() {
        return value;
      },
    };
  };
  const find = (name: string): Sheet => {
    const s = sheets.find((x) => x.name === name);
    if (!s) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: 'ItemNotFound' });
    return s;
  };

  function addSheet(input: FakeSheetInput): void {
    const start = parseA1(input.start ?? 'A1') as { row: number; column: number };
    const sheet = newSheet(input.name, sheets.length);
    sheet.visibility = input.visibility ?? 'Visible';
    for (const row of input.hiddenRows ?? []) sheet.hiddenRows.add(row - 1);
    for (const address of input.struck ?? []) {
      const p = parseA1(address) as { row: number; column: number };
      sheet.struck.add(key(p.row, p.column));
    }
    if (input.autoFilter) sheet.autoFilter = { ...regionOf(input.autoFilter.range), isDataFiltered: input.autoFilter.isDataFiltered };
    input.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== '') sheet.cells.set(key(start.row + r, start.column + c), v);
      }),
    );
    for (const [address, v] of Object.entries(input.cells ?? {})) {
      const p = parseA1(address) as { row: number; column: number };
      sheet.cells.set(key(p.row, p.column), v);
    }
    for (const t of input.tables ?? []) {
      const reg = regionOf(t.range);
      sheet.tables.push({ name: t.name, ...reg, showHeaders: t.showHeaders ?? true, showTotals: t.showTotals ?? false, filtered: t.filtered ?? false });
    }
    sheets.push(sheet);
  }
  inputs.forEach(addSheet);

  function usedRegion(sheet: Sheet, within?: Region): Region | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, v] of sheet.cells) {
      if (v === '' || v === null) continue;
      const [r, c] = k.split(',').map(Number);
      if (within && (r < within.r || c < within.c || r >= within.r + within.h || c >= within.c + within.w)) continue;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { r: top, c: left, h: bottom - top + 1, w: right - left + 1 };
  }

  /** Setters that log writes; the mock's own updates (its error strings, its stored value) pass silently. */
  function logged(m: Record<string, any>, props: readonly string[], onSet: (prop: string, v: unknown) => void): void {
    for (const prop of props) {
      let slot: unknown = m[prop];
      Object.defineProperty(m, prop, {
        configurable: true,
        get: () => slot,
        set: (v: unknown) => {
          const internal = ERROR_STRINGS.includes(v as string) || v === m._properties?.get(prop)?._value;
          slot = v;
          if (!internal) onSet(prop, v);
        },
      });
    }
  }

  function rangeMock(sheet: Sheet, reg: Region | null): Record<string, any> {
    const region = reg ?? { r: 0, c: 0, h: 1, w: 1 };
    // Excel could not load values of a range this large either; the port must never ask.
    const huge = region.h * region.w > 5_000_000;
    const values = huge ? [] : Array.from({ length: region.h }, (_, i) => Array.from({ length: region.w }, (_, j) => sheet.cells.get(key(region.r + i, region.c + j)) ?? ''));
    const m = track(
      new OfficeMockObject({
        values,
        rowIndex: region.r,
        columnIndex: region.c,
        rowCount: region.h,
        columnCount: region.w,
        address: `${sheet.name}!${addressOf(region)}`,
        format: { font: {} },
        dataValidation: {},
        getUsedRangeOrNullObject: () => {
          const used = usedRegion(sheet, region);
          return used ? rangeMock(sheet, used) : nullRange(sheet);
        },
        select: () => log.push({ op: 'select', sheet: sheet.name, address: addressOf(region) }),
        getRowProperties: (options: Record<string, unknown>) => {
          api19('getRowProperties');
          onlyOptions(options, ['rowHidden', 'rowIndex', 'address']);
          return clientResult(() =>
            Array.from({ length: region.h }, (_, i) => {
              const row: Record<string, unknown> = {};
              if (options.address) row.address = `${sheet.name}!${addressOf({ ...region, r: region.r + i, h: 1 })}`;
              if (options.rowIndex) row.rowIndex = region.r + i;
              if (options.rowHidden) row.rowHidden = sheet.hiddenRows.has(region.r + i);
              return row;
            }),
          );
        },
        getCellProperties: (options: Record<string, any>) => {
          api19('getCellProperties');
          onlyOptions(options, ['format', 'address']);
          if (options.format) onlyOptions(options.format, ['font']);
          if (options.format?.font) onlyOptions(options.format.font, ['strikethrough']);
          return clientResult(() =>
            Array.from({ length: region.h }, (_, i) =>
              Array.from({ length: region.w }, (_, j) => {
                const cell: Record<string, any> = {};
                if (options.address) cell.address = `${sheet.name}!${a1(region.r + i, region.c + j)}`;
                if (options.format?.font?.strikethrough) cell.format = { font: { strikethrough: sheet.struck.has(key(region.r + i, region.c + j)) } };
                return cell;
              }),
            ),
          );
        },
      }),
    ) as unknown as Record<string, any>;
    m.isNullObject = reg === null;
    // Whole-range probes as Excel answers them: true or false when uniform, null when mixed.
    m.setValue('rowHidden', uniform(countIn(sheet.hiddenRows, (r) => r >= region.r && r < region.r + region.h), region.h));
    // RangeFont.strikethrough is ExcelApi 1.9: an Excel 2019 has no such property to load.
    if (supports('1.9')) m.format.font.setValue('strikethrough', uniform(countIn(sheet.struck, (k) => inRegion(k, region)), region.h * region.w));
    const address = addressOf(region);
    // For the fake's own bookkeeping; `address` itself must be loaded like in Excel.
    Object.defineProperty(m, 'fakeAddress', { value: address });
    logged(m, ['values', 'numberFormat', 'formulas'], (prop, v) => {
      log.push({ op: prop, sheet: sheet.name, address, value: v });
      const matrix = v as unknown[][];
      // Excel rejects an array whose shape differs from the range.
      if (!Array.isArray(matrix) || matrix.length !== region.h || matrix.some((row) => !Array.isArray(row) || row.length !== region.w)) {
        throw Object.assign(new Error(`InvalidArgument: ${prop} of ${address} needs ${region.h}x${region.w}`), { code: 'InvalidArgument' });
      }
      for (let i = 0; i < region.h; i++)
        for (let j = 0; j < region.w; j++) {
          const cellValue = matrix[i][j];
          const k = key(region.r + i, region.c + j);
          if (prop === 'numberFormat') sheet.formats.set(k, cellValue);
          else if (cellValue === '' || cellValue === null) sheet.cells.delete(k);
          else sheet.cells.set(k, cellValue);
        }
    });
    logged(m.format, ['columnWidth', 'wrapText'], (prop, v) => log.push({ op: prop, sheet: sheet.name, address, value: v }));
    logged(m.format.font, ['bold', 'size'], (prop, v) => log.push({ op: `font.${prop}`, sheet: sheet.name, address, value: v }));
    logged(m.dataValidation, ['rule'], (_, v) => log.push({ op: 'validation', sheet: sheet.name, address, value: v }));
    return m;
  }

  function nullRange(sheet: Sheet): Record<string, any> {
    return rangeMock(sheet, null);
  }

  /** An AutoFilter over `region` (none when null): enabled when it exists, isDataFiltered when it has criteria. */
  function autoFilterMock(sheet: Sheet, region: Region | null, isDataFiltered: boolean): Record<string, any> {
    return track(
      new OfficeMockObject({
        enabled: region !== null,
        isDataFiltered: region !== null && isDataFiltered,
        getRangeOrNullObject: () => {
          api19('AutoFilter.getRangeOrNullObject');
          return region ? rangeMock(sheet, { r: region.r, c: region.c, h: region.h, w: region.w }) : nullRange(sheet);
        },
      }),
    ) as unknown as Record<string, any>;
  }

  function worksheetMock(sheet: Sheet): Record<string, any> {
    const m = track(
      new OfficeMockObject({
        name: sheet.name,
        visibility: sheet.visibility,
        getUsedRangeOrNullObject: () => {
          const used = usedRegion(sheet);
          return used ? rangeMock(sheet, used) : nullRange(sheet);
        },
        getRangeByIndexes: (r: number, c: number, h: number, w: number) => rangeMock(sheet, { r, c, h, w }),
        getRange: (address: string) => rangeMock(sheet, regionOf(address)),
        activate: () => log.push({ op: 'activate', sheet: sheet.name }),
        delete: () => {
          log.push({ op: 'deleteSheet', sheet: sheet.name });
          sheets.splice(sheets.indexOf(sheet), 1);
        },
        tables: {
          add: (source: Record<string, any>, hasHeaders: boolean) => {
            const address = source.fakeAddress as string;
            const table: Sheet['tables'][number] = { name: `Table${sheet.tables.length + 1}`, ...regionOf(address), showHeaders: hasHeaders, showTotals: false, filtered: false };
            sheet.tables.push(table);
            log.push({ op: 'addTable', sheet: sheet.name, address });
            const t: Record<string, unknown> = {};
            Object.defineProperty(t, 'name', { get: () => table.name, set: (v: string) => ((table.name = v), log.push({ op: 'tableName', sheet: sheet.name, value: v })) });
            return t;
          },
        },
        charts: {
          add: (type: string, source: Record<string, any>, seriesBy: string) => {
            const chart = new OfficeMockObject({ name: '', title: { text: '' }, legend: { position: '' }, axes: { valueAxis: { numberFormat: '' } }, setPosition: () => undefined }) as unknown as Record<string, any>;
            chart.setPosition = (from: string, to: string) => log.push({ op: 'chartPosition', sheet: sheet.name, address: `${from}:${to}` });
            charts.push({ sheet: sheet.name, type, source: source.fakeAddress, seriesBy, mock: chart });
            log.push({ op: 'addChart', sheet: sheet.name, address: source.fakeAddress, value: type });
            return chart;
          },
        },
        freezePanes: { freezeRows: (n: number) => log.push({ op: 'freezeRows', sheet: sheet.name, value: n }) },
        protection: { protect: (options: unknown) => log.push({ op: 'protect', sheet: sheet.name, value: options }) },
      }),
    ) as unknown as Record<string, any>;
    // Worksheet.pageLayout is ExcelApi 1.9: refused below, as Excel 2019 refuses it.
    Object.defineProperty(m, 'pageLayout', {
      get: () => {
        api19('Worksheet.pageLayout');
        const layout: Record<string, unknown> = { setPrintTitleRows: (rows: string) => log.push({ op: 'pageLayout.printTitleRows', sheet: sheet.name, value: rows }) };
        for (const prop of ['orientation', 'paperSize', 'zoom']) Object.defineProperty(layout, prop, { set: (v: unknown) => log.push({ op: `pageLayout.${prop}`, sheet: sheet.name, value: v }) });
        return layout;
      },
    });
    Object.defineProperty(m, 'autoFilter', {
      get: () => {
        api19('Worksheet.autoFilter');
        return autoFilterMock(sheet, sheet.autoFilter, sheet.autoFilter?.isDataFiltered ?? false);
      },
    });
    Object.defineProperty(m, 'position', { configurable: true, get: () => sheets.indexOf(sheet), set: (p: number) => (sheets.splice(sheets.indexOf(sheet), 1), sheets.splice(p, 0, sheet), log.push({ op: 'position', sheet: sheet.name, value: p })) });
    return m;
  }

  /** A collection whose items may be read only after load('items/…') and a sync, like Office.js. */
  function collection(id: string, items: () => unknown[], extra: Record<string, unknown>): Record<string, any> {
    const c: Record<string, any> = { ...extra, load: (path: string) => (path.split(',').forEach((p) => pendingLoads.add(`${id}:${p.trim()}`)), c) };
    Object.defineProperty(c, 'items', {
      get: () => {
        if (![...loaded].some((p) => p.startsWith(`${id}:items/`))) throw new Error(`${id}.items read without load and sync`);
        return items();
      },
    });
    return c;
  }

  const worksheets = collection('worksheets', () => sheets.map((s) => ({ name: s.name })), {
    getItem: (name: string) => worksheetMock(find(name)),
    add: (name: string) => {
      if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw Object.assign(new Error(`ItemAlreadyExists: ${name}`), { code: 'ItemAlreadyExists' });
      const sheet = newSheet(name, sheets.length);
      sheets.push(sheet);
      log.push({ op: 'addSheet', sheet: name });
      return worksheetMock(sheet);
    },
  });
  const allTables = () => sheets.flatMap((s) => s.tables.map((t) => ({ t, s })));
  const tables = collection('tables', () => allTables().map(({ t, s }) => ({ name: t.name, worksheet: { name: s.name } })), {
    getItem: (name: string) => {
      const found = allTables().find(({ t }) => t.name === name);
      if (!found) throw Object.assign(new Error(`ItemNotFound: table ${name}`), { code: 'ItemNotFound' });
      const { t, s } = found;
      const table = track(
        new OfficeMockObject({ showHeaders: t.showHeaders, showTotals: t.showTotals, getRange: () => rangeMock(s, { r: t.r, c: t.c, h: t.h, w: t.w }) }),
      ) as unknown as Record<string, any>;
      // A table's AutoFilter spans the table, header included; its buttons show with the header row.
      Object.defineProperty(table, 'autoFilter', {
        get: () => {
          api19('Table.autoFilter');
          return autoFilterMock(s, t.showHeaders ? t : null, t.filtered);
        },
      });
      return table;
    },
  });
  // Office.Settings: an in-memory copy the runtime reads synchronously; saveAsync writes it into the document.
  let pending = new Map(settingStore);
  const documentSettings = {
    get: (k: string) => pending.get(k) ?? null,
    set: (k: string, v: string) => pending.set(k, v),
    remove: (k: string) => pending.delete(k),
    saveAsync: (callback: (result: { status: string }) => void) => {
      for (const [k, v] of pending) {
        if (settingStore.get(k) !== v) log.push({ op: 'setting', address: k, value: v });
      }
      settingStore.clear();
      for (const [k, v] of pending) settingStore.set(k, v);
      pending = new Map(settingStore);
      callback({ status: 'succeeded' });
    },
  };
  const requirements = { isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && supports(version ?? '1.1') };
  const office = { context: { document: { settings: documentSettings }, requirements }, AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } };

  const workbook = track(new OfficeMockObject({ name: fileName })) as unknown as Record<string, any>;
  workbook.worksheets = worksheets;
  workbook.tables = tables;
  workbook.application = { calculate: (type: string) => log.push({ op: 'calculate', value: type }) };

  const context: FakeContext = {
    workbook,
    async sync() {
      const results = pendingResults;
      pendingResults = [];
      let bytes = 0;
      for (const r of results) {
        const v = r.compute();
        bytes += JSON.stringify(v).length;
        r.done(v);
      }
      if (bytes > RESPONSE_LIMIT) throw Object.assign(new Error(`ResponsePayloadSizeLimitExceeded: ${bytes} bytes`), { code: 'ResponsePayloadSizeLimitExceeded' });
      for (const m of created) await m.sync();
      loaded = new Set([...loaded, ...pendingLoads]);
      pendingLoads.clear();
    },
  };

  return {
    Excel: { run: async (batch) => batch(context) },
    Office: office,
    context,
    log,
    cell: (sheet, address) => {
      const p = parseA1(address) as { row: number; column: number };
      return find(sheet).cells.get(key(p.row, p.column)) ?? '';
    },
    numberFormat: (sheet, address) => {
      const p = parseA1(address) as { row: number; column: number };
      return find(sheet).formats.get(key(p.row, p.column));
    },
    sheetNames: () => sheets.map((s) => s.name),
    settings: settingStore,
    charts,
    addSheet,
    setExcelApi: (version) => void (excelApi = version),
    detailCalls,
  };
}

/** Excel on the web's limit on one response. */
const RESPONSE_LIMIT = 5 * 1024 * 1024;

function newSheet(name: string, position: number): Sheet {
  return { name, cells: new Map(), formats: new Map(), tables: [], position, hiddenRows: new Set(), struck: new Set(), autoFilter: null, visibility: 'Visible' };
}

function countIn<T>(items: Iterable<T>, within: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (within(item)) n++;
  return n;
}

/** A probe over `total` cells or rows of which `count` have the property. */
function uniform(count: number, total: number): boolean | null {
  return count === 0 ? false : count === total ? true : null;
}

function inRegion(k: string, reg: Region): boolean {
  const [r, c] = k.split(',').map(Number);
  return r >= reg.r && r < reg.r + reg.h && c >= reg.c && c < reg.c + reg.w;
}

/** Options the fake does not model fail loudly: a test never passes on an answer Excel would give differently. */
function onlyOptions(options: Record<string, unknown>, known: readonly string[]): void {
  const unknown = Object.keys(options).filter((k) => !known.includes(k));
  if (unknown.length > 0) throw new Error(`fake Excel does not model ${unknown.join(', ')}`);
}

function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

function key(r: number, c: number): string {
  return `${r},${c}`;
}

function regionOf(address: string): Region {
  const [from, to = from] = address.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) throw Object.assign(new Error(`InvalidArgument: ${address}`), { code: 'InvalidArgument' });
  return { r: a.row, c: a.column, h: b.row - a.row + 1, w: b.column - a.column + 1 };
}

function addressOf(reg: Region): string {
  const from = a1(reg.r, reg.c);
  return reg.h === 1 && reg.w === 1 ? from : `${from}:${a1(reg.r + reg.h - 1, reg.c + reg.w - 1)}`;
}
