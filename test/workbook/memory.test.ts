import { MemoryWorkbook } from '../../src/workbook/memory';
import { freeSheetName, overridesFromSettings, overridesToSettings, ownedSheets, SETTING_KEYS } from '../../src/workbook/port';

const network = { name: 'Netzwerk', values: [['Einrichtung', 'Art'], ['Gesundheitsamt', 'Gesundheitsamt']], originRow: 0, originColumn: 0 };

describe('MemoryWorkbook', () => {
  it('hands out copies, so a caller cannot change the workbook by accident', async () => {
    const wb = new MemoryWorkbook({ name: 'a.xlsx', sheets: [network], settings: {} });
    const first = await wb.readWorkbook();
    (first.sheets[0].values[0] as unknown[])[0] = 'geändert';
    expect((await wb.readWorkbook()).sheets[0].values[0][0]).toBe('Einrichtung');
    expect(first.name).toBe('a.xlsx');
  });

  it('creates sheets under free names and never rewrites a sheet it did not create', async () => {
    const wb = new MemoryWorkbook({ sheets: [network, { ...network, name: 'Prüfbericht' }], settings: {} });
    const names = await wb.writeSheets([
      { name: 'Prüfbericht', rows: [['neu', '=HYPERLINK("x")']] },
      { name: 'Netzwerk', replaceOwned: true, rows: [['auch neu']] },
    ]);
    expect(names).toEqual(['Prüfbericht (2)', 'Netzwerk (2)']);
    const snapshot = await wb.readWorkbook();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Netzwerk', 'Prüfbericht', 'Prüfbericht (2)', 'Netzwerk (2)']);
    expect(snapshot.sheets[0].values).toEqual(network.values);
    expect(snapshot.sheets[2].values[0]).toEqual(['neu', '=HYPERLINK("x")']);
    expect(ownedSheets(snapshot.settings)).toEqual(['Prüfbericht (2)', 'Netzwerk (2)']);
  });

  it('rewrites its own sheet in place and drops that sheet’s old chart', async () => {
    const wb = new MemoryWorkbook({ sheets: [network], settings: {} });
    const chart = { sheet: 'FH-Diagrammdaten', name: 'FH_Budget', title: 'Budget', dataRange: 'A1:C3', position: 'E1:L15' };
    await wb.writeSheets([{ name: 'FH-Diagrammdaten', replaceOwned: true, rows: [['alt']] }], [chart]);
    await wb.writeSheets([{ name: 'FH-Diagrammdaten', replaceOwned: true, rows: [['neu']] }], [{ ...chart, dataRange: 'A1:C4' }]);
    expect(wb.sheetNames()).toEqual(['Netzwerk', 'FH-Diagrammdaten']);
    expect((await wb.readWorkbook()).sheets[1].values).toEqual([['neu']]);
    expect(wb.charts).toEqual([{ ...chart, dataRange: 'A1:C4' }]);
  });

  it('refuses a chart on a sheet outside the write', async () => {
    const wb = new MemoryWorkbook({ sheets: [network], settings: {} });
    await expect(wb.writeSheets([], [{ sheet: 'Netzwerk', name: 'x', title: 'x', dataRange: 'A1:B2', position: 'D1:H9' }])).rejects.toThrow(/same write/);
  });

  it('reports a written table where the reader expects it', async () => {
    const wb = new MemoryWorkbook({ sheets: [], settings: {} });
    await wb.writeSheets([{ name: 'Netzwerk', rows: [['Titel'], [], ['Name', 'Typ'], ['A', 'B']], table: { name: 'FH_Netzwerk', range: 'A3:B4' } }]);
    expect((await wb.readWorkbook()).sheets[0].tables).toEqual([{ name: 'FH_Netzwerk', headerRow: 2, firstColumn: 0, columnCount: 2, rowCount: 1 }]);
  });

  it('records selections and merges settings', async () => {
    const wb = new MemoryWorkbook({ sheets: [network], settings: { a: '1' } });
    await wb.selectCell('Netzwerk', 'B2');
    await expect(wb.selectCell('Fehlt', 'A1')).rejects.toThrow();
    await wb.saveSettings({ b: '2' });
    expect(wb.selections).toEqual([{ sheet: 'Netzwerk', address: 'B2' }]);
    expect((await wb.readWorkbook()).settings).toEqual({ a: '1', b: '2' });
  });
});

describe('cell text beyond Excel’s limit', () => {
  it('is cut at 32,767 characters with an ellipsis, as in Excel', async () => {
    const wb = new MemoryWorkbook({ sheets: [], settings: {} });
    await wb.writeSheets([{ name: 'Lang', rows: [['y'.repeat(33_000), 7]] }]);
    const [sheet] = (await wb.readWorkbook()).sheets;
    expect((sheet.values[0][0] as string).length).toBe(32_767);
    expect((sheet.values[0][0] as string).endsWith('…')).toBe(true);
    expect(sheet.values[0][1]).toBe(7);
  });
});

describe('port helpers', () => {
  it('picks sheet names Excel accepts and that are free, ignoring case', () => {
    expect(freeSheetName('Prüfbericht 01.02.2027', ['prüfbericht 01.02.2027'])).toBe('Prüfbericht 01.02.2027 (2)');
    expect(freeSheetName('a/b:c?', [])).toBe('a-b-c-');
    const long = 'X'.repeat(40);
    expect(freeSheetName(long, ['X'.repeat(31)])).toBe(`${'X'.repeat(27)} (2)`);
  });

  it('keeps the planner’s column choice through the settings and ignores damaged values', () => {
    const overrides = { networkSheet: 'Partner', headerRow: 3, columns: { name: 1, type: 2 } };
    expect(overridesFromSettings(overridesToSettings(overrides))).toEqual(overrides);
    expect(overridesToSettings({})).toEqual({ [SETTING_KEYS.overrides]: '' });
    expect(overridesFromSettings({ [SETTING_KEYS.overrides]: '{kaputt' })).toEqual({});
    expect(overridesFromSettings({ [SETTING_KEYS.overrides]: '{"headerRow":-1,"columns":{"name":"B","type":4}}' })).toEqual({ columns: { type: 4 } });
  });

  it('keeps a Berichtsjahr chosen in the pane on its own, and drops one that is no year', () => {
    expect(overridesFromSettings(overridesToSettings({ reportYear: 2025 }))).toEqual({ reportYear: 2025 });
    expect(overridesFromSettings({ [SETTING_KEYS.overrides]: '{"reportYear":"2025"}' })).toEqual({});
    expect(overridesFromSettings({ [SETTING_KEYS.overrides]: '{"reportYear":25}' })).toEqual({});
    expect(overridesFromSettings({ [SETTING_KEYS.overrides]: '{"reportYear":2025.5,"networkSheet":"Netzwerk"}' })).toEqual({ networkSheet: 'Netzwerk' });
  });
});
