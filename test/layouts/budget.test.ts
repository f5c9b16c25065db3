import { budgetYears } from '../fixtures/layouts/budgetYears';
import { auditSheets, figures, NO_CRITERIA, requiredMissing, seen } from '../fixtures/layouts/workbook';

describe('layout 7: a budget with one amount column per year', () => {
  test('the figures per variant: the total of the chosen column, or none', async () => {
    const variants = [
      ['ansatz', null, 136000],
      ['ansatz', 2026, 130500],
      ['ist', null, 130500],
      ['ist', 2025, 121750],
      ['ansatz', 2028, null],
    ] as const;
    for (const [columns, year, budgetTotal] of variants) {
      const { result } = await auditSheets(budgetYears(columns, year));
      expect(figures(result)).toEqual({ actors: 14, requiredMissing: [], sozialraeume: {}, budgetTotal, criteria: NO_CRITERIA });
    }
  });

  test('without a Berichtsjahr the newest plan is read: Ansatz 2027', async () => {
    const { result } = await auditSheets(budgetYears('ansatz', null));
    expect(result.actors).toBe(14);
    // Ansatz 2027: 64.000 + 50.000 + 13.000 + 9.000; the Summe row (136.000) is not added again.
    expect(result.budget?.total).toBe(136000);
    expect(result.budget?.bySource).toEqual({ bundesstiftung: 114000, kommunal: 13000, land: 9000, sonstige: 0, unbekannt: 0 });
    // Said at the chosen column's header (E3).
    expect(seen(result, 'budget-column-chosen')).toEqual([
      { code: 'budget-column-chosen', severity: 'info', sheet: 'Budget', cell: 'E3', values: { header: 'Ansatz 2027', year: 2027, basis: 'newest', others: ['Ansatz 2025', 'Ansatz 2026'] } },
    ]);
    expect(requiredMissing(result)).toEqual([]);
  });

  test('Berichtsjahr 2026 reads Ansatz 2026', async () => {
    const { result } = await auditSheets(budgetYears('ansatz', 2026));
    // 62.000 + 48.000 + 12.500 + 8.000.
    expect(result.budget?.total).toBe(130500);
    expect(seen(result, 'budget-column-chosen')).toEqual([
      { code: 'budget-column-chosen', severity: 'info', sheet: 'Budget', cell: 'D3', values: { header: 'Ansatz 2026', year: 2026, basis: 'settings', others: ['Ansatz 2025', 'Ansatz 2027'] } },
    ]);
  });

  test('"Ist 2025 | Ansatz 2026" without a Berichtsjahr: the newest year, the plan', async () => {
    const { result } = await auditSheets(budgetYears('ist', null));
    expect(result.budget?.total).toBe(130500);
    expect(seen(result, 'budget-column-chosen')).toEqual([
      { code: 'budget-column-chosen', severity: 'info', sheet: 'Budget', cell: 'D3', values: { header: 'Ansatz 2026', year: 2026, basis: 'newest', others: ['Ist 2025'] } },
    ]);
  });

  test('"Ist 2025 | Ansatz 2026" with Berichtsjahr 2025: the actual spending is that year\'s only column', async () => {
    const { result } = await auditSheets(budgetYears('ist', 2025));
    // 59.400 + 43.850 + 11.200 + 7.300.
    expect(result.budget?.total).toBe(121750);
    expect(seen(result, 'budget-column-chosen')).toEqual([
      { code: 'budget-column-chosen', severity: 'info', sheet: 'Budget', cell: 'C3', values: { header: 'Ist 2025', year: 2025, basis: 'settings', others: ['Ansatz 2026'] } },
    ]);
  });

  test('a Berichtsjahr without a column: said, and no total invented from another year', async () => {
    const { result } = await auditSheets(budgetYears('ansatz', 2028));
    expect(result.budget).toBeNull();
    expect(seen(result, 'budget-year-missing')).toMatchObject([{ code: 'budget-year-missing', severity: 'warning', sheet: 'Budget', values: { year: 2028, available: [2025, 2026, 2027] } }]);
    // The sheet was found: no "no budget sheet", no column chosen, no need compared.
    for (const code of ['budget-not-found', 'budget-column-chosen', 'budget-below-need', 'budget-covers-need', 'need-unknown'] as const) expect(seen(result, code)).toEqual([]);
  });
});
