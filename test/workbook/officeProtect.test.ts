import { OfficeWorkbookPort } from '../../src/workbook/office';
import { SheetToWrite } from '../../src/workbook/port';
import { fakeExcel, FakeExcel } from './officeMock';

/** The add-in's own record sheet (FH-Verlauf) is protected in the same write, after its cells: no password, formatting and sorting allowed. */
describe('OfficeWorkbookPort protects the sheets asked for', () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = fakeExcel([{ name: 'Netzwerk', rows: [['Einrichtung'], ['Jugendamt']] }]);
    (globalThis as unknown as { Excel: unknown; Office: unknown }).Excel = fake.Excel;
    (globalThis as unknown as { Office: unknown }).Office = fake.Office;
  });

  it('protects FH-Verlauf last, in the one sync of the write, and leaves other sheets unprotected', async () => {
    const port = new OfficeWorkbookPort();
    await port.open();
    const syncs = jest.spyOn(fake.context, 'sync');
    const history: SheetToWrite = { name: 'FH-Verlauf', replaceOwned: true, protect: true, rows: [['Datum'], ['2026-11-16']] };
    const report: SheetToWrite = { name: 'Prüfbericht', rows: [['Bericht']] };
    await port.writeSheets([report, history]);
    expect(syncs).toHaveBeenCalledTimes(1);
    const protects = fake.log.filter((o) => o.op === 'protect');
    expect(protects).toEqual([
      { op: 'protect', sheet: 'FH-Verlauf', value: { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, allowSort: true, allowAutoFilter: true } },
    ]);
    const ops = fake.log.filter((o) => o.sheet === 'FH-Verlauf').map((o) => o.op);
    expect(ops[ops.length - 1]).toBe('protect');
  });
});
