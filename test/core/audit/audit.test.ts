import { auditWorkbook } from '../../../src/core/audit/audit';
import { gapTopicsOf } from '../../../src/core/audit/gapTopics';
import { CellValue, SheetGrid } from '../../../src/core/grid';
import { ACTOR_TYPES } from '../../../src/core/taxonomy/actorTypes';
import { computeNeed } from '../../../src/core/need/needModel';
import { findingText } from '../../../src/report/findingText';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, originRow: 0, originColumn: 0 });
const HEADER = ['Einrichtung', 'Art', 'Sozialraum', 'Kooperationsvereinbarung', 'Steuerungsgruppe', 'Netzwerkkonferenz'];
const requiredLabels = ACTOR_TYPES.filter((t) => t.requirement === 'required').map((t) => t.label);

/** One row per required type, all in Mitte, all with agreement, steering and forum. */
function fullNetwork(): CellValue[][] {
  return [HEADER, ['Koordinierungsstelle Frühe Hilfen', null, 'Mitte', 'ja', 'ja', 'ja'], ...requiredLabels.map((l) => [l, null, 'Mitte', 'ja', 'ja', 'ja'])];
}

describe('coverage of required actor types', () => {
  test('a network with every required type has coverage 1 and no error', () => {
    const r = auditWorkbook([grid('Netzwerk', fullNetwork())]);
    expect(r.coverage).toBe(1);
    expect(r.missingActorTypes.filter((m) => m.severity === 'error')).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('removing a required type lowers coverage by one share and names it as an error', () => {
    const rows = fullNetwork().filter((row) => row[0] !== 'Kinderärzt:innen');
    const r = auditWorkbook([grid('Netzwerk', rows)]);
    expect(r.coverage).toBeCloseTo((requiredLabels.length - 1) / requiredLabels.length);
    expect(r.missingActorTypes.filter((m) => m.severity === 'error').map((m) => m.id)).toEqual(['kinderarzt']);
    const f = r.findings.find((x) => x.code === 'missing-actor-type' && x.severity === 'error');
    expect(f?.values).toMatchObject({ actorType: 'kinderarzt', requirement: 'required', kernbereich: 'gesundheit' });
    expect(f && findingText(f, 'de')).toContain('Kinderärzt:innen');
    expect(f?.sheet).toBe('Netzwerk');
  });

  test('missing recommended types are warnings, with the national reference rate where known', () => {
    const r = auditWorkbook([grid('Netzwerk', fullNetwork())]);
    const hze = r.findings.find((f) => f.code === 'missing-actor-type' && f.values.actorType === 'hilfen_zur_erziehung');
    expect(hze?.severity).toBe('warning');
    expect(hze?.values).toMatchObject({ referenceRate: { share: 0.691, year: 2017 } });
    expect(hze && findingText(hze, 'de')).toMatch(/69,1\s%/);
  });

  test('a required list in the settings sheet replaces the default; unknown entries are reported', () => {
    const settings = grid('Einstellungen', [['Pflicht-Akteurstypen', 'Jugendamt, Kita, Zauberer']]);
    const r = auditWorkbook([grid('Netzwerk', [HEADER, ['Jugendamt', null, 'Mitte', 'ja', 'ja', 'ja'], ['ASD Nord', null, 'Nord', 'ja', 'ja', 'ja']]), settings]);
    expect(r.coverage).toBe(0.5);
    expect(r.missingActorTypes.filter((m) => m.severity === 'error').map((m) => m.id)).toEqual(['kita']);
    expect(r.findings.some((f) => f.code === 'settings-unknown-type' && f.values.value === 'Zauberer')).toBe(true);
  });

  test('counts per Kernbereich and missing Kernbereiche', () => {
    const r = auditWorkbook([grid('Netzwerk', [HEADER, ['Jugendamt', null, 'A'], ['Kita Sonne', null, 'A'], ['Gesundheitsamt', null, 'B']])]);
    expect(r.kernbereiche).toEqual({ jugendhilfe: 2, gesundheit: 1, beratung: 0, weitere: 0 });
    expect(r.missingKernbereiche).toEqual(['beratung', 'weitere']);
    expect(r.findings.filter((f) => f.code === 'missing-kernbereich')).toHaveLength(2);
  });
});

describe('Sozialräume', () => {
  test('Kernbereiche missing per Sozialraum; spelling variants fold together; district-wide partners listed apart', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['Jugendamt', null, 'Nord'],
      ['Gesundheitsamt', null, 'bezirksweit'],
      ['Kita Sonne', null, 'nord '],
      ['Hebamme Meier', null, 'Süd'],
      ['Schuldnerberatung', null, 'Süd'],
      ['Jobcenter', null, 'Süd'],
    ];
    const r = auditWorkbook([grid('Netzwerk', rows)]);
    expect(r.sozialraeume.map((s) => [s.name, s.actors, s.missingKernbereiche])).toEqual([
      ['Nord', 2, ['gesundheit', 'beratung', 'weitere']],
      ['Süd', 3, ['jugendhilfe']],
    ]);
    const nord = r.findings.find((f) => f.code === 'sozialraum-missing-kernbereich' && f.values.sozialraum === 'Nord');
    expect(nord?.values).toMatchObject({ missing: ['gesundheit', 'beratung'], districtWide: ['gesundheit'] });
    expect(nord?.severity).toBe('info');
    expect(nord && findingText(nord, 'de')).toMatch(/Bezirksweit tätig sind Partner aus dem Gesundheitsbereich/);
    // Süd has no youth welfare partner on the spot: a warning.
    expect(r.findings.find((f) => f.code === 'sozialraum-missing-kernbereich' && f.values.sozialraum === 'Süd')).toMatchObject({ severity: 'warning', values: { missing: ['jugendhilfe'] } });
  });
});

describe('evidence for criteria from the data', () => {
  test('3.2: a steering group without health gets a note; a criteria sheet claiming 3.2 met gets a hint, not a contradiction', () => {
    const rows = fullNetwork().map((row, i) => (i > 0 && ['Gesundheitsamt/KJGD', 'Hebammen', 'Familienhebammen/FGKiKP', 'Kinderärzt:innen', 'Frauenärzt:innen', 'Geburtsklinik', 'Frühförderung/SPZ'].includes(String(row[0])) ? [row[0], row[1], row[2], row[3], 'nein', row[5]] : row));
    const criteria = grid('Kriterien', [['Nr.', 'Status', 'Nachweis'], ['3.1', 'erfüllt', 'Stellenplan'], ['3.2', 'erfüllt', null], ['3.3', 'teilweise', null], ['3.4', 'erfüllt', null], ['3.5', 'offen', null]]);
    const r = auditWorkbook([grid('Netzwerk', rows), criteria]);
    expect(r.findings.find((f) => f.code === 'steering-incomplete' && f.criterion === '3.2')?.severity).toBe('info');
    expect(r.findings.some((f) => f.code === 'criterion-met-contradicted')).toBe(false);
    expect(r.findings.find((f) => f.code === 'criterion-list-hint')).toMatchObject({ criterion: '3.2', sheet: 'Kriterien', cell: 'B3', severity: 'info' });
    // 3.4 is marked met without a Nachweis: agreements in the list are not the case-level arrangements it means.
    expect(r.findings.find((f) => f.criterion === '3.4' && f.code === 'criterion-met-without-evidence')?.severity).toBe('warning');
    expect(r.criteria?.items.find((c) => c.id === '3.2')).toMatchObject({ status: 'erfuellt', support: 'list-missing' });
    expect(r.criteria?.counts).toEqual({ erfuellt: 3, teilweise: 1, nicht_erfuellt: 0, offen: 1 });
    expect(r.criteria?.score).toBeCloseTo(3.5 / 4);
  });

  test('a criterion marked met with neither Nachweis nor data evidence is flagged', () => {
    const criteria = grid('Kriterien', [['Nr.', 'Status', 'Nachweis'], ['4.7', 'erfüllt', null], ['4.8', 'erfüllt', 'Newsletter'], ['5.1', 'nein', null], ['5.3', 'offen', null], ['6.1', 'ja', null]]);
    const r = auditWorkbook([grid('Netzwerk', fullNetwork()), criteria]);
    const flagged = r.findings.filter((f) => f.code === 'criterion-met-without-evidence').map((f) => f.criterion);
    expect(flagged).toEqual(['4.7', '6.1']);
  });

  test('5.2: youth welfare and health both bound by agreements', () => {
    const rows: CellValue[][] = [HEADER, ['Jugendamt', null, 'A', 'ja'], ['Gesundheitsamt', null, 'A', 'nein'], ['Kita', null, 'A', 'ja']];
    const r = auditWorkbook([grid('Netzwerk', rows)]);
    expect(r.findings.find((f) => f.code === 'health-youth-not-bound')?.criterion).toBe('5.2');
    expect(r.criteria?.items.find((c) => c.id === '5.2')?.support).toBe('contradicted');
  });

  test('no coordination office listed: 3.1 warning', () => {
    const r = auditWorkbook([grid('Netzwerk', [HEADER, ['Jugendamt', null, 'A']])]);
    expect(r.findings.find((f) => f.code === 'no-coordination')?.criterion).toBe('3.1');
  });
});

describe('budget and need', () => {
  const network = grid('Netzwerk', fullNetwork());
  test('need from settings (population × share), budget by source and Sozialraum, gap and coverage', () => {
    const budget = grid('Budget', [
      ['Sozialraum', 'Maßnahme', 'Finanzierung', 'Betrag', 'Kinder 0-3'],
      ['Mitte', 'FamHeb', 'Bundesstiftung', 100000, 2000],
      ['Mitte', 'Koordination', 'kommunal', '50.000 €', null],
      ['Nord', 'Lotsen', 'Land', 30000, 1000],
    ]);
    // The one-formula model only on request: Bedarfsmodell "einfach".
    const settings = grid('Einstellungen', [['Einwohnerzahl', 100000], ['Anteil 0-3', '3 %'], ['Anteil belasteter Familien', '10 %'], ['Kosten je Familie', 2000], ['Bedarfsmodell', 'einfach']]);
    const r = auditWorkbook([network, budget, settings]);
    const b = r.budget;
    expect(b?.total).toBe(180000);
    expect(b?.bySource).toMatchObject({ bundesstiftung: 100000, kommunal: 50000, land: 30000 });
    expect(b?.need).toBeCloseTo(computeNeed({ children0to3: 3000, burdenShare: 0.1, costPerFamily: 2000 }));
    expect(b?.gap).toBeCloseTo(600000 - 180000);
    expect(b?.coverage).toBeCloseTo(180000 / 600000);
    expect(b?.estimate).toMatchObject({ model: 'simple', childrenBasis: 'population', origins: { burdenShare: 'settings', costPerFamily: 'settings' } });
    expect(b?.bySozialraum.map((s) => [s.name, s.budget, s.need])).toEqual([
      ['Mitte', 150000, 2000 * 0.1 * 2000],
      ['Nord', 30000, 1000 * 0.1 * 2000],
    ]);
    expect(r.findings.find((f) => f.code === 'budget-below-need')?.cell).toBe('D1');
    expect(r.findings.map((f) => f.code)).toContain('need-simple-model');
    expect(gapTopicsOf(r)).toContain('resources');
  });

  test('by default the model by measures, from births estimated as children under 3 ÷ 3, said so', () => {
    const budget = grid('Budget', [['Sozialraum', 'Betrag', 'Kinder unter 3'], ['A', 1000, 300], ['B', 1000, 150]]);
    const r = auditWorkbook([network, budget]);
    const e = r.budget?.estimate;
    expect(e?.model).toBe('measures');
    if (e?.model !== 'measures') return;
    expect(e.births).toBeCloseTo(150);
    expect(e.birthsBasis).toBe('budget');
    const codes = r.findings.map((f) => f.code);
    expect(codes).toContain('need-births-estimated');
    expect(codes).toContain('need-defaults-used');
    // LaB at 5 | 10.3 | 15 % of 150 births ÷ 30 families × 75,000 €; the Lotsendienst at the listed birth
    // clinic (its births assumed to be the district's: 150 ÷ 1,000 × 1 post × 75,000 €); one coordination post; no welcome visits.
    const lab = (share: number) => ((150 * share) / 30) * 75000;
    const fixed = 0.15 * 75000 + 75000;
    expect(e.clinicBirthsBasis).toBe('births');
    expect(r.budget?.needRange?.low).toBeCloseTo(lab(0.05) + fixed);
    expect(r.budget?.needRange?.mid).toBeCloseTo(lab(0.103) + fixed);
    expect(r.budget?.needRange?.high).toBeCloseTo(lab(0.15) + fixed);
    // Local need (LaB) per Sozialraum by its births: A has twice B's.
    const [a, bRow] = r.budget?.bySozialraum ?? [];
    expect(a.need).toBeCloseTo(2 * (bRow.need ?? 0));
    expect((a.need ?? 0) + (bRow.need ?? 0)).toBeCloseTo(lab(0.103));
    expect(r.budget?.weighting).toBe('even');
  });

  test('no children anywhere: need unknown, said so, nothing invented', () => {
    const r = auditWorkbook([network, grid('Budget', [['Maßnahme', 'Betrag'], ['Lotsen', 1000]])]);
    expect(r.budget).toMatchObject({ total: 1000, need: null, gap: null, coverage: null });
    expect(r.findings.some((f) => f.code === 'need-unknown')).toBe(true);
  });
});

describe('languages and unreadable input', () => {
  test('findings carry no words: the same finding reads in German and English', () => {
    const r = auditWorkbook([grid('Netzwerk', [HEADER, ['Jugendamt', null, 'A']])]);
    const f = r.findings.find((x) => x.code === 'missing-actor-type');
    expect(f && findingText(f, 'en')).toMatch(/^Required actor missing: /);
    expect(f && findingText(f, 'de')).toMatch(/^Pflicht-Akteur fehlt: /);
    expect(JSON.stringify(r)).not.toMatch(/fehlt|missing:/);
  });
  test('no network sheet: one error finding, nothing else claimed', () => {
    const r = auditWorkbook([grid('Kalender', [['Mo', 'Di'], [1, 2]])]);
    expect(r.networkSheet).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(['network-sheet-not-found']);
    expect(r.missingActorTypes).toEqual([]);
  });
  test('the result is plain JSON data', () => {
    const r = auditWorkbook([grid('Netzwerk', fullNetwork())]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
