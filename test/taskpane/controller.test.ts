import { SheetGrid } from '../../src/core/grid';
import { placeOf } from '../../src/core/address';
import { PaneController } from '../../src/taskpane/controller';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { overridesFromSettings, WorkbookPort } from '../../src/workbook/port';
import { readXlsxFile } from '../../src/workbook/xlsx/readXlsx';

let example: readonly SheetGrid[];
beforeAll(async () => {
  example = (await readXlsxFile('examples/netzwerk-beispiel.xlsx')).sheets;
});

const today = () => new Date(2027, 1, 1);

/** A partner list whose header the reader cannot recognise ("Spalte 1", "Spalte 2", …). */
const UNLABELLED: SheetGrid = {
  name: 'Liste',
  values: [
    ['Spalte 1', 'Spalte 2', 'Spalte 3'],
    ['Nord', 'Stadt Musterstadt', 'x'],
    ['Süd', 'Praxis am Markt', 'y'],
  ],
  originRow: 0,
  originColumn: 0,
};

describe('PaneController', () => {
  it('audits the workbook and says what it found', async () => {
    const wb = new MemoryWorkbook({ sheets: example, settings: {} });
    const c = new PaneController(wb, 'de', { today });
    const result = await c.audit();
    expect(result?.networkSheet).toBe('Netzwerk Frühe Hilfen');
    const count = (s: string) => result?.findings.filter((f) => f.severity === s).length;
    expect(count('error')).toBeGreaterThan(0);
    expect(c.current.status).toEqual({ kind: 'info', text: `Geprüft: ${result?.actors} Partner, ${count('error')} Fehler, ${count('warning')} Warnungen.` });
    expect(c.current.busy).toBeNull();
  });

  it('sees an edit on the next audit', async () => {
    const wb = new MemoryWorkbook({ sheets: example, settings: {} });
    const c = new PaneController(wb, 'de', { today });
    const before = await c.audit();
    const network = (await wb.readWorkbook()).sheets[0];
    const edited = { ...network, values: [...network.values, ['Kinderarztpraxis Dr. Neu', 'Kinderarzt', null, 'Heidekamp']] };
    const c2 = new PaneController(new MemoryWorkbook({ sheets: [edited, ...example.slice(1)], settings: {} }), 'de', { today });
    const after = await c2.audit();
    expect(after?.actors).toBe((before?.actors ?? 0) + 1);
    expect(after?.missingActorTypes.map((m) => m.id)).not.toContain('kinderarzt');
  });

  it('writes the Prüfbericht with its chart and leaves the planner’s sheets as they were', async () => {
    const wb = new MemoryWorkbook({ sheets: example, settings: {} });
    const c = new PaneController(wb, 'de', { today });
    expect(await c.writeReport()).toBe('Prüfbericht 01.02.2027');
    expect(await c.writeReport()).toBe('Prüfbericht 01.02.2027 (2)');
    const after = await wb.readWorkbook();
    expect(after.sheets.slice(0, example.length)).toEqual(example);
    expect(wb.charts.map((ch) => ch.sheet)).toEqual(['Prüfbericht 01.02.2027', 'Prüfbericht 01.02.2027 (2)']);
    expect(c.current.status?.kind).toBe('success');
  });

  it('refreshes its own budget chart sheet instead of adding another', async () => {
    const wb = new MemoryWorkbook({ sheets: example, settings: {} });
    const c = new PaneController(wb, 'en', { today });
    expect(await c.budgetChart()).toBe('FH-Diagrammdaten');
    expect(await c.budgetChart()).toBe('FH-Diagrammdaten');
    expect(wb.sheetNames().filter((n) => n.startsWith('FH-'))).toEqual(['FH-Diagrammdaten']);
    expect(wb.charts).toHaveLength(1);
  });

  it('explains a missing budget instead of drawing an empty chart', async () => {
    const c = new PaneController(new MemoryWorkbook({ sheets: [example[0]], settings: {} }), 'de', { today });
    expect(await c.budgetChart()).toBeNull();
    expect(c.current.status?.kind).toBe('error');
    expect(c.current.status?.text).toMatch(/Kein Budgetblatt/);
  });

  it('selects the cell of a finding', async () => {
    const wb = new MemoryWorkbook({ sheets: example, settings: {} });
    const c = new PaneController(wb, 'de', { today });
    const result = await c.audit();
    const finding = result?.findings.find((f) => f.cell !== null);
    await c.select(finding as { sheet: string; cell: string });
    expect(wb.selections).toEqual([{ sheet: finding?.sheet, address: finding?.cell }]);
    expect(c.current.status?.text).toBe(`Ausgewählt: ${placeOf(finding?.sheet as string, finding?.cell as string)}`);
  });

  it('lets the planner name sheet and columns when the list is not found, and keeps the choice', async () => {
    const wb = new MemoryWorkbook({ sheets: [UNLABELLED], settings: {} });
    const c = new PaneController(wb, 'de', { today });
    const first = await c.audit();
    expect(first?.networkSheet).toBeNull();
    expect(first?.findings.map((f) => f.code)).toContain('network-sheet-not-found');
    const choice = { networkSheet: 'Liste', headerRow: 0, columns: { sozialraum: 0, name: 1 } };
    const second = await c.saveMapping(choice);
    expect(second?.networkSheet).toBe('Liste');
    expect(second?.actors).toBe(2);
    expect(overridesFromSettings((await wb.readWorkbook()).settings)).toEqual(choice);
    // The next session starts from the saved choice.
    expect((await new PaneController(wb, 'de').audit())?.networkSheet).toBe('Liste');
  });

  it('turns a failing workbook call into a sentence and runs one action at a time', async () => {
    const failing: WorkbookPort = {
      readWorkbook: () => new Promise((_, reject) => setTimeout(() => reject(new Error('Die Arbeitsmappe ist gesperrt.')), 10)),
      writeSheets: async () => [],
      selectCell: async () => undefined,
      saveSettings: async () => undefined,
    };
    const c = new PaneController(failing, 'de');
    const [first, second] = await Promise.all([c.audit(), c.writeReport()]);
    expect(first).toBeNull();
    expect(second).toBeNull();
    expect(c.current.status).toEqual({ kind: 'error', text: 'Das hat nicht geklappt: Die Arbeitsmappe ist gesperrt.' });
  });

  it('quotes sheet names in places as Excel does', () => {
    expect(placeOf('Budget', 'D3')).toBe('Budget!D3');
    expect(placeOf('Netzwerk Frühe Hilfen', 'F11')).toBe("'Netzwerk Frühe Hilfen'!F11");
    expect(placeOf("Anna's Liste", 'A1')).toBe("'Anna''s Liste'!A1");
  });
});
