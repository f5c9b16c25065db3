import { auditSnapshot } from '../../src/workbook/auditSnapshot';
import { readDocumentSettings } from '../../src/workbook/documentSettings';
import { OfficeWorkbookPort } from '../../src/workbook/office';
import { SETTING_KEYS, SheetToWrite } from '../../src/workbook/port';
import { fakeExcel, FakeExcel, FakeSheetInput } from './officeMock';

const NETWORK: FakeSheetInput = {
  name: 'Netzwerk',
  start: 'B3',
  rows: [
    ['Einrichtung', 'Art', 'Sozialraum'],
    ['Gesundheitsamt', 'Gesundheitsamt', 'Nord'],
    ['Kita Sonnenschein', '', 'Süd'],
    ['Praxis Dr. A', '#N/A', 'Nord'],
  ],
  tables: [{ name: 'Partner', range: 'B3:D6' }],
};
const BUDGET: FakeSheetInput = { name: 'Budget 2027', rows: [['Sozialraum', 'Betrag'], ['Nord', 1000]] };

let fake: FakeExcel;
let syncs: jest.SpyInstance;

function install(inputs: FakeSheetInput[], settings: Record<string, string> = {}): void {
  fake = fakeExcel(inputs, settings);
  (globalThis as unknown as { Excel: unknown; Office: unknown }).Excel = fake.Excel;
  (globalThis as unknown as { Office: unknown }).Office = fake.Office;
  syncs = jest.spyOn(fake.context, 'sync');
}

async function openPort(options = {}): Promise<OfficeWorkbookPort> {
  const port = new OfficeWorkbookPort(options);
  await port.open();
  syncs.mockClear();
  return port;
}

describe('OfficeWorkbookPort.readWorkbook', () => {
  it('reads every sheet, its tables and the settings in exactly one sync', async () => {
    install([NETWORK, BUDGET, { name: 'Leer', rows: [] }], { [SETTING_KEYS.overrides]: '{"networkSheet":"Netzwerk"}' });
    const port = await openPort();
    const snapshot = await port.readWorkbook();
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(snapshot.name).toBe('Netzwerk.xlsx');
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Netzwerk', 'Budget 2027', 'Leer']);
    const net = snapshot.sheets[0];
    expect(net.originRow).toBe(2);
    expect(net.originColumn).toBe(1);
    expect(net.values[0]).toEqual(['Einrichtung', 'Art', 'Sozialraum']);
    // Empty cells are null for the engine; error values become CellError.
    expect(net.values[2]).toEqual(['Kita Sonnenschein', null, 'Süd']);
    expect(net.values[3][1]).toEqual({ error: '#N/A' });
    expect(net.tables).toEqual([{ name: 'Partner', headerRow: 0, firstColumn: 0, columnCount: 3, rowCount: 3 }]);
    expect(snapshot.sheets[1].values).toEqual([['Sozialraum', 'Betrag'], ['Nord', 1000]]);
    expect(snapshot.sheets[2]).toMatchObject({ values: [], originRow: 0, originColumn: 0 });
    expect(snapshot.settings).toEqual({ [SETTING_KEYS.overrides]: '{"networkSheet":"Netzwerk"}' });
  });

  it('learns the layout on its first read (2 syncs), then reads in one', async () => {
    install([NETWORK, BUDGET]);
    const port = new OfficeWorkbookPort();
    await port.readWorkbook();
    expect(syncs).toHaveBeenCalledTimes(2);
    syncs.mockClear();
    await port.readWorkbook();
    expect(syncs).toHaveBeenCalledTimes(1);
  });

  it('notices a sheet added since the last read and reads it with one more sync', async () => {
    install([NETWORK]);
    const port = await openPort();
    fake.addSheet(BUDGET);
    const snapshot = await port.readWorkbook();
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Netzwerk', 'Budget 2027']);
    expect(snapshot.sheets[1].values[1]).toEqual(['Nord', 1000]);
  });

  it('reads a sheet larger than its window in row chunks, completely', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => [`Partner ${i}`, i % 2 === 0 ? 'Kita' : 'Hebamme', i]);
    install([{ name: 'Groß', rows }, BUDGET]);
    const port = await openPort({ firstReadCells: 1000, chunkCells: 1000 });
    const snapshot = await port.readWorkbook();
    const big = snapshot.sheets[0];
    expect(big.values).toHaveLength(1200);
    expect(big.values[1199]).toEqual(['Partner 1199', 'Hebamme', 1199]);
    expect(big.layout?.clipped).toBeUndefined();
    expect(snapshot.sheets[1].values).toEqual([['Sozialraum', 'Betrag'], ['Nord', 1000]]);
    // 1 sync for everything that fits, 1 for where the data lie, then 1200 rows x 3 cells / 999 per chunk = 4 chunk syncs.
    expect(syncs).toHaveBeenCalledTimes(1 + 1 + 4);
  });

  it('reads a list with a note far to the right (XFD1) by its data, not its extent: no row dropped', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`Partner ${i}`, 'Kita', 'Nord']);
    install([{ name: 'Netzwerk', rows: [['Einrichtung', 'Art', 'Sozialraum'], ...rows], cells: { XFD1: 'Notiz: bitte nicht sortieren' } }]);
    const port = await openPort({ maxCells: 10_000 });
    const loads = jest.spyOn(fake.context, 'sync');
    const snapshot = await port.readWorkbook();
    const sheet = snapshot.sheets[0];
    expect(sheet.values).toHaveLength(41);
    expect(sheet.values[40]).toEqual(['Partner 39', 'Kita', 'Nord']);
    expect(sheet.values[0][16383]).toBe('Notiz: bitte nicht sortieren');
    // The used range spans 41 x 16,384 cells, far over the cap; its data are 124 cells.
    expect(sheet.layout?.clipped).toBeUndefined();
    expect(loads.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('keeps the first rows of a sheet whose data exceed the cap, and says how many', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`Partner ${i}`, 'Kita', 'Nord']);
    install([{ name: 'Netzwerk', rows: [['Einrichtung', 'Art', 'Sozialraum'], ...rows] }]);
    const port = await openPort({ firstReadCells: 1000, maxCells: 3000 });
    const snapshot = await port.readWorkbook();
    const sheet = snapshot.sheets[0];
    expect(sheet.layout?.clipped).toEqual({ keptRows: 1000, totalRows: 2001 });
    expect(sheet.values).toHaveLength(1000);
    const result = auditSnapshot(snapshot).result;
    expect(result.findings.find((f) => f.code === 'sheet-clipped')).toMatchObject({ severity: 'warning', sheet: 'Netzwerk', values: { keptRows: 1000, totalRows: 2001 } });
  });
});

const REPORT: SheetToWrite = {
  name: 'Prüfbericht',
  rows: [
    ['Prüfbericht', null],
    ['Partner', '=HYPERLINK("http://x.example","klick")'],
    ['Befehl', '+cmd|\' /C calc\'!A0'],
    ['Sozialraum', 'Budget (€)', 'Bedarf (€)'],
    ['Nord', 1000, 2500],
    ['Süd', 500, null],
  ],
  formulas: { B8: '=FH.SCORE(B5:B6)' },
  numberFormats: [{ range: 'B5:C6', format: '#,##0 "€"' }],
  headingRows: [0, 3],
  columnWidths: [20, 12],
  validations: [{ range: 'C5:C6', list: ['ja', 'nein'] }],
  activate: true,
};
const CHART = { sheet: 'Prüfbericht', name: 'FH_BudgetBedarf', title: 'Budget und Bedarf', dataRange: 'A4:C6', position: 'E4:L18', valueFormat: '#,##0 "€"' };

describe('OfficeWorkbookPort.writeSheets', () => {
  it('writes a new sheet and its chart in exactly one sync, touching no existing sheet', async () => {
    install([NETWORK, { name: 'Prüfbericht', rows: [['von der Planerin']] }]);
    const port = await openPort();
    await port.readWorkbook();
    syncs.mockClear();
    const names = await port.writeSheets([REPORT], [CHART]);
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(names).toEqual(['Prüfbericht (2)']);
    const touched = new Set(fake.log.filter((o) => o.sheet !== undefined).map((o) => o.sheet));
    expect([...touched]).toEqual(['Prüfbericht (2)']);
    expect(fake.cell('Prüfbericht', 'A1')).toBe('von der Planerin');
    expect(fake.settings.get(SETTING_KEYS.ownedSheets)).toBe(JSON.stringify(['Prüfbericht (2)']));
  });

  it('formats text cells as Text before writing their values, so formula-like text stays inert', async () => {
    install([NETWORK]);
    const port = await openPort();
    await port.readWorkbook();
    await port.writeSheets([REPORT]);
    const ops = fake.log.filter((o) => o.sheet === 'Prüfbericht').map((o) => o.op);
    expect(ops.indexOf('numberFormat')).toBeGreaterThanOrEqual(0);
    expect(ops.indexOf('numberFormat')).toBeLessThan(ops.indexOf('values'));
    expect(fake.numberFormat('Prüfbericht', 'B2')).toBe('@');
    expect(fake.cell('Prüfbericht', 'B2')).toBe('=HYPERLINK("http://x.example","klick")');
    expect(fake.numberFormat('Prüfbericht', 'B3')).toBe('@');
    // Numbers keep a number format; our own formula goes through `formulas`.
    expect(fake.numberFormat('Prüfbericht', 'B5')).toBe('#,##0 "€"');
    const formulaOps = fake.log.filter((o) => o.op === 'formulas');
    expect(formulaOps).toEqual([{ op: 'formulas', sheet: 'Prüfbericht', address: 'B8', value: [['=FH.SCORE(B5:B6)']] }]);
    expect(fake.log).toContainEqual({ op: 'validation', sheet: 'Prüfbericht', address: 'C5:C6', value: { list: { inCellDropDown: true, source: 'ja,nein' } } });
    expect(fake.log).toContainEqual({ op: 'activate', sheet: 'Prüfbericht' });
  });

  it('sets the report sheet up for A4 where ExcelApi 1.9 allows, and only wraps text on Excel 2019, in the one write sync', async () => {
    const printed = { ...REPORT, print: { titleRows: '$1:$1', wrap: ['E1:F9'] } };
    install([NETWORK]);
    let port = await openPort();
    await port.writeSheets([printed]);
    expect(syncs).toHaveBeenCalledTimes(1);
    const layout = (sheet: string) => fake.log.filter((o) => o.sheet === sheet && /^(pageLayout|wrapText)/.test(o.op)).map(({ op, address, value }) => ({ op, address, value }));
    expect(layout('Prüfbericht')).toEqual([
      { op: 'wrapText', address: 'E1:F9', value: true },
      { op: 'pageLayout.orientation', address: undefined, value: 'Portrait' },
      { op: 'pageLayout.paperSize', address: undefined, value: 'A4' },
      { op: 'pageLayout.zoom', address: undefined, value: { horizontalFitToPages: 1, verticalFitToPages: 0 } },
      { op: 'pageLayout.printTitleRows', address: undefined, value: '$1:$1' },
    ]);
    install([NETWORK]);
    fake.setExcelApi('1.8');
    port = await openPort();
    await port.writeSheets([printed]);
    expect(layout('Prüfbericht')).toEqual([{ op: 'wrapText', address: 'E1:F9', value: true }]);
  });

  it('creates a clustered column chart over the given ranges', async () => {
    install([NETWORK]);
    const port = await openPort();
    await port.readWorkbook();
    await port.writeSheets([REPORT], [CHART]);
    expect(fake.charts).toHaveLength(1);
    const [chart] = fake.charts;
    expect(chart).toMatchObject({ sheet: 'Prüfbericht', type: 'ColumnClustered', source: 'A4:C6', seriesBy: 'Columns' });
    expect(chart.mock.name).toBe('FH_BudgetBedarf');
    expect(chart.mock.title.text).toBe('Budget und Bedarf');
    expect(chart.mock.axes.valueAxis.numberFormat).toBe('#,##0 "€"');
    expect(fake.log).toContainEqual({ op: 'chartPosition', sheet: 'Prüfbericht', address: 'E4:L18' });
  });

  it('rewrites only a sheet the add-in owns, in place; a planner sheet of that name is left alone', async () => {
    install([NETWORK, { name: 'FH-Diagrammdaten', rows: [['alt']] }, BUDGET], { [SETTING_KEYS.ownedSheets]: '["FH-Diagrammdaten"]' });
    const port = await openPort();
    await port.readWorkbook();
    const names = await port.writeSheets([{ name: 'FH-Diagrammdaten', replaceOwned: true, rows: [['neu']] }]);
    expect(names).toEqual(['FH-Diagrammdaten']);
    expect(fake.sheetNames()).toEqual(['Netzwerk', 'FH-Diagrammdaten', 'Budget 2027']);
    expect(fake.cell('FH-Diagrammdaten', 'A1')).toBe('neu');

    install([NETWORK, { name: 'FH-Diagrammdaten', rows: [['von Hand']] }]);
    const other = await openPort();
    await other.readWorkbook();
    expect(await other.writeSheets([{ name: 'FH-Diagrammdaten', replaceOwned: true, rows: [['neu']] }])).toEqual(['FH-Diagrammdaten (2)']);
    expect(fake.cell('FH-Diagrammdaten', 'A1')).toBe('von Hand');
    expect(fake.log.some((o) => o.op === 'deleteSheet')).toBe(false);
  });

  it('creates a template’s table on its own sheet and finds it on the next read', async () => {
    install([NETWORK]);
    const port = await openPort();
    await port.readWorkbook();
    await port.writeSheets([{ name: 'Netzwerk (2)', rows: [['Titel'], [], ['Name der Einrichtung', 'Akteurstyp'], [null, null]], table: { name: 'FH_Netzwerk', range: 'A3:B4' } }]);
    expect(fake.log).toContainEqual({ op: 'addTable', sheet: 'Netzwerk (2)', address: 'A3:B4' });
    expect(fake.log).toContainEqual({ op: 'tableName', sheet: 'Netzwerk (2)', value: 'FH_Netzwerk' });
    syncs.mockClear();
    const written = (await port.readWorkbook()).sheets.find((s) => s.name === 'Netzwerk (2)');
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(written?.tables).toEqual([{ name: 'FH_Netzwerk', headerRow: 2, firstColumn: 0, columnCount: 2, rowCount: 1 }]);
  });

  it('reads back what it wrote: strings as strings', async () => {
    install([NETWORK]);
    const port = await openPort();
    await port.readWorkbook();
    await port.writeSheets([REPORT]);
    const snapshot = await port.readWorkbook();
    const report = snapshot.sheets.find((s) => s.name === 'Prüfbericht');
    expect(report?.values[1]).toEqual(['Partner', '=HYPERLINK("http://x.example","klick")', null]);
  });

  it('cuts text beyond Excel’s 32,767 characters with an ellipsis instead of failing the write', async () => {
    install([NETWORK]);
    const port = await openPort();
    const long = 'x'.repeat(40_000);
    await port.writeSheets([{ name: 'Lang', rows: [[long, 'kurz']] }]);
    const written = fake.cell('Lang', 'A1') as string;
    expect(written).toHaveLength(32_767);
    expect(written.endsWith('…')).toBe(true);
    expect(fake.cell('Lang', 'B1')).toBe('kurz');
  });
});

describe('OfficeWorkbookPort.selectCell and saveSettings', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    install([NETWORK, BUDGET]);
    const port = await openPort();
    await port.selectCell('Netzwerk', 'C5');
    expect(syncs).toHaveBeenCalledTimes(1);
    expect(fake.log).toEqual([
      { op: 'activate', sheet: 'Netzwerk' },
      { op: 'select', sheet: 'Netzwerk', address: 'C5' },
    ]);
  });

  it('stores settings in the workbook, where the next read finds them', async () => {
    install([NETWORK]);
    const port = await openPort();
    await port.saveSettings({ [SETTING_KEYS.overrides]: '{"headerRow":2}' });
    expect(syncs).toHaveBeenCalledTimes(1);
    expect((await port.readWorkbook()).settings[SETTING_KEYS.overrides]).toBe('{"headerRow":2}');
  });

  it('recalculates the workbook when the column mapping changes, so FH.* cells follow it', async () => {
    install([NETWORK], { [SETTING_KEYS.overrides]: '{"headerRow":2}' });
    const port = await openPort();
    await port.saveSettings({ [SETTING_KEYS.overrides]: '{"headerRow":2}' });
    expect(fake.log.filter((o) => o.op === 'calculate')).toEqual([]);
    await port.saveSettings({ [SETTING_KEYS.overrides]: '{"headerRow":4}' });
    expect(fake.log.filter((o) => o.op === 'calculate')).toEqual([{ op: 'calculate', value: 'Full' }]);
    // Settings are saved through Office.context.document.settings; only the recalculation is a sync.
    expect(syncs).toHaveBeenCalledTimes(1);
  });

  it('keeps the settings where the FH.* functions of the same runtime read them, without a round trip', async () => {
    install([NETWORK], { [SETTING_KEYS.overrides]: '{"headerRow":2}' });
    expect(readDocumentSettings()).toEqual({ [SETTING_KEYS.overrides]: '{"headerRow":2}' });
    const port = await openPort();
    await port.saveSettings({ [SETTING_KEYS.overrides]: '{"headerRow":5}' });
    expect(readDocumentSettings()[SETTING_KEYS.overrides]).toBe('{"headerRow":5}');
  });
});
