import { CellValue, SheetGrid } from '../../../src/core/grid';
import { readWorkbookModel } from '../../../src/core/reader/readWorkbook';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, originRow: 0, originColumn: 0 });
const budget = (name: string, amount: number) => grid(name, [['Sozialraum', 'Maßnahme', 'Betrag'], ['Nord', 'Lotsendienst', amount], ['Süd', 'Elterncafé', 100]]);
const settings = (year: number) => grid('Einstellungen', [['Berichtsjahr', year], ['Kinder 0–3', 1200]]);
const total = (m: ReturnType<typeof readWorkbookModel>) => m.budget?.lines.reduce((s, l) => s + l.amount, 0) ?? null;
const codes = (m: ReturnType<typeof readWorkbookModel>) => m.findings.map((f) => f.code);

describe('one budget sheet per year', () => {
  const years = [budget('Budget 2025', 900), budget('Budget 2026', 1100), budget('Budget 2024', 700)];

  test('without a Berichtsjahr the newest sheet is read, and said with the sheets left out', () => {
    const m = readWorkbookModel(years);
    expect(m.budget?.sheet).toBe('Budget 2026');
    expect(total(m)).toBe(1200);
    const chosen = m.findings.find((f) => f.code === 'budget-sheet-chosen');
    expect(chosen?.values).toEqual({ sheet: 'Budget 2026', year: 2026, basis: 'newest', others: ['Budget 2025', 'Budget 2024'] });
    expect(chosen?.sheet).toBe('Budget 2026');
  });

  test('the Berichtsjahr from the Einstellungen sheet picks its sheet', () => {
    const m = readWorkbookModel([...years, settings(2025)]);
    expect(m.budget?.sheet).toBe('Budget 2025');
    expect(total(m)).toBe(1000);
    expect(m.findings.find((f) => f.code === 'budget-sheet-chosen')?.values).toMatchObject({ year: 2025, basis: 'settings' });
  });

  test('a Berichtsjahr no sheet belongs to leaves the budget unknown, never another year\'s', () => {
    const m = readWorkbookModel([...years, settings(2027)]);
    expect(m.budget).toBeNull();
    expect(m.findings.find((f) => f.code === 'budget-year-missing')?.values).toEqual({ year: 2027, available: [2024, 2025, 2026], scope: 'sheet' });
  });

  test('a single sheet named for another year is not the Berichtsjahr\'s budget', () => {
    const m = readWorkbookModel([budget('Budget 2027', 500), settings(2026)]);
    expect(m.budget).toBeNull();
    expect(codes(m)).toContain('budget-year-missing');
    // Without a Berichtsjahr, or with its own year, the one sheet is simply the budget.
    expect(total(readWorkbookModel([budget('Budget 2027', 500)]))).toBe(600);
    expect(total(readWorkbookModel([budget('Budget 2027', 500), settings(2027)]))).toBe(600);
    expect(codes(readWorkbookModel([budget('Budget 2027', 500)]))).not.toContain('budget-sheet-chosen');
  });

  test('one budget sheet with year columns keeps the column rule', () => {
    const sheet = grid('Budget', [['Sozialraum', 'Maßnahme', 'Ist 2025', 'Ansatz 2026'], ['Nord', 'Lotsendienst', 800, 1000]]);
    const m = readWorkbookModel([sheet, settings(2026)]);
    expect(total(m)).toBe(1000);
    expect(codes(m)).toContain('budget-column-chosen');
  });
});
