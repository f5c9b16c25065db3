import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { SheetGrid, SheetLayout } from '../../src/core/grid';
import { auditSnapshot } from '../../src/workbook/auditSnapshot';
import { OfficeWorkbookPort } from '../../src/workbook/office';
import { readXlsxBuffer } from '../../src/workbook/xlsx/readXlsx';
import { fakeExcel, FakeExcel, FakeSheetInput } from './officeMock';

/**
 * Hidden rows, struck-through names, an active filter and hidden sheets, read through the Office.js
 * port: the layout fh-check's .xlsx reader gives, in one sync when nothing is hidden or struck and in
 * two when something is, and an honest "unreadable" where Excel cannot say.
 */

const HEADER = ['Einrichtung', 'Art', 'Sozialraum'];
const ROWS = [
  HEADER, // 1
  ['Jugendamt Landkreis Musterkreis', 'Jugendamt', 'Nord'], // 2
  ['Kita Sonnenschein', 'Kindertagesstätte', 'Nord'], // 3
  ['Gesundheitsamt', 'Gesundheitsamt', 'Süd'], // 4
  ['Hebammenpraxis Lindner', 'Hebamme', 'Süd'], // 5: crossed out
  ['Kinderarztpraxis Dr. Weiß', 'Kinderarzt', 'Nord'], // 6
  ['Erziehungsberatungsstelle', 'Erziehungsberatung', 'Süd'], // 7: hidden by the filter
  [], // 8: its empty C8 carries a strikethrough format
  ['Frühförderstelle Lebenshilfe', 'Frühförderung', 'Nord'], // 9: hidden by the planner, below the filter
];
/** The list as a planner keeps it: a crossed-out partner, a row hidden by hand, the list filtered. */
const LIST: FakeSheetInput = {
  name: 'Netzwerk',
  rows: ROWS,
  hiddenRows: [7, 9],
  struck: ['A5', 'B5', 'C5', 'C8'],
  autoFilter: { range: 'A1:C7', isDataFiltered: true },
};
const PLAIN: FakeSheetInput = { name: 'Netzwerk', rows: ROWS };
const BUDGET: FakeSheetInput = { name: 'Budget 2027', rows: [['Sozialraum', 'Betrag'], ['Nord', 1000]] };
const OLD: FakeSheetInput = { name: 'Alt', rows: [['Liste 2019']], visibility: 'Hidden' };

/** What LIST's layout must be, in 0-based sheet coordinates. */
const LIST_LAYOUT: SheetLayout = {
  hiddenRows: [8],
  filteredRows: [6],
  filter: { top: 0, left: 0, bottom: 6, right: 2 },
  struckCells: [
    [4, 0],
    [4, 1],
    [4, 2],
  ],
};

let fake: FakeExcel;
let syncs: jest.SpyInstance;

function install(inputs: FakeSheetInput[]): void {
  fake = fakeExcel(inputs);
  (globalThis as unknown as { Excel: unknown; Office: unknown }).Excel = fake.Excel;
  (globalThis as unknown as { Office: unknown }).Office = fake.Office;
  syncs = jest.spyOn(fake.context, 'sync');
}

async function read(inputs: FakeSheetInput[], options = {}, excelApi?: string): Promise<readonly SheetGrid[]> {
  install(inputs);
  if (excelApi) fake.setExcelApi(excelApi);
  const port = new OfficeWorkbookPort(options);
  await port.open();
  syncs.mockClear();
  return (await port.readWorkbook()).sheets;
}

const sheet = (sheets: readonly SheetGrid[], name: string) => sheets.find((s) => s.name === name) as SheetGrid;

describe('OfficeWorkbookPort reads what a sheet shows beyond its values', () => {
  it('reads a workbook with nothing hidden and nothing struck in one sync, without a detail call', async () => {
    const sheets = await read([PLAIN, BUDGET]);
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(fake.detailCalls).toEqual([]);
    expect(sheets.map((s) => s.layout)).toEqual([undefined, undefined]);
  });

  it('knows a hidden sheet and a wholly struck sheet from the first batch alone', async () => {
    const crossed: FakeSheetInput = { name: 'Gestrichen', rows: [['Praxis Alt', 'Kinderarzt']], struck: ['A1', 'B1'] };
    const sheets = await read([PLAIN, OLD, crossed]);
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(fake.detailCalls).toEqual([]);
    expect(sheet(sheets, 'Alt').layout).toEqual({ hidden: true });
    expect(sheet(sheets, 'Gestrichen').layout).toEqual({
      struckCells: [
        [0, 0],
        [0, 1],
      ],
    });
  });

  it('reads hidden rows, struck cells and the active filter in exactly one more sync, for all sheets together', async () => {
    const second: FakeSheetInput = { name: 'Netzwerk Süd', start: 'B2', rows: [HEADER, ['Familienbildungsstätte', 'Familienbildung', 'Süd']], hiddenRows: [3] };
    const sheets = await read([LIST, BUDGET, OLD, second]);
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(sheet(sheets, 'Netzwerk').layout).toEqual(LIST_LAYOUT);
    expect(sheet(sheets, 'Netzwerk Süd').layout).toEqual({ hiddenRows: [2], filteredRows: [] });
    expect(sheet(sheets, 'Budget 2027').layout).toBeUndefined();
    expect(sheet(sheets, 'Alt').layout).toEqual({ hidden: true });
    // Details only for the sheets whose probes said "some": two row reads, one cell read.
    expect([...fake.detailCalls].sort()).toEqual(['getCellProperties', 'getRowProperties', 'getRowProperties', 'Worksheet.autoFilter', 'Worksheet.autoFilter', 'AutoFilter.getRangeOrNullObject', 'AutoFilter.getRangeOrNullObject'].sort());
  });

  it('audits the crossed-out and the hidden partner as former and counts the filtered one', async () => {
    install([LIST, BUDGET]);
    const port = new OfficeWorkbookPort();
    const { result } = auditSnapshot(await port.readWorkbook());
    expect(result.former.map((f) => [f.name, f.reason, f.cell])).toEqual([
      ['Hebammenpraxis Lindner', 'struck', 'A5'],
      ['Frühförderstelle Lebenshilfe', 'hidden', 'A9'],
    ]);
    expect(result.actors).toBe(5);
    expect(result.findings.find((f) => f.code === 'former-partners')?.values).toMatchObject({ count: 2, reasons: { struck: 1, hidden: 1 } });
    expect(result.findings.find((f) => f.code === 'filtered-rows-counted')).toMatchObject({ sheet: 'Netzwerk', cell: 'A7', values: { count: 1 } });
    expect(result.findings.some((f) => f.code === 'layout-unreadable')).toBe(false);
  });

  it('counts rows hidden inside a filtered table as filtered, and those of an unfiltered table as hidden', async () => {
    const table = (filtered: boolean): FakeSheetInput => ({ name: 'Netzwerk', rows: ROWS, hiddenRows: [7, 9], tables: [{ name: 'Partner', range: 'A1:C7', filtered }] });
    let sheets = await read([table(true)]);
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(sheet(sheets, 'Netzwerk').layout).toEqual({ hiddenRows: [8], filteredRows: [6], filter: { top: 0, left: 0, bottom: 6, right: 2 } });
    sheets = await read([table(false)]);
    expect(sheet(sheets, 'Netzwerk').layout).toEqual({ hiddenRows: [6, 8], filteredRows: [] });
  });

  it('takes rows hidden under an AutoFilter without criteria as hidden by the planner', async () => {
    const sheets = await read([{ ...LIST, struck: [], autoFilter: { range: 'A1:C7', isDataFiltered: false } }]);
    expect(sheet(sheets, 'Netzwerk').layout).toEqual({ hiddenRows: [6, 8], filteredRows: [] });
  });

  it('without ExcelApi 1.9 (Excel 2019) says the hidden rows are unreadable, in one sync, and counts them', async () => {
    install([LIST, BUDGET]);
    fake.setExcelApi('1.8');
    const port = new OfficeWorkbookPort();
    await port.open();
    syncs.mockClear();
    const snapshot = await port.readWorkbook();
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(fake.detailCalls).toEqual([]);
    // Strikethrough has no probe before 1.9: the audit says it could not look, and claims nothing struck.
    expect(sheet(snapshot.sheets, 'Netzwerk').layout).toEqual({ unreadable: ['hiddenRows', 'struckUnchecked'] });
    const { result } = auditSnapshot(snapshot);
    expect(result.findings.find((f) => f.code === 'layout-unreadable')).toMatchObject({ severity: 'warning', sheet: 'Netzwerk', values: { sheet: 'Netzwerk', what: ['hiddenRows', 'struckUnchecked'] } });
    expect(result.former).toEqual([]);
    expect(result.actors).toBe(7);
  });

  it('without ExcelApi 1.9 and nothing hidden: a note that strikethrough could not be checked, the list counted whole', async () => {
    const sheets = await read([{ ...LIST, hiddenRows: [], struck: [] }], {}, '1.8');
    expect(syncs).toHaveBeenCalledTimes(1);
    const { result } = auditSnapshot({ name: 'x.xlsx', sheets, settings: {} });
    expect(result.findings.find((f) => f.code === 'layout-unreadable')).toMatchObject({ severity: 'info', values: { what: ['struckUnchecked'] } });
  });

  it('keeps the detail response under Excel on the web’s 5 MB: a sheet whose cells would exceed it is marked unreadable', async () => {
    // 2,500 rows x 50 columns: their cell properties alone would be ~5.6 MB of JSON, which the fake (like Excel) refuses.
    const rows = [HEADER, ...Array.from({ length: 2499 }, (_, i) => Array.from({ length: 50 }, (_, c) => (c === 0 ? `Partner ${i}` : c)))];
    const sheets = await read([{ name: 'Export', rows, struck: ['A2'], hiddenRows: [3] }]);
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(sheet(sheets, 'Export').layout).toEqual({ hiddenRows: [2], filteredRows: [], unreadable: ['struck'] });
  });

  it('reads the layout of a sheet read by column blocks in the sync that finds the blocks', async () => {
    const rows = [HEADER, ...Array.from({ length: 1199 }, (_, i) => [`Partner ${i}`, i % 2 === 0 ? 'Kita' : 'Hebamme', 'Nord'])];
    const plain = await read([{ name: 'Groß', rows }], { firstReadCells: 1000, chunkCells: 1000 });
    const plainSyncs = syncs.mock.calls.length;
    expect(plain[0].layout).toBeUndefined();
    const sheets = await read([{ name: 'Groß', rows, hiddenRows: [500, 1100], struck: ['A700'] }], { firstReadCells: 1000, chunkCells: 1000 });
    // 1 sync for everything that fits, 1 for where the blocks' data lie (details included), 1200 x 3 cells in 4 chunks.
    expect(syncs).toHaveBeenCalledTimes(plainSyncs);
    expect(plainSyncs).toBe(1 + 1 + 4);
    expect(sheets[0].values).toHaveLength(1200);
    expect(sheets[0].layout).toEqual({ hiddenRows: [499, 1099], filteredRows: [], struckCells: [[699, 0]] });
  });

  it('keeps only the layout of the rows it read from a sheet cut at the cap', async () => {
    const rows = [HEADER, ...Array.from({ length: 2000 }, (_, i) => [`Partner ${i}`, 'Kita', 'Nord'])];
    const sheets = await read([{ name: 'Netzwerk', rows, hiddenRows: [10, 1500], struck: ['A20', 'A1600'] }], { firstReadCells: 1000, maxCells: 3000 });
    expect(sheets[0].layout).toEqual({ hiddenRows: [9], filteredRows: [], struckCells: [[19, 0]], clipped: { keptRows: 1000, totalRows: 2001 } });
  });
});

/** LIST as an .xlsx file that Excel would write: struck font, hidden rows, the AutoFilter with its criteria, a hidden sheet. */
async function listXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Netzwerk');
  ROWS.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  for (const ref of LIST.struck ?? []) ws.getCell(ref).font = { strike: true };
  for (const r of LIST.hiddenRows ?? []) ws.getRow(r).hidden = true;
  ws.autoFilter = 'A1:C7';
  wb.addWorksheet('Budget 2027').addRows(BUDGET.rows as unknown[][]);
  wb.addWorksheet('Alt', { state: 'hidden' }).addRows(OLD.rows as unknown[][]);
  const files = unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  // exceljs writes no filter criteria: the filter shows every name but the Erziehungsberatungsstelle's.
  const shown = ROWS.slice(1, 6).map(([name]) => `<filter val="${name}"/>`).join('');
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']);
  const filtered = xml.replace(/<autoFilter ref="A1:C7"\s*\/>/, `<autoFilter ref="A1:C7"><filterColumn colId="0"><filters>${shown}</filters></filterColumn></autoFilter>`);
  expect(filtered).not.toBe(xml);
  files['xl/worksheets/sheet1.xml'] = strToU8(filtered);
  return Buffer.from(zipSync(files));
}

describe('the same workbook through Office.js and through the .xlsx reader', () => {
  it('gives the same layout, the same partners and the same former partners', async () => {
    const file = readXlsxBuffer(await listXlsx(), 'Netzwerk.xlsx');
    install([LIST, BUDGET, OLD]);
    const inExcel = await new OfficeWorkbookPort().readWorkbook();

    const seen = (grid: SheetGrid) => ({
      hidden: grid.layout?.hidden ?? false,
      hiddenRows: grid.layout?.hiddenRows ?? [],
      filteredRows: grid.layout?.filteredRows ?? [],
      filter: grid.layout?.filter,
      struckCells: [...(grid.layout?.struckCells ?? [])].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
    });
    expect(file.sheets.map((s) => s.name)).toEqual(inExcel.sheets.map((s) => s.name));
    expect(inExcel.sheets.map(seen)).toEqual(file.sheets.map(seen));
    expect(seen(sheet(inExcel.sheets, 'Netzwerk'))).toEqual({ hidden: false, ...LIST_LAYOUT });

    const viaFile = auditSnapshot(file).result;
    const viaExcel = auditSnapshot(inExcel).result;
    expect(viaExcel.actors).toBe(viaFile.actors);
    expect(viaExcel.former).toEqual(viaFile.former);
    expect(viaExcel.former.map((f) => f.name)).toEqual(['Hebammenpraxis Lindner', 'Frühförderstelle Lebenshilfe']);
    const codes = (r: typeof viaFile) => r.findings.map((f) => [f.code, f.cell, f.values]);
    expect(codes(viaExcel)).toEqual(codes(viaFile));
  });
});
