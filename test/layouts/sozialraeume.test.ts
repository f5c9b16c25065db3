import { multiSozialraum } from '../fixtures/layouts/multiSozialraum';
import { auditSheets, figures, NO_CRITERIA, P, requiredMissing, seen, sozialraumTable } from '../fixtures/layouts/workbook';
import { SnapshotAudit } from '../../src/workbook/auditSnapshot';

describe('layout 5: several Sozialräume in one cell, a partner listed once per Sozialraum', () => {
  let audit: SnapshotAudit;
  beforeAll(async () => {
    audit = await auditSheets(multiSozialraum());
  });

  test('the figures: 14 partners in four Sozialräume', () => {
    expect(figures(audit.result)).toEqual({
      actors: 14,
      requiredMissing: [],
      sozialraeume: {
        Nordstadt: { actors: 6, missing: ['beratung'] },
        Weststadt: { actors: 4, missing: ['weitere'] },
        Altstadt: { actors: 4, missing: ['weitere'] },
        Südstadt: { actors: 3, missing: ['jugendhilfe', 'beratung', 'weitere'] },
      },
      budgetTotal: null,
      criteria: NO_CRITERIA,
    });
  });

  test('each partner counts once for the network and once in each of its Sozialräume', () => {
    const { model, result } = audit;
    // 16 rows, two partners listed twice (Erziehungsberatungsstelle, Kinderarztpraxis): 14 partners.
    expect(result.actors).toBe(14);
    const sozialraeumeOf = (name: string) => model.network?.actors.find((a) => a.name === name)?.sozialraeume;
    expect(sozialraeumeOf(P.erziehungsberatung)).toEqual(['Nordstadt', 'Weststadt']);
    expect(sozialraeumeOf(P.kinderarzt)).toEqual(['Altstadt', 'Südstadt']);
    expect(sozialraeumeOf(P.asd)).toEqual(['Nordstadt', 'Weststadt']);
    expect(sozialraeumeOf(P.familienhebamme)).toEqual(['Nordstadt', 'Südstadt']);
    expect(requiredMissing(result)).toEqual([]);
  });

  test('no Sozialraum is invented from a cell naming several', () => {
    const { result } = audit;
    // Exactly the four Sozialräume the planner wrote; "kreisweit" is no Sozialraum, and nothing like
    // "Nordstadt / Weststadt" or "Südstadt und" is invented from a cell.
    expect(result.sozialraeume.map((s) => s.name).sort()).toEqual(['Altstadt', 'Nordstadt', 'Südstadt', 'Weststadt']);
  });

  test('each Sozialraum: its partners and the Kernbereiche it lacks', () => {
    const { result } = audit;
    // Nordstadt: ASD, Kita, Erziehungsberatung (JH), Familienhebammen, Frühförderung (G), Jobcenter (W): no Beratung.
    // Weststadt: ASD, Erziehungsberatung (JH), Frauenärztin (G), pro familia (B): no "weitere".
    // Altstadt: Kita, Familienbildung (JH), Kinderarzt (G), pro familia (B): no "weitere".
    // Südstadt: Familienhebammen, Hebamme, Kinderarzt (G): no JH, no Beratung, no "weitere".
    // Jugendamt, Gesundheitsamt and the clinic work "kreisweit": in no Sozialraum's count.
    expect(sozialraumTable(result)).toEqual({
      Nordstadt: { actors: 6, missing: ['beratung'] },
      Weststadt: { actors: 4, missing: ['weitere'] },
      Altstadt: { actors: 4, missing: ['weitere'] },
      Südstadt: { actors: 3, missing: ['jugendhilfe', 'beratung', 'weitere'] },
    });
    // The gaps as findings (criterion 4.3): no youth welfare on the spot is a warning (Kitas and family
    // centres belong in the Sozialraum; the kreisweit Jugendamt is named beside it), no counselling a
    // note, "weitere" (central by nature) nothing.
    const gaps = seen(result, 'sozialraum-missing-kernbereich').map((f) => [f.severity, f.values]);
    expect(gaps).toEqual([
      ['warning', { sozialraum: 'Südstadt', missing: ['jugendhilfe'], districtWide: ['jugendhilfe'] }],
      ['info', { sozialraum: 'Nordstadt', missing: ['beratung'], districtWide: [] }],
      ['info', { sozialraum: 'Südstadt', missing: ['beratung'], districtWide: [] }],
    ]);
  });

  test('the merge is said at the first repeated row', () => {
    const { result } = audit;
    // The choice, at the first repeated row (A9: the Erziehungsberatungsstelle's second row).
    expect(seen(result, 'partners-merged')).toEqual([
      { code: 'partners-merged', severity: 'info', sheet: 'Partnerliste', cell: 'A9', values: { count: 2, examples: [P.erziehungsberatung, P.kinderarzt] } },
    ]);
  });
});
