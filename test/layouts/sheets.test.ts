import { kernbereichSheets, UNKNOWN_BY_SHEET } from '../fixtures/layouts/kernbereichSheets';
import { auditSheets, figures, NO_CRITERIA, requiredMissing, seen } from '../fixtures/layouts/workbook';
import { yearSheets } from '../fixtures/layouts/yearSheets';
import { SnapshotAudit } from '../../src/workbook/auditSnapshot';

describe('layout 1: one network over one sheet per Kernbereich', () => {
  let audit: SnapshotAudit;
  beforeAll(async () => {
    audit = await auditSheets(kernbereichSheets());
  });

  test('the figures: 18 partners, nothing required missing, no Sozialräume, no budget, no criteria sheet', () => {
    const { result } = audit;
    expect(figures(result)).toEqual({ actors: 18, requiredMissing: [], sozialraeume: {}, budgetTotal: null, criteria: NO_CRITERIA });
  });

  test('all four sheets are one network; a partner of unknown type takes its Kernbereich from the sheet name', () => {
    const { model, result } = audit;
    // 6 on "Jugendhilfe" (Jugendamt, ASD, Kita, Familienbildung, Erziehungsberatung, the club),
    // 8 on "Gesundheit" (seven known types and the shared practice), 2 on "Beratung", 2 on "Sonstige".
    expect(result.actors).toBe(18);
    expect(result.networkSheet).toBe('Jugendhilfe');
    // Every type's own Kernbereich, plus each unknown partner in its sheet's: Erziehungsberatung is
    // Jugendhilfe by the NZFH grouping; "Sonstige" is the Kernbereich "weitere Akteure".
    expect(result.kernbereiche).toEqual({ jugendhilfe: 6, gesundheit: 8, beratung: 2, weitere: 2 });
    expect(result.missingKernbereiche).toEqual([]);
    expect(result.sozialraeume).toEqual([]);
    expect(result.budget).toBeNull();
    expect(result.criteria?.counts).toEqual({ erfuellt: 0, teilweise: 0, nicht_erfuellt: 0, offen: 0 });
    const kernbereichOf = (name: string) => model.network?.actors.find((a) => a.name === name)?.kernbereich;
    expect(kernbereichOf(UNKNOWN_BY_SHEET.Jugendhilfe)).toBe('jugendhilfe');
    expect(kernbereichOf(UNKNOWN_BY_SHEET.Gesundheit)).toBe('gesundheit');
    expect(kernbereichOf(UNKNOWN_BY_SHEET.Beratung)).toBe('beratung');
    expect(kernbereichOf(UNKNOWN_BY_SHEET.Sonstige)).toBe('weitere');
    // Their type is still unknown: the planner is asked to add one.
    expect(result.unclassified.map((u) => u.name)).toEqual(Object.values(UNKNOWN_BY_SHEET));
    // The choice, said once, on the first sheet of the network: all four sheets, each naming its Kernbereich.
    expect(seen(result, 'network-sheets-combined')).toEqual([
      {
        code: 'network-sheets-combined',
        severity: 'info',
        sheet: 'Jugendhilfe',
        cell: null,
        values: { sheets: ['Jugendhilfe', 'Gesundheit', 'Beratung', 'Sonstige'], kernbereichFromName: ['Jugendhilfe', 'Gesundheit', 'Beratung', 'Sonstige'], sozialraumFromName: [] },
      },
    ]);
    // Nothing was left out, and "Herr Vogel" names no profession.
    expect(seen(result, 'network-sheet-left-out')).toEqual([]);
    expect(seen(result, 'type-from-contact')).toEqual([]);
    // One partner of each required type is listed somewhere across the four sheets.
    expect(requiredMissing(result)).toEqual([]);
  });

  test('a partner without a type is pointed at on its own sheet, so a click selects it', () => {
    expect(seen(audit.result, 'unclassified-actor').map((f) => [f.sheet, f.cell, f.values])).toEqual([
      ['Jugendhilfe', 'A9', { name: UNKNOWN_BY_SHEET.Jugendhilfe }],
      ['Gesundheit', 'A11', { name: UNKNOWN_BY_SHEET.Gesundheit }],
      ['Beratung', 'A5', { name: UNKNOWN_BY_SHEET.Beratung }],
      ['Sonstige', 'A5', { name: UNKNOWN_BY_SHEET.Sonstige }],
    ]);
  });
});

describe('layout 2: one sheet per year', () => {
  test('the figures per Berichtsjahr: none → 2026, 2025 → 2025, 2023 (no sheet) → 2026', async () => {
    // 2026: all 13 required types and the ASD; 2025: the maternity clinic not yet there.
    for (const [year, actors, missing] of [[null, 14, []], [2025, 13, ['geburtsklinik']], [2023, 14, []]] as const) {
      const { result } = await auditSheets(yearSheets(year));
      expect(figures(result)).toEqual({ actors, requiredMissing: missing, sozialraeume: {}, budgetTotal: null, criteria: NO_CRITERIA });
    }
  });

  test('without a Berichtsjahr the newest year is read, and the other years are named', async () => {
    const { result } = await auditSheets(yearSheets(null));
    // "Netzwerk 2026": one partner of each required type plus the ASD.
    expect(result.networkSheet).toBe('Netzwerk 2026');
    expect(result.actors).toBe(14);
    expect(seen(result, 'network-year-chosen')).toEqual([
      {
        code: 'network-year-chosen',
        severity: 'info',
        sheet: 'Netzwerk 2026',
        cell: null,
        values: { year: 2026, basis: 'newest', sheets: ['Netzwerk 2026'], leftOut: ['Netzwerk 2024', 'Netzwerk 2025'] },
      },
    ]);
    // The year finding already names the older sheets: no second finding per sheet.
    expect(seen(result, 'network-sheet-left-out')).toEqual([]);
    expect(seen(result, 'network-year-missing')).toEqual([]);
    expect(requiredMissing(result)).toEqual([]);
  });

  test('Einstellungen "Berichtsjahr | 2025" reads the 2025 sheet, whatever is newer', async () => {
    const { result, model } = await auditSheets(yearSheets(2025));
    expect(model.settings.reportYear).toBe(2025);
    // 2025: the gynaecologist had joined, the maternity clinic not yet (13 partners).
    expect(result.networkSheet).toBe('Netzwerk 2025');
    expect(result.actors).toBe(13);
    expect(seen(result, 'network-year-chosen')).toEqual([
      {
        code: 'network-year-chosen',
        severity: 'info',
        sheet: 'Netzwerk 2025',
        cell: null,
        // Left out in tab order, as the planner sees the sheets.
        values: { year: 2025, basis: 'settings', sheets: ['Netzwerk 2025'], leftOut: ['Netzwerk 2024', 'Netzwerk 2026'] },
      },
    ]);
    expect(seen(result, 'network-sheet-left-out')).toEqual([]);
    expect(requiredMissing(result)).toEqual(['geburtsklinik']);
  });

  test('a Berichtsjahr without a sheet is said, and the newest year is read', async () => {
    const { result } = await auditSheets(yearSheets(2023));
    expect(seen(result, 'network-year-missing')).toMatchObject([{ code: 'network-year-missing', severity: 'warning', values: { year: 2023, available: [2024, 2025, 2026] } }]);
    expect(result.networkSheet).toBe('Netzwerk 2026');
    expect(result.actors).toBe(14);
    expect(seen(result, 'network-year-chosen')).toMatchObject([{ values: { year: 2026, basis: 'newest', sheets: ['Netzwerk 2026'], leftOut: ['Netzwerk 2024', 'Netzwerk 2025'] } }]);
  });
});
