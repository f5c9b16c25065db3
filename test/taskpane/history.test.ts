import { SheetGrid } from '../../src/core/grid';
import { historySnapshotOf } from '../../src/core/history/snapshot';
import { TableBlock, TrendChart } from '../../src/report/model';
import { PaneController } from '../../src/taskpane/controller';
import { auditSnapshot } from '../../src/workbook/auditSnapshot';
import { HISTORY_SHEET, readHistory } from '../../src/workbook/historySheet';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { ownedSheets, WorkbookSnapshot } from '../../src/workbook/port';
import { readXlsxBuffer } from '../../src/workbook/xlsx/readXlsx';
import { EXPECTED, exampleSheets, gridsToXlsx, oneYearLater } from '../fixtures/history/oneYearLater';

let example: SheetGrid[];
beforeAll(async () => {
  example = await exampleSheets();
});

const day = (y: number, m: number, d: number) => () => new Date(y, m - 1, d);

/** The planner edits her sheets between two reports; the add-in's own sheets and settings stay as they were. */
async function edited(wb: MemoryWorkbook, edit: (planner: SheetGrid[]) => SheetGrid[]): Promise<MemoryWorkbook> {
  const now = await wb.readWorkbook();
  const own = new Set(ownedSheets(now.settings));
  return new MemoryWorkbook({ sheets: [...edit(now.sheets.filter((s) => !own.has(s.name))), ...now.sheets.filter((s) => own.has(s.name))], settings: now.settings });
}

async function firstReport(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook({ sheets: example, settings: {} });
  await new PaneController(wb, 'de', { today: day(2026, 11, 16) }).writeReport();
  return wb;
}

describe('FH-Verlauf: the Prüfbericht records the audit', () => {
  it('writes one protected sheet of its own, readable back to exactly the audit’s snapshot', async () => {
    const wb = await firstReport();
    const after = await wb.readWorkbook();
    expect(wb.sheetNames()).toEqual([...example.map((s) => s.name), 'Prüfbericht 16.11.2026', HISTORY_SHEET]);
    expect(ownedSheets(after.settings)).toEqual(['Prüfbericht 16.11.2026', HISTORY_SHEET]);
    expect(wb.protectedSheets).toEqual(new Set([HISTORY_SHEET]));
    const expected = historySnapshotOf(auditSnapshot({ sheets: example, settings: {} }).result, '2026-11-16');
    expect(readHistory(after)).toEqual({ sheet: HISTORY_SHEET, snapshots: [expected], kept: [] });
    // A person reads it: a title, a note, a header row, one row per report with the figures in columns.
    const grid = after.sheets.find((s) => s.name === HISTORY_SHEET) as SheetGrid;
    expect(grid.values[2].slice(0, 3)).toEqual(['Datum', 'Berichtsjahr', 'Partner']);
    expect(grid.values[3].slice(0, 3)).toEqual(['2026-11-16', 2027, 31]);
    expect(grid.values[3][9]).toBe('kinderarzt, frauenarzt, geburtsklinik');
  });

  it('is never audited as planner data', async () => {
    const wb = await firstReport();
    const { result } = auditSnapshot(await wb.readWorkbook());
    expect(result).toEqual(auditSnapshot({ sheets: example, settings: {} }).result);
  });

  it('reads back exactly from an .xlsx file as fh-check sees it', async () => {
    const after = await (await firstReport()).readWorkbook();
    const file = readXlsxBuffer(gridsToXlsx(after.sheets, after.settings));
    expect(readHistory(file)).toEqual(readHistory(after));
  });
});

describe('the next audit compares itself with the last report', () => {
  async function nextYear(): Promise<{ wb: MemoryWorkbook; c: PaneController }> {
    const wb = await edited(await firstReport(), oneYearLater);
    return { wb, c: new PaneController(wb, 'de', { today: day(2027, 11, 15) }) };
  }

  it('shows “Entwicklung seit 16.11.2026” right after the Kurzfassung, with exactly the year’s changes', async () => {
    const { c } = await nextYear();
    await c.audit();
    const sections = c.current.doc?.sections ?? [];
    expect(sections.map((s) => s.id).slice(0, 2)).toEqual(['summary', 'history']);
    expect(sections[1].title).toBe('Entwicklung seit 16.11.2026');
    const details = sections.find((s) => s.id === 'historyDetails');
    expect(details?.title).toBe('Entwicklung seit 16.11.2026 im Einzelnen');
    const partners = details?.blocks.find((b): b is TableBlock => b.kind === 'table' && b.caption === 'Partner gewonnen und verloren');
    expect(partners?.rows.map((r) => r.cells)).toEqual([
      ...EXPECTED.won.map((p) => ['gewonnen', expect.any(String), p.name]),
      ...EXPECTED.lost.map((p) => ['nicht mehr dabei', expect.any(String), p.name]),
      ['umbenannt', 'Familienzentrum', 'Familienzentrum Neuenmoor → Familienzentrum Neuenmoor (AWO)'],
    ]);
  });

  it('adds the year to FH-Verlauf; a second report on one day replaces that day’s entry', async () => {
    const { wb, c } = await nextYear();
    await c.writeReport();
    await c.writeReport();
    const history = readHistory(await wb.readWorkbook());
    expect(history.snapshots.map((s) => [s.date, s.reportYear, s.partners, s.budget])).toEqual([
      ['2026-11-16', 2027, 31, EXPECTED.budget.before],
      ['2027-11-15', 2028, 32, EXPECTED.budget.after],
    ]);
    expect(wb.sheetNames().filter((n) => n.startsWith('FH-'))).toEqual([HISTORY_SHEET]);
    // The second report of the day still compares with the year before, not with the first report of the day.
    expect(c.current.doc?.sections[1].title).toBe('Entwicklung seit 16.11.2026');
    expect(c.current.status?.text).toContain('„FH-Verlauf“');
  });

  it('shows the trend over all reports from the third on', async () => {
    const { wb, c } = await nextYear();
    await c.writeReport();
    const third = new PaneController(wb, 'en', { today: day(2028, 11, 20) });
    await third.audit();
    const chart = third.current.doc?.sections.find((s) => s.id === 'historyDetails')?.blocks.find((b): b is TrendChart => b.kind === 'trend');
    const trend = chart?.table;
    expect(trend?.caption).toBe('Over all reports');
    expect(chart?.points.map((p) => p.label)).toEqual(['16 Nov 2026', '15 Nov 2027', '20 Nov 2028']);
    expect(trend?.rows.map((r) => r.cells[0])).toEqual(['16 Nov 2026', '15 Nov 2027', '20 Nov 2028']);
    expect(trend?.rows.map((r) => r.cells[2])).toEqual([
      { kind: 'percent', value: 0.785714 },
      { kind: 'percent', value: 0.928571 },
      { kind: 'percent', value: 0.928571 },
    ]);
    // Written from an English pane, the sheet's headers are English and read back the same.
    await third.writeReport();
    const after = await wb.readWorkbook();
    expect(after.sheets.find((s) => s.name === HISTORY_SHEET)?.values[2][0]).toBe('Date');
    expect(readHistory(after).snapshots.map((s) => s.date)).toEqual(['2026-11-16', '2027-11-15', '2028-11-20']);
  });
});

describe('what the add-in never does', () => {
  it('reads no planner sheet named “FH-Verlauf” as history and never overwrites it', async () => {
    const mine: SheetGrid = { name: HISTORY_SHEET, values: [['Meine Notizen zum Verlauf']], originRow: 0, originColumn: 0 };
    const wb = new MemoryWorkbook({ sheets: [...example, mine], settings: {} });
    const c = new PaneController(wb, 'de', { today: day(2026, 11, 16) });
    await c.writeReport();
    const after = await wb.readWorkbook();
    expect(after.sheets.find((s) => s.name === HISTORY_SHEET)?.values).toEqual([['Meine Notizen zum Verlauf']]);
    expect(readHistory(after).sheet).toBe(`${HISTORY_SHEET} (2)`);
  });

  it('keeps a row of FH-Verlauf it cannot read (edited despite the protection) when it rewrites the sheet', async () => {
    const wb = await firstReport();
    const now: WorkbookSnapshot = await wb.readWorkbook();
    const damaged = now.sheets.map((s) => (s.name === HISTORY_SHEET ? { ...s, values: [...s.values, ['gestern', 'von Hand']] } : s));
    const later = new MemoryWorkbook({ sheets: damaged, settings: now.settings });
    expect(readHistory(await later.readWorkbook()).kept).toEqual([['gestern', 'von Hand']]);
    await new PaneController(later, 'de', { today: day(2027, 11, 15) }).writeReport();
    const history = readHistory(await later.readWorkbook());
    expect(history.snapshots).toHaveLength(2);
    expect(history.kept).toEqual([['gestern', 'von Hand']]);
  });

  it('records nothing when no network list was found', async () => {
    const wb = new MemoryWorkbook({ sheets: [example[1]], settings: {} });
    await new PaneController(wb, 'de', { today: day(2026, 11, 16) }).writeReport();
    expect(wb.sheetNames()).not.toContain(HISTORY_SHEET);
  });
});
