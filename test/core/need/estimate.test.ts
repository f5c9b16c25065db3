import { readFileSync } from 'fs';
import * as path from 'path';
import { CellValue, SheetGrid } from '../../../src/core/grid';
import { readSettings } from '../../../src/core/reader/settingsSheet';
import { REFERENCE_RATES } from '../../../src/core/taxonomy/referenceRates';
import { auditWorkbook } from '../../../src/core/audit/audit';
import { estimateMeasureNeed, MeasureNeedInput } from '../../../src/core/need/estimate';
import { NEED_PARAMETERS } from '../../../src/core/need/parameters';
import { NEED_DEFAULTS } from '../../../src/core/need/defaults';
import { LAB_FTE_REFERENCES, FEDERAL_EURO_PER_BIRTH_REFERENCES } from '../../../src/core/need/references';
import { allocateNeed } from '../../../src/core/need/sozialraumNeed';
import { NEED_PARAMETER_IDS } from '../../../src/core/needParameterIds';
import { readXlsxFile } from '../../../src/workbook/xlsx/readXlsx';
import { auditSnapshot } from '../../../src/workbook/auditSnapshot';
import { buildReport } from '../../../src/report/buildReport';
import { renderText } from '../../../src/report/render/text';
import { EXAMPLE_FILE } from '../../../scripts/preview';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, originRow: 0, originColumn: 0 });
const BASE: MeasureNeedInput = { births: 1950, children0to3: null, clinicBirths: null, hasBirthClinic: true, welcomeVisits: null, overrides: {} };

describe('the need model by measures', () => {
  test('a district shaped like seed 004 (1,950 births, a birth clinic): 465,000 | 723,375 | 952,500 €', () => {
    const e = estimateMeasureNeed(BASE);
    // LaB: 1,950 × 5 | 10.3 | 15 % = 97.5 | 200.85 | 292.5 families ÷ 30 = 3.25 | 6.695 | 9.75 posts × 75,000 €.
    const lab = e?.measures.find((m) => m.id === 'lab');
    expect(lab?.fte?.low).toBeCloseTo(3.25);
    expect(lab?.cost).toEqual({ low: 243_750, mid: expect.closeTo(502_125, 6), high: 731_250 });
    // Lotsendienst: 1,950 clinic births (assumed the district's, said so) ÷ 1,000 × 1 post × 75,000 € = 146,250 €.
    expect(e?.clinicBirthsBasis).toBe('births');
    expect(e?.measures.find((m) => m.id === 'lotsen')?.cost.mid).toBeCloseTo(146_250);
    // Coordination: 1 post × 75,000 €; welcome visits not stated, so not priced.
    expect(e?.measures.find((m) => m.id === 'coordination')?.cost.mid).toBe(75_000);
    expect(e?.measures.find((m) => m.id === 'welcome')).toMatchObject({ leftOut: 'not-offered', cost: { low: 0, mid: 0, high: 0 } });
    expect(e?.total.low).toBeCloseTo(465_000);
    expect(e?.total.mid).toBeCloseTo(723_375);
    expect(e?.total.high).toBeCloseTo(952_500);
  });

  test('seed 004\'s budget (109,902 € Bundesstiftung + 503,900 € kommunal) against it: within the range, 64–132 %', () => {
    const network = grid('Netzwerk', [['Einrichtung', 'Art'], ['Jugendamt Musterkreis', 'Jugendamt'], ['Geburtsklinik St. Marien', 'Geburtsklinik']]);
    const budget = grid('Budget', [['Maßnahme', 'Finanzierung', 'Betrag'], ['Familienhebammen', 'Bundesstiftung', 109_902], ['Koordination und Angebote', 'kommunal', 503_900]]);
    const settings = grid('Einstellungen', [['Einwohnerzahl', 167_494], ['Geburten', 1950]]);
    const r = auditWorkbook([network, budget, settings]);
    const c = r.budget?.coverageRange;
    expect(c?.low).toBeCloseTo(613_802 / 952_500);
    expect(c?.mid).toBeCloseTo(613_802 / 723_375);
    expect(c?.high).toBeCloseTo(613_802 / 465_000);
    expect(Math.round((c?.low ?? 0) * 100)).toBe(64);
    expect(Math.round((c?.high ?? 0) * 100)).toBe(132);
    expect(r.budget?.budgetPerBirth).toBeCloseTo(613_802 / 1950);
    const f = r.findings.find((x) => x.code === 'budget-within-need-range');
    expect(f?.severity).toBe('info');
  });

  test('the bundled example: 1,950 births, its own cost per post, no birth clinic listed: 328,500 | 597,210 | 835,500 €, 74–188 % covered, the arithmetic in the report', async () => {
    const { result } = auditSnapshot(await readXlsxFile(EXAMPLE_FILE));
    const b = result.budget;
    expect(b?.total).toBe(618_602);
    expect(b?.needRange?.low).toBeCloseTo(328_500);
    expect(b?.needRange?.mid).toBeCloseTo(597_210);
    expect(b?.needRange?.high).toBeCloseTo(835_500);
    expect(Math.round((b?.coverageRange?.low ?? 0) * 100)).toBe(74);
    expect(Math.round((b?.coverageRange?.high ?? 0) * 100)).toBe(188);
    // Intl writes a no-break space before € and %: compared as plain spaces.
    const text = renderText(buildReport(result, { lang: 'de', date: new Date(Date.UTC(2026, 11, 1)) })).replace(/\u00a0/g, ' ');
    expect(text).toContain('1.950 Geburten × 5 % | 10,3 % | 15 % = 98–293 Familien ÷ 30 Familien je Vollzeitstelle = 3,3–9,8 Vollzeitstellen × 78.000 €  254.000 € bis 761.000 € (mittlere Schätzung 522.000 €)');
    expect(text).toContain('1 Vollzeitstelle × 75.000 €');
    expect(text).toContain('nicht angesetzt: keine Geburtsklinik in der Liste');
    expect(text).toContain('Summe: 329.000 € bis 836.000 € (mittlere Schätzung 597.000 €) im Jahr.');
    expect(text).toMatch(/Kosten je Vollzeitstelle LaB \(Familienhebamme\/FGKiKP\) und Jahr\s+78\.000 €\s+aus der Arbeitsmappe/);
    expect(text).not.toMatch(/es fehlen [\d.]+ €/);
  });

  test('an override collapses the parameter\'s range to the planner\'s value, and says where it came from', () => {
    const e = estimateMeasureNeed({ ...BASE, overrides: { labShare: 0.08 } });
    const p = e?.parameters.find((x) => x.id === 'labShare');
    expect(p).toEqual({ id: 'labShare', value: { low: 0.08, mid: 0.08, high: 0.08 }, origin: 'settings' });
    expect(e?.total.low).toBeCloseTo(e?.total.high ?? 0);
  });

  test('births from children under 3 ÷ 3 when not given; none at all: no estimate', () => {
    const e = estimateMeasureNeed({ ...BASE, births: null, children0to3: { value: 5862, basis: 'children' } });
    expect(e?.births).toBeCloseTo(1954);
    expect(e?.birthsBasis).toBe('children');
    expect(estimateMeasureNeed({ ...BASE, births: null })).toBeNull();
  });

  test('Lotsendienst: clinic births from the settings, none without a birth clinic; welcome visits where offered', () => {
    expect(estimateMeasureNeed({ ...BASE, clinicBirths: 3000 })?.measures.find((m) => m.id === 'lotsen')?.cost.mid).toBeCloseTo(225_000);
    expect(estimateMeasureNeed({ ...BASE, hasBirthClinic: false })?.measures.find((m) => m.id === 'lotsen')).toMatchObject({ leftOut: 'no-birth-clinic', cost: { mid: 0 } });
    // 1,950 × 60 % take-up × 150 € (both assumptions).
    expect(estimateMeasureNeed({ ...BASE, welcomeVisits: true })?.measures.find((m) => m.id === 'welcome')?.cost.mid).toBeCloseTo(175_500);
  });

  test('per Sozialraum: by births, weighted by a burden indicator only where every Sozialraum has one; the local total stays', () => {
    const e = estimateMeasureNeed(BASE);
    if (!e) throw new Error('no estimate');
    const groups = [
      { name: 'Nord', births: 600, children0to3: null, indicator: 0.3 },
      { name: 'Süd', births: 1350, children0to3: null, indicator: 0.1 },
    ];
    const weighted = allocateNeed(e, groups);
    expect(weighted.weighting).toBe('indicator');
    const lab = e.measures.find((m) => m.id === 'lab')?.cost.mid ?? 0;
    expect((weighted.rows[0].need?.mid ?? 0) + (weighted.rows[1].need?.mid ?? 0)).toBeCloseTo(lab);
    // Nord has 31 % of the births but three times Süd's burden: more than half the local need.
    expect((weighted.rows[0].need?.mid ?? 0) / lab).toBeCloseTo((600 * 0.3) / (600 * 0.3 + 1350 * 0.1));
    const even = allocateNeed(e, [groups[0], { ...groups[1], indicator: null }]);
    expect(even.weighting).toBe('even');
    expect((even.rows[0].need?.mid ?? 0) / lab).toBeCloseTo(600 / 1950);
  });
});

describe('no figure without its source or the word assumption', () => {
  test('every default of the need model', () => {
    for (const id of NEED_PARAMETER_IDS) {
      const p = NEED_PARAMETERS[id];
      for (const lang of ['de', 'en'] as const) {
        expect(p.source[lang].length).toBeGreaterThan(15);
        if (p.assumption) expect(p.source[lang]).toMatch(lang === 'de' ? /^Annahme/ : /^assumption/);
        else expect(p.source[lang]).toMatch(/\d{4}|BR-Drs/);
      }
    }
    for (const d of Object.values(NEED_DEFAULTS)) if (d.assumption) expect(d.source.de).toMatch(/^Annahme/);
  });

  test('every comparison figure', () => {
    for (const r of [...LAB_FTE_REFERENCES, ...FEDERAL_EURO_PER_BIRTH_REFERENCES]) {
      expect(r.source.de).toMatch(/\d{4}/);
      expect(r.source.en).toMatch(/\d{4}/);
    }
  });
});

describe('the README\'s need-model table', () => {
  const readme = readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| parameter (Einstellungen key)'), readme.indexOf('Other settings the model reads'));
  const rows = table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| parameter') && !l.startsWith('| ---'));

  // The parameter each row's key is read as, by the settings reader itself (with a value plausible for its unit:
  // a count, a share or a cost in euros).
  const idOf = (row: string) =>
    [1, 0.1, 50_000].map((v) => Object.keys(readSettings(grid('Einstellungen', [[row.split('|')[1].trim(), v], ['Kinder 0–3', 9]])).need)[0]).find((id) => id !== undefined);

  test('has one row per parameter, and each key is read back as that parameter', () => {
    expect(rows.map(idOf).sort()).toEqual([...NEED_PARAMETER_IDS].sort());
  });

  test('names each default, and "Annahme" exactly where the catalog says assumption', () => {
    for (const id of NEED_PARAMETER_IDS) {
      const row = rows.find((r) => idOf(r) === id) as string;
      const p = NEED_PARAMETERS[id];
      expect(row.includes('**Annahme**')).toBe(p.assumption);
      const shown = (v: number) => (p.unit === 'share' ? `${Math.round(v * 1000) / 10} %` : p.unit === 'euro' ? `${v.toLocaleString('en-GB')} €` : v.toFixed(p.value.mid % 1 === 0 && v >= 10 ? 0 : 1));
      for (const v of new Set([p.value.low, p.value.mid, p.value.high])) expect(row).toContain(shown(v));
    }
  });
});

describe('every need parameter\'s own label is read back as that parameter', () => {
  test.each(NEED_PARAMETER_IDS.flatMap((id) => (['de', 'en'] as const).map((lang) => [id, lang, NEED_PARAMETERS[id].label[lang]] as const)))('%s (%s): "%s"', (id, _lang, label) => {
    const settings = readSettings(grid('Einstellungen', [[label, NEED_PARAMETERS[id].value.mid], ['Kinder 0–3', 900]]));
    expect(Object.keys(settings.need)).toEqual([id]);
    expect(settings.clinicBirths).toBeNull();
    expect(settings.costPerFamily).toBeNull();
  });

  test.each(['Willkommensbesuche', 'Willkommensbesuche (ja/nein)', 'Willkommensbesuche angeboten?', 'Welcome visits offered', 'Welcome visits?'])('"%s: ja" says welcome visits are offered', (key) => {
    expect(readSettings(grid('Einstellungen', [[key, 'ja'], ['Kinder 0–3', 900]])).welcomeVisits).toBe(true);
  });
});

describe('every national reference rate says what it counts and where it was published', () => {
  test.each(Object.entries(REFERENCE_RATES))('%s', (_id, rate) => {
    expect(rate?.source.survey).toBe('NZFH-Kommunalbefragung');
    expect(rate?.source.year).toBe(rate?.year);
    expect(rate?.counts.de.length).toBeGreaterThan(3);
    expect(rate?.counts.en.length).toBeGreaterThan(3);
  });

  test('85.0 % is the ASD, not the Jugendamt; 92.8 % covers the two counselling services together', () => {
    expect(REFERENCE_RATES.asd?.share).toBe(0.85);
    expect(REFERENCE_RATES.jugendamt).toBeUndefined();
    expect(REFERENCE_RATES.erziehungsberatung?.counts.de).toMatch(/zusammen/);
  });
});
