import { FORMER, formerPartners } from '../fixtures/layouts/formerPartners';
import { auditSheets, figures, NO_CRITERIA, P, requiredMissing, seen } from '../fixtures/layouts/workbook';
import { SnapshotAudit } from '../../src/workbook/auditSnapshot';

describe('layout 3: partners who left, kept in the list', () => {
  let audit: SnapshotAudit;
  beforeAll(async () => {
    audit = await auditSheets(formerPartners());
  });

  test('the figures: 14 partners, the paediatrician missing', () => {
    expect(figures(audit.result)).toEqual({ actors: 14, requiredMissing: ['kinderarzt'], sozialraeume: {}, budgetTotal: null, criteria: NO_CRITERIA });
  });

  test('status, end date, strike-through and an archive block take a partner out; a filter does not', () => {
    const { model, result } = audit;
    // Rows 4–17: fourteen partners, of whom the paediatrician (row 12, "ausgeschieden") left: 13.
    // Row 18, the Kinderschutzbund with an empty status, counts (hidden only by the Status filter): 14.
    // Rows 19–23 left by status, row 24 by its end date, row 25 is struck through, rows 28–29 are archived.
    expect(result.actors).toBe(14);
    expect(result.networkSheet).toBe('Netzwerkpartner');
    expect(seen(result, 'missing-actor-type').filter((f) => (f.values as { actorType: string }).actorType === 'kinderarzt')).toMatchObject([
      { severity: 'error', sheet: 'Netzwerkpartner', values: { actorType: 'kinderarzt', requirement: 'required', kernbereich: 'gesundheit', former: [P.kinderarzt] } },
    ]);
    // Every partner not counted, in list order, with why.
    expect(model.network?.former.map((f) => [f.name, f.reason, f.row + 1])).toEqual([
      [P.kinderarzt, 'status', 12],
      [FORMER.sucht, 'status', 19],
      [FORMER.schulden, 'status', 20],
      [FORMER.familienzentrum, 'status', 21],
      [FORMER.mgh, 'status', 22],
      [FORMER.polizei, 'status', 23],
      [FORMER.frauenhaus, 'ended', 24],
      [FORMER.migration, 'struck', 25],
      [FORMER.kinderklinik, 'archive', 28],
      [FORMER.paten, 'archive', 29],
    ]);
    // The paediatrician was the only one of its type: its gap is a required type missing.
    expect(requiredMissing(result)).toEqual(['kinderarzt']);
  });

  test('each former partner keeps what the sheet says about its leaving', () => {
    const { model } = audit;
    // What the sheet says, as the planner wrote it: the status word, "bis 2024", and the date typed as 30.06.2025.
    const detail = (name: string) => model.network?.former.find((f) => f.name === name)?.detail;
    expect(detail(P.kinderarzt)).toBe('ausgeschieden');
    expect(detail(FORMER.polizei)).toBe('bis 2024');
    expect(detail(FORMER.frauenhaus)).toBe('30.06.2025');
  });

  test('the choices are said: who no longer counts, and rows hidden only by the filter', () => {
    const { model, result } = audit;
    // Said once, at the first partner who left (A12): 6 by status, 1 end date, 1 struck, 2 archived.
    expect(seen(result, 'former-partners')).toEqual([
      {
        code: 'former-partners',
        severity: 'info',
        sheet: 'Netzwerkpartner',
        cell: 'A12',
        values: { count: 10, reasons: { status: 6, ended: 1, struck: 1, archive: 2 }, examples: [P.kinderarzt, FORMER.sucht, FORMER.schulden] },
      },
    ]);
    // Rows 8 (Erziehungsberatungsstelle) and 18 (Kinderschutzbund): hidden only by the filter, counted.
    // The other rows the filter hides have left anyway and are not among them.
    expect(seen(result, 'filtered-rows-counted')).toEqual([{ code: 'filtered-rows-counted', severity: 'info', sheet: 'Netzwerkpartner', cell: 'A8', values: { count: 2 } }]);
    const counted = model.network?.actors.map((a) => a.name) ?? [];
    expect(counted).toContain(P.erziehungsberatung);
    expect(counted).toContain(FORMER.kinderschutz);
    // A future end date (the clinic, 31.12.2035) keeps a partner; so does an empty status.
    expect(counted).toContain(P.geburtsklinik);
    // "aktiv", empty, and the former words are all clear: nothing is reported as an unclear status.
    expect(seen(result, 'status-unclear')).toEqual([]);
  });
});
