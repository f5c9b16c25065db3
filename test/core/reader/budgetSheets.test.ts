import { CellValue, SheetGrid } from '../../../src/core/grid';
import { readWorkbookModel } from '../../../src/core/reader/readWorkbook';
import { auditSnapshot } from '../../../src/workbook/auditSnapshot';

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

describe('a budget sheet with one row per year', () => {
  const sheets = (settings: (string | number)[][]) => [
    { name: 'Partner', values: [['Einrichtung', 'Art'], ['Jugendamt', 'Jugendamt'], ['Hebamme Kraus', 'Hebamme']], originRow: 0, originColumn: 0 },
    {
      name: 'Budget',
      values: [
        ['Jahr', 'Maßnahme', 'Betrag'],
        [2025, 'Koordination', 38000],
        [null, 'Familienhebammen', 40000],
        ['Summe 2025', null, 78000],
        [],
        [2026, 'Koordination', 39000],
        [null, 'Familienhebammen', 42000],
      ],
      originRow: 0,
      originColumn: 0,
    },
    { name: 'Einstellungen', values: settings, originRow: 0, originColumn: 0 },
  ];

  it('counts only the newest year’s rows (a blank year carries the one above) and says which rows it left out', () => {
    const { result } = auditSnapshot({ sheets: sheets([]), settings: {} });
    expect(result.budget?.total).toBe(81000);
    expect(result.findings.filter((f) => f.code === 'budget-rows-chosen').map((f) => [f.cell, f.values])).toEqual([
      ['A1', { header: 'Jahr', year: 2026, basis: 'newest', others: [2025], skipped: 3 }],
    ]);
  });

  it('counts the Berichtsjahr’s rows, and no other year’s when it has none', () => {
    expect(auditSnapshot({ sheets: sheets([['Berichtsjahr', 2025]]), settings: {} }).result.budget?.total).toBe(78000);
    const missing = auditSnapshot({ sheets: sheets([['Berichtsjahr', 2027]]), settings: {} }).result;
    expect(missing.budget).toBeNull();
    expect(missing.findings.find((f) => f.code === 'budget-year-missing')?.values).toEqual({ year: 2027, available: [2025, 2026], scope: 'rows' });
  });
});

describe('a budget kept as income and spending', () => {
  const partner = grid('Partner', [['Einrichtung', 'Art'], ['Jugendamt', 'Jugendamt'], ['Hebamme Kraus', 'Hebamme']]);
  const plan = grid('Budget', [
    ['Haushalt Frühe Hilfen 2026'],
    [],
    ['Einnahmen', null, 'Betrag'],
    ['Bundesstiftung Frühe Hilfen', null, '52.300,00 €'],
    ['Eigenanteil Kommune', null, '40.000,00 €'],
    ['Summe Einnahmen', null, '92.300,00 €'],
    [],
    ['Ausgaben:', null, null],
    ['Netzwerkkoordination (0,5 VZÄ)', null, '38.000,00 €'],
    ['Familienhebammen', null, '44.300,00 €'],
    ['Sachkosten', null, '10.000,00 €'],
    ['Summe Ausgaben', null, '92.300,00 €'],
  ]);

  it('counts the spending once, not the income beside it, and says so with both sums', () => {
    const { result } = auditSnapshot({ sheets: [partner, plan], settings: {} });
    expect(result.budget?.total).toBe(92300);
    expect(result.findings.find((f) => f.code === 'budget-section-chosen')?.values).toEqual({ spending: 92300, income: 92300, skipped: 2 });
  });

  it('reads a sheet of income lines alone as the budget', () => {
    const income: SheetGrid = { ...plan, values: plan.values.slice(0, 6) };
    const { result } = auditSnapshot({ sheets: [partner, income], settings: {} });
    expect(result.budget?.total).toBe(92300);
    expect(result.findings.some((f) => f.code === 'budget-section-chosen')).toBe(false);
  });
});

describe('a budget sheet in a workbook without Einstellungen', () => {
  it('is the budget, not the settings: its lines are no need parameters', () => {
    const partner = grid('Partner', [['Einrichtung', 'Art'], ['Jugendamt', 'Jugendamt']]);
    const plan = grid('Haushalt', [['Position', 'Betrag'], ['Netzwerkkoordination (0,5 VZÄ)', 38000], ['Familienhebammen', 44300], ['Sachkosten', 10000]]);
    const { model, result } = auditSnapshot({ sheets: [partner, plan], settings: {} });
    expect(model.settings.sheet).toBeNull();
    expect(model.settings.need).toEqual({});
    expect(result.budget?.total).toBe(92300);
  });
});

describe('amounts as council papers write them', () => {
  const partner = grid('Partner', [['Einrichtung', 'Art'], ['Jugendamt', 'Jugendamt']]);
  const total = (rows: CellValue[][]) => auditSnapshot({ sheets: [partner, grid('Budget', rows)], settings: {} }).result;

  it('reads whole euros written "45.000,-"', () => {
    expect(total([['Maßnahme', 'Betrag'], ['Koordination', '45.000,-'], ['Lotsendienst', '12.000,-- €']]).budget?.total).toBe(57000);
  });

  it('multiplies out a column in thousands and says so; a cell written "12,5 T€" too', () => {
    const r = total([['Maßnahme', 'Ansatz 2026 (T€)'], ['Koordination', 45], ['Lotsendienst', '12,5']]);
    expect(r.budget?.total).toBe(57500);
    expect(r.findings.find((f) => f.code === 'budget-in-thousands')?.values).toEqual({ header: 'Ansatz 2026 (T€)' });
    expect(total([['Maßnahme', 'Betrag'], ['Koordination', '45 T€'], ['Lotsendienst', '12.000 €']]).budget?.total).toBe(57000);
  });

  it('takes the unit from a note above the table', () => {
    const r = total([['Haushalt Frühe Hilfen (Beträge in Tausend Euro)'], [], ['Maßnahme', 'Betrag'], ['Koordination', 45]]);
    expect(r.budget?.total).toBe(45000);
    expect(r.findings.some((f) => f.code === 'budget-in-thousands')).toBe(true);
  });
});

describe('a long budget sheet of cost lines', () => {
  it('is the budget however many of its lines read like settings keys', () => {
    const partner = grid('Partner', [['Einrichtung', 'Art'], ['Jugendamt', 'Jugendamt']]);
    const lines = ['Nord', 'Süd', 'Ost', 'West', 'Mitte', 'Altstadt', 'Hafen', 'Heide', 'Moor', 'Feld', 'Wald'].map((place) => ['Sachkosten', place, 2000]);
    const plan = grid('Haushalt', [['Position', 'Sozialraum', 'Betrag'], ...lines]);
    const { model, result } = auditSnapshot({ sheets: [partner, plan], settings: {} });
    expect(model.settings.sheet).toBeNull();
    expect(result.budget?.total).toBe(22000);
  });
});

describe('a district-wide budget line', () => {
  it('"gesamt" beside a measure is a line for the whole district, not a total row', () => {
    const partner = grid('Partner', [['Einrichtung', 'Art'], ['Jugendamt', 'Jugendamt']]);
    const plan = grid('Budget', [['Sozialraum', 'Maßnahme', 'Betrag'], ['gesamt', 'Netzwerkkoordination', 40000], ['Nord', 'Lotsendienst', 10000], ['Summe', null, 50000]]);
    expect(auditSnapshot({ sheets: [partner, plan], settings: {} }).result.budget?.total).toBe(50000);
  });
});
