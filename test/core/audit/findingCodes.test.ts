import { existsSync } from 'fs';
import * as path from 'path';
import { auditWorkbook, AuditOptions } from '../../../src/core/audit/audit';
import { gatherFacts } from '../../../src/core/audit/facts';
import { RULES } from '../../../src/core/audit/rules';
import { readWorkbookModel } from '../../../src/core/reader/readWorkbook';
import { FINDING_CODES, FindingCode } from '../../../src/core/findings/codes';
import { CellValue, SheetGrid } from '../../../src/core/grid';
import { findingText } from '../../../src/report/findingText';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, originRow: 0, originColumn: 0 });
const HEADER = ['Einrichtung', 'Art', 'Kernbereich', 'Sozialraum', 'Kooperationsvereinbarung', 'Steuerungsgruppe', 'Netzwerkkonferenz'];

/** A small network with most gaps a rule can name: no coordination, health unbound, two Sozialräume, odd cells. */
const GAPPY = grid('Netzwerk', [
  HEADER,
  ['Jugendamt', null, 'Gesundheit', 'Nord', 'ja', 'ja', 'ja'],
  ['Kita Sonne', null, null, 'Nord', 'vielleicht', 'nein', 'nein'],
  ['Gesundheitsamt', null, null, 'Süd', 'nein', 'nein', 'nein'],
  ['Bäckerei Schmidt', null, null, 'Süd', { error: '#N/A' }, 'nein', 'nein'],
]);
const NO_AGREEMENTS = grid('Netzwerk', [HEADER.slice(0, 5), ['Jugendamt', null, null, 'Nord', 'nein'], ['Gesundheitsamt', null, null, 'Nord', 'nein']]);
const NO_FORUM = grid('Netzwerk', [['Einrichtung', 'Netzwerkkonferenz'], ['Jugendamt', 'nein'], ['Kita', 'nein']]);
const CRITERIA = grid('Kriterien', [
  ['Nr.', 'Status', 'Nachweis'],
  ['3.1', 'erfüllt', null],
  ['3.1', 'offen', null],
  ['4.7', 'erfüllt', null],
  ['5.1', 'teilweise', null],
  ['6.1', 'nein', null],
]);
const SETTINGS = grid('Einstellungen', [['Pflicht-Akteurstypen', 'Jugendamt, Zauberer'], ['Empfohlene Akteurstypen', 'Kita']]);
const budget = (rows: CellValue[][]) => grid('Budget', [['Sozialraum', 'Finanzierung', 'Betrag', 'Kinder 0-3'], ...rows]);
const LOW_BUDGET = budget([['Nord', 'Bundesstiftung', 1000, 500], ['Süd', 'kommunal', 'viel', 300]]);
const HIGH_BUDGET = budget([['Nord', 'kommunal', 10_000_000, 500]]);
const NO_CHILDREN = budget([['Nord', 'kommunal', 1000, null]]);

const YEARS = ['2024', '2025'].map((y) => grid(`Netzwerk ${y}`, [HEADER, ['Jugendamt', null, null, 'Nord', 'ja', 'ja', 'ja'], ['Kita Sonne', null, null, 'Nord', 'ja', 'nein', 'ja']]));
const PARTS = ['Jugendhilfe', 'Gesundheit'].map((name, i) => grid(name, [['Einrichtung', 'Sozialraum', 'Kooperationsvereinbarung'], [i === 0 ? 'Jugendamt' : 'Gesundheitsamt', 'Nord', 'ja'], ['Verein Mittendrin', 'Süd', 'nein']]));
const ADDRESSES = grid('Adressen', [['Einrichtung', 'Telefon'], ['Kita Mond', '123'], ['Hebammenpraxis Roth', '456'], ['Jobcenter Nord', '789'], ['Gesundheitsamt', '000']]);
const TWO_ROWS = grid('Netzwerk', [
  ['Einrichtung', 'Art', 'Kooperation', null, 'Sozialraum', null, 'Status', 'Ansprechperson'],
  [null, null, 'Vereinbarung', 'seit', 'Nord', 'Süd', null, null],
  ['Jugendamt', null, 'ja', 2019, 'x', 'x', 'aktiv', null],
  ['Praxis Meier', null, 'nein', null, 'x', null, 'vielleicht', 'Frau Dr. Meier, Kinderärztin'],
  ['Hebamme Roth', null, 'nein', null, null, 'x', 'ausgeschieden', null],
  ['Jugendamt', null, 'ja', 2019, 'x', null, null, null],
]);
const FILTERED: SheetGrid = { ...GAPPY, layout: { filter: { top: 0, left: 0, bottom: 4, right: 6 }, filteredRows: [2] } };
const YEAR_BUDGET = grid('Budget', [['Sozialraum', 'Maßnahme', 'Ansatz 2025', 'Ansatz 2026'], ['Nord', 'Lotsen', 1000, 1200]]);
const ROW_YEARS = grid('Budget', [['Jahr', 'Maßnahme', 'Betrag'], [2025, 'Lotsen', 1000], [null, 'Koordination', 3000], [2026, 'Lotsen', 1200]]);
const TICKS = grid('Kriterien', [['Nr.', 'Kriterium', 'erfüllt', 'teilweise', 'nicht erfüllt', 'offen'], ...['3.1', '3.2', '3.3', '3.4', '3.5'].map((id, i) => [id, 'x', i === 0 ? 'x' : null, i === 1 ? 'x' : null, i === 0 ? 'x' : null, null])]);

interface Case {
  readonly sheets: readonly SheetGrid[];
  readonly options?: AuditOptions;
}

/** For every finding code, a workbook that produces it. A Record: a new code does not compile without its case. */
const CASES: Readonly<Record<FindingCode, Case>> = {
  'error-cell': { sheets: [GAPPY] },
  'unclear-mark': { sheets: [GAPPY] },
  'unreadable-amount': { sheets: [GAPPY, LOW_BUDGET] },
  'override-sheet-missing': { sheets: [GAPPY], options: { overrides: { networkSheet: 'Partner 2019' } } },
  'sheet-clipped': { sheets: [{ ...GAPPY, layout: { clipped: { keptRows: 4, totalRows: 1_000_000 } } }] },
  'status-unclear': { sheets: [TWO_ROWS] },
  'settings-sheet-missing': { sheets: [GAPPY, grid('Einstellungen', [['Netzwerkblätter', 'Partner 1999'], ['Berichtsjahr', 2026]])] },
  'network-year-chosen': { sheets: YEARS },
  'network-year-missing': { sheets: [...YEARS, grid('Einstellungen', [['Berichtsjahr', 2023], ['Anteil belasteter Familien', '10 %']])] },
  'network-sheets-combined': { sheets: PARTS },
  'network-sheet-left-out': { sheets: [GAPPY, ADDRESSES] },
  'header-two-rows': { sheets: [TWO_ROWS] },
  'sozialraum-matrix': { sheets: [TWO_ROWS] },
  'former-partners': { sheets: [TWO_ROWS] },
  'filtered-rows-counted': { sheets: [FILTERED] },
  'partners-merged': { sheets: [TWO_ROWS] },
  'type-from-contact': { sheets: [TWO_ROWS] },
  'budget-column-chosen': { sheets: [GAPPY, YEAR_BUDGET] },
  'setting-unreadable': { sheets: [GAPPY, grid('Einstellungen', [['Geburten', 'ca. 800'], ['Berichtsjahr', 2026]])] },
  'budget-section-chosen': { sheets: [GAPPY, grid('Budget', [['Einnahmen', null, 'Betrag'], ['Bundesstiftung', null, 5000], [], ['Ausgaben', null, null], ['Lotsendienst', null, 5000]])] },
  'note-rows-skipped': { sheets: [grid('Netzwerk', [['Einrichtung', 'Art'], ['Jugendamt', 'Jugendamt'], ['Kita Sonne', 'Kita'], [], ['Legende: x = Vereinbarung']])] },
  'activity-entries-unused': { sheets: [GAPPY, grid('Netzwerkarbeit', [['Datum', 'Art', 'Beschreibung'], ['Frühjahr 2025', 'Netzwerkkonferenz', 'Frühjahrskonferenz']])] },
  'budget-in-thousands': { sheets: [GAPPY, grid('Budget', [['Maßnahme', 'Ansatz (T€)'], ['Lotsendienst', 45]])] },
  'budget-rows-chosen': { sheets: [GAPPY, ROW_YEARS] },
  'budget-year-missing': { sheets: [GAPPY, YEAR_BUDGET, grid('Einstellungen', [['Berichtsjahr', 2030], ['Anteil belasteter Familien', '10 %']])] },
  'layout-unreadable': { sheets: [{ ...GAPPY, layout: { unreadable: ['hiddenRows', 'struck'] } }] },
  'budget-sheet-chosen': {
    sheets: [GAPPY, grid('Budget 2025', [['Sozialraum', 'Maßnahme', 'Betrag'], ['Nord', 'Lotsen', 900]]), grid('Budget 2026', [['Sozialraum', 'Maßnahme', 'Betrag'], ['Nord', 'Lotsen', 1100]])],
  },
  'criteria-tick-form': { sheets: [GAPPY, TICKS] },
  'criterion-status-unclear': { sheets: [GAPPY, TICKS] },
  'network-sheet-not-found': { sheets: [grid('Kalender', [['Mo', 'Di'], [1, 2]])] },
  'network-empty': { sheets: [grid('Netzwerk', [HEADER])] },
  'settings-unknown-type': { sheets: [GAPPY, SETTINGS] },
  'missing-kernbereich': { sheets: [GAPPY] },
  'missing-actor-type': { sheets: [GAPPY] },
  'sozialraum-missing-kernbereich': { sheets: [GAPPY] },
  'unclassified-actor': { sheets: [GAPPY] },
  'kernbereich-differs': { sheets: [GAPPY] },
  'no-coordination': { sheets: [GAPPY] },
  'steering-unknown': { sheets: [NO_AGREEMENTS] },
  'steering-incomplete': { sheets: [GAPPY] },
  'no-forum': { sheets: [NO_FORUM] },
  'forum-low': { sheets: [GAPPY] },
  'no-agreements': { sheets: [NO_AGREEMENTS] },
  'agreements-missing': { sheets: [GAPPY] },
  'health-youth-not-bound': { sheets: [GAPPY] },
  'criteria-sheet-not-found': { sheets: [GAPPY] },
  'criteria-not-listed': { sheets: [GAPPY, CRITERIA] },
  'criterion-duplicate': { sheets: [GAPPY, CRITERIA] },
  // Every independent health partner says no to an agreement: the list shows 5.2 is not met.
  'criterion-met-contradicted': {
    sheets: [
      grid('Netzwerk', [HEADER.slice(0, 5), ['Jugendamt', null, null, 'Nord', 'ja'], ['Kinderarztpraxis Dr. Weiß', null, null, 'Nord', 'nein'], ['Gesundheitsamt', null, null, 'Nord', 'nein']]),
      grid('Kriterien', [['Nr.', 'Status', 'Nachweis'], ['5.2', 'erfüllt', null], ['3.1', 'offen', null], ['3.2', 'offen', null], ['3.3', 'offen', null], ['3.4', 'offen', null]]),
    ],
  },
  'criterion-list-hint': { sheets: [GAPPY, CRITERIA] },
  'types-taught': { sheets: [GAPPY], options: { taught: [{ label: 'Bäckerei Schmidt', actorType: 'Familienbildung' }] } },
  'actor-type-absent': { sheets: [GAPPY, grid('Einstellungen', [['Im Bezirk nicht vorhanden', 'Geburtsklinik', 'Entbindung im Klinikum Nachbarstadt'], ['Kinder 0–3', 900]])] },
  'criterion-met-without-evidence': { sheets: [GAPPY, CRITERIA] },
  'budget-not-found': { sheets: [GAPPY] },
  'need-unknown': { sheets: [GAPPY, NO_CHILDREN] },
  'budget-below-need': { sheets: [GAPPY, LOW_BUDGET] },
  'budget-covers-need': { sheets: [GAPPY, HIGH_BUDGET] },
  'budget-sozialraum-below-need': { sheets: [GAPPY, LOW_BUDGET] },
  // 1,000 births: LaB 5 | 10.3 | 15 % ÷ 30 × 75,000 € plus 75,000 € coordination = 200,000 … 450,000 €.
  'budget-within-need-range': { sheets: [GAPPY, budget([['Nord', 'kommunal', 300_000, null]]), grid('Einstellungen', [['Geburten', 1000], ['Kinder 0–3', 3000]])] },
  'need-defaults-used': { sheets: [GAPPY, LOW_BUDGET] },
  'need-births-estimated': { sheets: [GAPPY, LOW_BUDGET] },
  'need-settings-unused': { sheets: [GAPPY, LOW_BUDGET, grid('Einstellungen', [['Anteil belasteter Familien', '12 %'], ['Kinder 0–3', 800]])] },
  'need-simple-model': { sheets: [GAPPY, LOW_BUDGET, grid('Einstellungen', [['Bedarfsmodell', 'einfach'], ['Kinder 0–3', 800]])] },
  'budget-source-mix': { sheets: [GAPPY, LOW_BUDGET] },
};

describe('every finding code is produced, and reads as a sentence in German and English', () => {
  test.each(FINDING_CODES.map((code) => [code]))('%s', (code) => {
    const { sheets, options } = CASES[code];
    const found = auditWorkbook(sheets, options).findings.filter((f) => f.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      const de = findingText(f, 'de');
      const en = findingText(f, 'en');
      for (const text of [de, en]) {
        expect(text).toMatch(/^\S.*[.)!]$/s);
        expect(text).not.toMatch(/undefined|NaN|\[object|null\b/);
      }
      expect(de).not.toBe(en);
    }
  });
});

describe('the rule registry', () => {
  test('the rules together declare every code, each exactly once', () => {
    const declared = RULES.flatMap((r) => [...r.codes]);
    expect([...declared].sort()).toEqual([...FINDING_CODES].sort());
  });

  test('each rule, run on the facts of every case, returns only the codes it declares', () => {
    for (const { sheets, options } of Object.values(CASES)) {
      const facts = gatherFacts(readWorkbookModel(sheets, options));
      for (const rule of RULES) for (const f of rule.run(facts)) expect(rule.codes).toContain(f.code);
    }
  });

  test('rule names are the names of their files', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(existsSync(path.join(__dirname, '../../../src/core/audit/rules', `${name}.ts`))).toBe(true);
  });
});
