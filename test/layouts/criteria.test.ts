import { CriterionStatus } from '../../src/core/criteria/status';
import { tickForm } from '../fixtures/layouts/tickForm';
import { auditSheets, figures, seen } from '../fixtures/layouts/workbook';

describe('layout 8: the criteria as a tick form', () => {
  test('one tick gives the status; two ticks or none leave it unclear, never met', async () => {
    const { result } = await auditSheets(tickForm());
    expect(result.criteria?.sheet).toBe('Qualitätskriterien');
    // The coordination office and one partner per required type (with the ASD): 15, nothing missing.
    expect(figures(result)).toEqual({ actors: 15, requiredMissing: [], sozialraeume: {}, budgetTotal: null, criteria: { erfuellt: 9, teilweise: 8, nicht_erfuellt: 6, offen: 4 } });
    // erfüllt: 3.1–3.4, 4.1, 4.2, 5.1, 5.2, 6.1 (9); teilweise: 3.5, 3.6, 4.3, 4.4, 5.3–5.5, 6.2 (8);
    // nicht erfüllt: 4.5, 4.6, 5.6–5.8, 6.3 (6); offen: 4.7, 5.9–5.11 (4). "5.10" typed as text stays 5.10.
    expect(result.criteria?.counts).toEqual({ erfuellt: 9, teilweise: 8, nicht_erfuellt: 6, offen: 4 });
    expect(result.criteria?.assessed).toBe(23);
    const statusOf = (id: string): CriterionStatus | null | undefined => result.criteria?.items.find((i) => i.id === id)?.status;
    expect(statusOf('5.10')).toBe('offen');
    expect(statusOf('5.1')).toBe('erfuellt');
    // 4.8 (erfüllt + teilweise), 5.12 (erfüllt + nicht erfüllt), 5.13 and 6.4 (no tick): no status.
    for (const id of ['4.8', '5.12', '5.13', '6.4']) expect(statusOf(id)).toBeNull();
    // One warning each, on the criterion's own row (sheet rows 19, 32, 33, 38).
    const unclear = seen(result, 'criterion-status-unclear').map((f) => [f.severity, f.sheet, f.cell?.replace(/^[A-Z]+/, ''), f.values]);
    expect(unclear).toEqual([
      ['warning', 'Qualitätskriterien', '19', { criterion: '4.8', ticks: 2, value: null }],
      ['warning', 'Qualitätskriterien', '32', { criterion: '5.12', ticks: 2, value: null }],
      ['warning', 'Qualitätskriterien', '33', { criterion: '5.13', ticks: 0, value: null }],
      ['warning', 'Qualitätskriterien', '38', { criterion: '6.4', ticks: 0, value: null }],
    ]);
    // All 31 criteria are on the form, none twice.
    expect(seen(result, 'criteria-not-listed')).toEqual([]);
    expect(seen(result, 'criterion-duplicate')).toEqual([]);
    expect(seen(result, 'criteria-tick-form')).toMatchObject([{ code: 'criteria-tick-form', severity: 'info', sheet: 'Qualitätskriterien', values: { sheet: 'Qualitätskriterien' } }]);
  });
});
