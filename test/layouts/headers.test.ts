import { contactPerson, PRACTICES } from '../fixtures/layouts/contactPerson';
import { matrix } from '../fixtures/layouts/matrix';
import { twoRowHeader } from '../fixtures/layouts/twoRowHeader';
import { auditSheets, figures, NO_CRITERIA, P, requiredMissing, seen, sozialraumTable } from '../fixtures/layouts/workbook';
import { SnapshotAudit } from '../../src/workbook/auditSnapshot';

describe('layout 4: a two-row header with merged group cells', () => {
  let audit: SnapshotAudit;
  beforeAll(async () => {
    audit = await auditSheets(twoRowHeader());
  });

  test('the figures: 15 partners, nothing missing', () => {
    const { result } = audit;
    expect(figures(result)).toEqual({ actors: 15, requiredMissing: [], sozialraeume: {}, budgetTotal: null, criteria: NO_CRITERIA });
  });

  test('"Kooperation" over "Vereinbarung | seit" and "Gremien" over the two committees are read', () => {
    const { model, result } = audit;
    // Rows 5–19: the coordination office, one partner per required type and the ASD.
    expect(result.actors).toBe(15);
    const actors = model.network?.actors ?? [];
    // "ja" under Vereinbarung for 10 partners; "nein" (3) and empty (2) for the rest; the "seit" years are no second agreement column.
    expect(actors.filter((a) => a.agreement === true)).toHaveLength(10);
    // x under Steuerungsgruppe: coordination, Jugendamt, Gesundheitsamt, pro familia; under Netzwerkkonferenz: 12.
    expect(actors.filter((a) => a.steering === true).map((a) => a.name)).toEqual([P.koordination, P.jugendamt, P.gesundheitsamt, P.schwangerschaftsberatung]);
    expect(actors.filter((a) => a.forum === true)).toHaveLength(12);
    // Five without agreement (Hebamme, Kinderarzt, Frauenärztin: "nein"; Frühförderung, Jobcenter: empty),
    // all of required types; the first three named, the place is the first one's Vereinbarung cell (C13).
    expect(seen(result, 'agreements-missing')).toEqual([
      { code: 'agreements-missing', severity: 'info', sheet: 'Netzwerk', cell: 'C13', values: { count: 5, total: 15, examples: [P.hebamme, P.kinderarzt, P.frauenarzt], unasked: 0 } },
    ]);
    // Steering group has youth welfare, counselling and health; 12 of 15 at the conference (80 %); both sectors bound.
    for (const code of ['steering-unknown', 'steering-incomplete', 'no-forum', 'forum-low', 'no-agreements', 'health-youth-not-bound', 'no-coordination', 'unclear-mark'] as const) {
      expect(seen(result, code)).toEqual([]);
    }
    // The choice, at the header's first cell (A3, the group row).
    expect(seen(result, 'header-two-rows')).toEqual([{ code: 'header-two-rows', severity: 'info', sheet: 'Netzwerk', cell: 'A3', values: { sheet: 'Netzwerk' } }]);
    expect(requiredMissing(result)).toEqual([]);
  });
});

describe('layout 6: an Angebotsmatrix, one column per Sozialraum under a merged heading', () => {
  let audit: SnapshotAudit;
  beforeAll(async () => {
    audit = await auditSheets(matrix());
  });

  test('the figures: 14 partners in four Sozialräume', () => {
    expect(figures(audit.result)).toEqual({
      actors: 14,
      requiredMissing: [],
      sozialraeume: {
        Altstadt: { actors: 6, missing: ['weitere'] },
        Nordstadt: { actors: 7, missing: ['beratung'] },
        Südstadt: { actors: 5, missing: ['beratung', 'weitere'] },
        Weststadt: { actors: 5, missing: ['weitere'] },
      },
      budgetTotal: null,
      criteria: NO_CRITERIA,
    });
  });

  test('the Sozialräume are read from the x marks', () => {
    const { result } = audit;
    expect(result.actors).toBe(14);
    // Altstadt: Jugendamt, Kita, Familienbildung (JH), Gesundheitsamt, Hebamme (G), pro familia (B): no "weitere".
    // Nordstadt: Jugendamt, ASD, Familienbildung (JH), Gesundheitsamt, Familienhebammen, Kinderarzt (G), Jobcenter (W): no Beratung.
    // Südstadt: Jugendamt, Erziehungsberatung (JH), Gesundheitsamt, Familienhebammen, Frauenärztin (G): no Beratung, no "weitere".
    // Weststadt: Jugendamt, Erziehungsberatung (JH), Gesundheitsamt, Frühförderung (G), pro familia (B): no "weitere".
    // The maternity clinic has no mark and belongs to no Sozialraum.
    expect(sozialraumTable(result)).toEqual({
      Altstadt: { actors: 6, missing: ['weitere'] },
      Nordstadt: { actors: 7, missing: ['beratung'] },
      Südstadt: { actors: 5, missing: ['beratung', 'weitere'] },
      Weststadt: { actors: 5, missing: ['weitere'] },
    });
    expect(requiredMissing(result)).toEqual([]);
  });

  test('the choice is said: the matrix and its two-row header', () => {
    const { result } = audit;
    // The choice, at the first Sozialraum's column heading (C4).
    expect(seen(result, 'sozialraum-matrix')).toEqual([
      { code: 'sozialraum-matrix', severity: 'info', sheet: 'Angebotsmatrix', cell: 'C4', values: { sheet: 'Angebotsmatrix', sozialraeume: ['Altstadt', 'Nordstadt', 'Südstadt', 'Weststadt'] } },
    ]);
    expect(seen(result, 'header-two-rows')).toMatchObject([{ sheet: 'Angebotsmatrix', values: { sheet: 'Angebotsmatrix' } }]);
  });
});

describe('layout 9: a contact-person column beside the institution', () => {
  let audit: SnapshotAudit;
  beforeAll(async () => {
    audit = await auditSheets(contactPerson());
  });

  test('the figures: 15 partners, nothing missing', () => {
    const { result } = audit;
    expect(figures(result)).toEqual({ actors: 15, requiredMissing: [], sozialraeume: {}, budgetTotal: null, criteria: NO_CRITERIA });
  });

  test("the contact's profession types a practice named only by its owner", () => {
    const { model, result } = audit;
    // Rows 4–18: 15 partners.
    expect(result.actors).toBe(15);
    const typeOf = (name: string) => model.network?.actors.find((a) => a.name === name)?.actorTypeId;
    expect(typeOf(PRACTICES.hebamme)).toBe('hebamme');
    expect(typeOf(PRACTICES.kinderarzt)).toBe('kinderarzt');
    expect(typeOf(PRACTICES.frauenarzt)).toBe('frauenarzt');
    expect(typeOf(P.gesundheitsamt)).toBe('gesundheitsamt');
    expect(typeOf(P.fruehfoerderung)).toBe('fruehfoerderung');
    // "Praxis Meier" with "Frau Meier": nothing tells its kind.
    expect(typeOf(PRACTICES.unknown)).toBeNull();
    expect(result.unclassified.map((u) => u.name)).toEqual([PRACTICES.unknown]);
    // The choice, at the first contact cell that gave a type (B11, "Maria Lindner, Hebamme").
    expect(seen(result, 'type-from-contact')).toEqual([
      { code: 'type-from-contact', severity: 'info', sheet: 'Netzwerk', cell: 'B11', values: { count: 3, examples: [PRACTICES.hebamme, PRACTICES.kinderarzt, PRACTICES.frauenarzt] } },
    ]);
    // Hebamme, Kinderärztin and Gynäkologin come from the contacts; the Gesundheitsamt stays the
    // Gesundheitsamt although its contact is a paediatrician, so nothing is missing.
    expect(requiredMissing(result)).toEqual([]);
  });
});
