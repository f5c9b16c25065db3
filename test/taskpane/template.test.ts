import '../functions/customFunctionsDouble';
import * as fs from 'fs';
import { auditWorkbook } from '../../src/core/audit/audit';
import { ACTIVITIES } from '../../src/core/criteria/activities';
import { CRITERIA } from '../../src/core/criteria/catalog';
import { CellValue, SheetGrid } from '../../src/core/grid';
import { parseCriterionStatus } from '../../src/core/criteria/status';
import { NEED_PARAMETERS } from '../../src/core/need/parameters';
import { NEED_PARAMETER_IDS, NeedParameterId } from '../../src/core/needParameterIds';
import { EMPTY_SETTINGS, readSettings } from '../../src/core/reader/settingsSheet';
import { SettingsModel } from '../../src/core/reader/model';
import { readWorkbookModel } from '../../src/core/reader/readWorkbook';
import { ACTOR_TYPES, defaultTypeIds } from '../../src/core/taxonomy/actorTypes';
import { needmodel } from '../../src/functions/functions';
import { STATUS_LABELS } from '../../src/report/labels';
import { buildTemplate, LISTS_SHEET } from '../../src/report/template';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { auditSnapshot } from '../../src/workbook/auditSnapshot';
import { ownedSheets, SheetToWrite } from '../../src/workbook/port';

async function insert(existing: SheetGrid[], lang: 'de' | 'en' = 'de'): Promise<{ wb: MemoryWorkbook; specs: SheetToWrite[]; names: string[] }> {
  const wb = new MemoryWorkbook({ sheets: existing, settings: {} });
  const specs = buildTemplate(lang, (await wb.readWorkbook()).sheets);
  const names = await wb.writeSheets(specs);
  return { wb, specs, names };
}

const spec = (specs: SheetToWrite[], name: string) => specs.find((s) => s.name === name) as SheetToWrite;
const asGrid = (s: SheetToWrite, values: readonly (readonly CellValue[])[] = s.rows): SheetGrid => ({ name: s.name, values, originRow: 0, originColumn: 0 });

/** Puts rows below a template table's header (row 4), as a planner would type them. */
function fill(grid: SheetGrid, rows: CellValue[][]): SheetGrid {
  const values = grid.values.map((r) => [...r]);
  rows.forEach((row, i) => (values[4 + i] = row));
  return { ...grid, values };
}

/** Sets the value cell (column B) of the settings row whose key is `key`. */
function setValue(values: CellValue[][], key: string, value: CellValue): void {
  const row = values.find((r) => r[0] === key);
  if (!row) throw new Error(`no settings row "${key}"`);
  row[1] = value;
}

const PARTNERS: CellValue[][] = [
  ['Jugendamt Musterstadt', 'Jugendamt', 'Kinder- und Jugendhilfe', 'Nord', 'ja', 'ja', 'ja', 'Koordination'],
  ['Praxis Dr. Sommer', 'Kinderärzt:innen', 'Gesundheitsbereich', 'Nord', 'nein', 'nein', 'ja', null],
];

describe('Vorlage einfügen', () => {
  it('adds sheets the engine recognises as network, criteria, network activities, budget and settings', async () => {
    const { wb, names } = await insert([]);
    expect(names).toEqual(['Netzwerk', 'Kriterien', 'Netzwerkarbeit', 'Budget', 'Einstellungen', 'FH-Daten']);
    const snapshot = await wb.readWorkbook();
    const { sheets } = snapshot;
    const network = sheets.find((s) => s.name === 'Netzwerk') as SheetGrid;
    const filled = fill(network, PARTNERS);
    const { model, result } = auditSnapshot({ ...snapshot, sheets: sheets.map((s) => (s === network ? filled : s)) });
    expect(result.networkSheet).toBe('Netzwerk');
    expect(result.actors).toBe(2);
    expect(result.criteria?.sheet).toBe('Kriterien');
    expect(result.criteria?.items).toHaveLength(CRITERIA.length);
    expect(model.activities).toMatchObject({ sheet: 'Netzwerkarbeit', headerRow: 3, entries: [] });
    expect(model.budget?.sheet).toBe('Budget');
    expect(model.settings.sheet).toBe('Einstellungen');
    // The settings sheet's type lists resolve completely and equal the defaults.
    expect(result.findings.filter((f) => f.code === 'settings-unknown-type')).toEqual([]);
    // The empty value cells and their notes are no values the planner typed wrong.
    expect(result.findings.filter((f) => f.code === 'setting-unreadable')).toEqual([]);
    const required = defaultTypeIds('required');
    expect(result.coverage).toBeCloseTo(2 / required.length);
    // No births or children entered yet: the template's need stays unknown, nothing invented.
    expect(result.budget?.estimate).toBeNull();
  });

  it('offers dropdowns whose values the engine reads back', async () => {
    const { specs } = await insert([]);
    const network = spec(specs, 'Netzwerk');
    const validations = network.validations ?? [];
    expect(validations.map((v) => v.range)).toEqual(['B5:B34', 'C5:C34', 'E5:E34', 'F5:F34', 'G5:G34']);
    expect(validations[0].list).toBe(`='FH-Daten'!$A$5:$A$${4 + ACTOR_TYPES.length}`);
    const lists = spec(specs, LISTS_SHEET);
    expect(lists.rows.slice(4).map((r) => r[0])).toEqual(ACTOR_TYPES.map((t) => t.label));
    const statusList = spec(specs, 'Kriterien').validations?.[0].list as string[];
    expect(statusList).toEqual(Object.values(STATUS_LABELS.de));
    for (const [status, label] of Object.entries(STATUS_LABELS.en)) expect(parseCriterionStatus(label)).toBe(status);
    for (const [status, label] of Object.entries(STATUS_LABELS.de)) expect(parseCriterionStatus(label)).toBe(status);
  });

  describe('Netzwerkarbeit', () => {
    it('is a table Datum | Art | Beschreibung | Umfang (VZÄ) with 30 rows, a date format and the kinds of network work as dropdown', async () => {
      for (const [lang, name, header, date] of [
        ['de', 'Netzwerkarbeit', ['Datum', 'Art', 'Beschreibung', 'Umfang (VZÄ)'], 'dd.mm.yyyy'],
        ['en', 'Network activities', ['Date', 'Kind', 'Description', 'Extent (FTE)'], 'yyyy-mm-dd'],
      ] as const) {
        const { specs } = await insert([], lang);
        const sheet = spec(specs, name);
        expect(sheet.rows[3]).toEqual(header);
        expect(sheet.rows).toHaveLength(4 + 30);
        expect(sheet.rows.slice(4).every((r) => r.length === 0)).toBe(true);
        expect(sheet.table).toEqual({ name: 'FH_Netzwerkarbeit', range: 'A4:D34' });
        expect(sheet.handOver).toBe(true);
        expect(sheet.numberFormats).toContainEqual({ range: 'A5:A34', format: date });
        // The dropdown's list is a range of the pick-list sheet (a typed list is capped at 255 characters in Excel).
        expect(sheet.validations).toEqual([{ range: 'B5:B34', list: `='FH-Daten'!$D$5:$D$${4 + ACTIVITIES.length}` }]);
        const lists = spec(specs, LISTS_SHEET);
        expect(lists.rows.slice(4, 4 + ACTIVITIES.length).map((r) => r[3])).toEqual(ACTIVITIES.map((a) => a.label[lang]));
      }
    });

    it('reads every dropdown entry back as its kind, dated, in either language', async () => {
      for (const lang of ['de', 'en'] as const) {
        const { specs } = await insert([], lang);
        const sheet = spec(specs, lang === 'de' ? 'Netzwerkarbeit' : 'Network activities');
        // 46,000 = 9 December 2025 as an Excel serial.
        const entries = ACTIVITIES.map((a, i): CellValue[] => [46_000 + i, a.label[lang], null, a.kind === 'koordination' ? 1.5 : null]);
        const model = readWorkbookModel([fill(asGrid(sheet), entries)]);
        expect(model.activities?.entries.map((e) => e.kind)).toEqual(ACTIVITIES.map((a) => a.kind));
        expect(model.activities?.entries[0].dateMs).toBe(Date.UTC(2025, 11, 9));
        expect(model.activities?.entries.find((e) => e.kind === 'koordination')?.fte).toBe(1.5);
      }
    });

    it('filled in, it is read as network work, never as the partner list', async () => {
      const { wb } = await insert([]);
      const snapshot = await wb.readWorkbook();
      const sheets = snapshot.sheets.map((s) => {
        if (s.name === 'Netzwerk') return fill(s, PARTNERS);
        if (s.name === 'Netzwerkarbeit') return fill(s, ACTIVITIES.map((a, i) => [46_000 + i, a.label.de, 'Protokoll liegt vor', null]));
        return s;
      });
      const { model, result } = auditSnapshot({ ...snapshot, sheets });
      expect(result.networkSheet).toBe('Netzwerk');
      expect(result.actors).toBe(2);
      expect(model.activities?.entries).toHaveLength(ACTIVITIES.length);
    });
  });

  describe('Einstellungen', () => {
    const KEYS = {
      de: { reportYear: 'Berichtsjahr', births: 'Geburten pro Jahr', clinicBirths: 'Geburten in den Geburtskliniken', welcomeVisits: 'Willkommensbesuche angeboten?', needModel: 'Bedarfsmodell' },
      en: { reportYear: 'Reporting year', births: 'Births per year', clinicBirths: 'Births in the birth clinics', welcomeVisits: 'Welcome visits?', needModel: 'Need model' },
    } as const;

    it('has a row per need-model parameter with its label, an empty value and a note giving the default and its source', async () => {
      for (const lang of ['de', 'en'] as const) {
        const { specs } = await insert([], lang);
        const rows = spec(specs, lang === 'de' ? 'Einstellungen' : 'Settings').rows;
        expect(rows.slice(6, 11).map((r) => r[0])).toEqual([KEYS[lang].reportYear, KEYS[lang].births, KEYS[lang].clinicBirths, KEYS[lang].welcomeVisits, NEED_PARAMETERS.labShare.label[lang]]);
        for (const id of NEED_PARAMETER_IDS) {
          const p = NEED_PARAMETERS[id];
          const row = rows.find((r) => r[0] === p.label[lang]);
          expect(row).toBeDefined();
          expect(row?.[1]).toBeNull();
          const note = row?.[2] as string;
          expect(note).toContain(p.source[lang]);
          expect(note.startsWith(lang === 'de' ? 'Standard ' : 'default ')).toBe(true);
          if (p.assumption) expect(p.source[lang]).toMatch(lang === 'de' ? /^Annahme: / : /^assumption: /);
          else expect(note).toContain(lang === 'de' ? 'Quelle: ' : 'source: ');
        }
        // The old model's rows are gone; every value cell of the settings rows is empty.
        expect(rows.map((r) => r[0])).not.toContain('Anteil belasteter Familien');
        expect(rows.slice(4).filter((r) => r.length > 0 && !/akteurstypen|actor types/i.test(String(r[0]))).every((r) => r[1] === null)).toBe(true);
      }
      const rows = spec((await insert([])).specs, 'Einstellungen').rows;
      const note = (id: NeedParameterId) => rows.find((r) => r[0] === NEED_PARAMETERS[id].label.de)?.[2];
      expect(note('labShare')).toMatch(/^Standard 10,3\s%\s\(niedrig 5\s%, hoch 15\s%\); Quelle: niedrig 5 %: hoch belastete Familien/);
      expect(note('labCostPerFte')).toMatch(/^Standard 75\.000\s€; Quelle: Stadt Hagen 2023/);
      expect(note('labFamiliesPerFte')).toBe(`Standard 30; ${NEED_PARAMETERS.labFamiliesPerFte.source.de}`);
    });

    it('as inserted, the audit reads no value from it: every parameter is reported as the default with its source', async () => {
      for (const lang of ['de', 'en'] as const) {
        const { specs } = await insert([], lang);
        const settings = readSettings(asGrid(spec(specs, lang === 'de' ? 'Einstellungen' : 'Settings')));
        // Notes are text beside an empty value; none of them may be taken for the value.
        expect({ ...settings, requiredTypes: null, recommendedTypes: null, cells: {} }).toEqual({ ...EMPTY_SETTINGS, sheet: settings.sheet });
      }
      const { wb } = await insert([]);
      const snapshot = await wb.readWorkbook();
      const sheets = snapshot.sheets.map((s) => (s.name === 'Einstellungen' ? withValues(s, [[KEYS.de.births, 1950]]) : s));
      const estimate = auditSnapshot({ ...snapshot, sheets }).result.budget?.estimate;
      expect(estimate?.model).toBe('measures');
      if (estimate?.model !== 'measures') return;
      expect(estimate.births).toBe(1950);
      expect(estimate.parameters.map((p) => [p.id, p.origin])).toEqual(NEED_PARAMETER_IDS.map((id) => [id, 'default']));
    });

    /** Each row's key, a value of its kind, the field of the settings model it must reach and what the reader makes of it. */
    const ROUND_TRIP = (lang: 'de' | 'en'): [string, CellValue, keyof SettingsModel, unknown][] => [
      [KEYS[lang].reportYear, 2027, 'reportYear', 2027],
      [KEYS[lang].births, 1950, 'births', 1950],
      [KEYS[lang].clinicBirths, 1200, 'clinicBirths', 1200],
      [KEYS[lang].welcomeVisits, lang === 'de' ? 'ja' : 'yes', 'welcomeVisits', true],
      [KEYS[lang].needModel, lang === 'de' ? 'einfach' : 'simple', 'needModel', 'simple'],
      [lang === 'de' ? 'Nachweise gelten (Monate)' : 'Evidence valid (months)', 36, 'evidenceMonths', 36],
      // Each parameter at its own default's middle: a plausible value of its unit.
      ...NEED_PARAMETER_IDS.map((id): [string, CellValue, keyof SettingsModel, unknown] => [NEED_PARAMETERS[id].label[lang], NEED_PARAMETERS[id].value.mid, 'need', { [id]: NEED_PARAMETERS[id].value.mid }]),
    ];
    /** Each row alone filled in: its value reaches its own field, and no other field changes. */
    async function roundTrip(lang: 'de' | 'en'): Promise<void> {
      const { specs } = await insert([], lang);
      const sheet = spec(specs, lang === 'de' ? 'Einstellungen' : 'Settings');
      const empty = readSettings(asGrid(sheet));
      const rows = ROUND_TRIP(lang);
      expect(rows.length).toBeGreaterThan(0);
      for (const [key, value, field, expected] of rows) {
        const values = sheet.rows.map((r) => [...r]);
        setValue(values, key, value);
        const read = readSettings(asGrid(sheet, values));
        const changed = (Object.keys(read) as (keyof SettingsModel)[]).filter((k) => k !== 'cells' && JSON.stringify(read[k]) !== JSON.stringify(empty[k]));
        expect([key, changed, read[field]]).toEqual([key, [field], expected]);
      }
    }

    it('every key it writes is read back by the settings reader to its own field, in German and English', async () => {
      for (const lang of ['de', 'en'] as const) await roundTrip(lang);
    });

    it('the budget sheet’s FH.NEEDMODEL reads the whole settings table and gives the audit’s local need per Sozialraum', async () => {
      const { wb, specs } = await insert([]);
      const snapshot = await wb.readWorkbook();
      const settingsRows: [string, CellValue][] = [
        [KEYS.de.births, 1950],
        [KEYS.de.welcomeVisits, 'ja'],
        [NEED_PARAMETERS.labCostPerFte.label.de, '78.000 €'],
        [NEED_PARAMETERS.welcomeCostPerVisit.label.de, 120],
      ];
      const budgetRows: CellValue[][] = [
        ['Nord', 'Familienhebammen', 'Bundesstiftung', 60_000, 700],
        ['Nord', 'Familienzentrum', 'kommunal', 40_000, null],
        ['Süd', 'Willkommensbesuche', 'kommunal', 25_000, 450],
      ];
      const sheets = snapshot.sheets.map((s) => (s.name === 'Einstellungen' ? withValues(s, settingsRows) : s.name === 'Budget' ? fill(s, budgetRows) : s));
      const { result } = auditSnapshot({ ...snapshot, sheets });
      const bySozialraum = result.budget?.bySozialraum ?? [];
      expect(bySozialraum.map((s) => [s.name, s.births, s.budget])).toEqual([
        ['Nord', 700, 100_000],
        ['Süd', 450, 25_000],
      ]);
      // The template's formula, K5 on the budget sheet, and the settings range it names.
      const budget = spec(specs, 'Budget');
      expect(budget.rows[3].slice(7, 12)).toEqual(['Sozialraum', 'Geburten', 'Budget (€)', 'Bedarf vor Ort (Modell, Mitte)', 'Lücke (€)']);
      const formula = budget.formulas?.K5 as string;
      const m = /^=IF\(\$H5="","",FH\.NEEDMODEL\(I5,"mittel",Einstellungen!\$A\$(\d+):\$C\$(\d+),"vor Ort"\)\)$/.exec(formula);
      expect(m).not.toBeNull();
      const settings = sheets.find((s) => s.name === 'Einstellungen') as SheetGrid;
      const [top, bottom] = [Number(m?.[1]), Number(m?.[2])];
      expect(top).toBe(4);
      expect(bottom).toBeGreaterThanOrEqual(settings.values.length);
      const range = settings.values.slice(top - 1, bottom).map((r) => [0, 1, 2].map((c) => r[c] ?? ''));
      for (const s of bySozialraum) {
        // LaB 10.3 % ÷ 30 × 78,000 € and welcome visits 60 % × 120 € per birth.
        expect(s.need).toBeCloseTo(s.births! * ((0.103 / 30) * 78_000 + 0.6 * 120), 6);
        expect(needmodel(s.births, 'mittel', range, 'vor Ort')).toBeCloseTo(s.need!, 6);
      }
    });
  });

  it('never clobbers: existing names get free variants and the formulas follow them', async () => {
    const taken: SheetGrid[] = [
      { name: 'Netzwerk', values: [['von Hand']], originRow: 0, originColumn: 0, tables: [{ name: 'FH_Netzwerk', headerRow: 0, firstColumn: 0, columnCount: 1, rowCount: 0 }] },
      { name: 'Einstellungen', values: [['von Hand']], originRow: 0, originColumn: 0 },
      { name: 'Netzwerkarbeit', values: [['Termine']], originRow: 0, originColumn: 0, tables: [{ name: 'FH_Netzwerkarbeit', headerRow: 0, firstColumn: 0, columnCount: 1, rowCount: 0 }] },
    ];
    const { wb, specs, names } = await insert(taken);
    expect(names).toEqual(['Netzwerk (2)', 'Kriterien', 'Netzwerkarbeit (2)', 'Budget', 'Einstellungen (2)', 'FH-Daten']);
    const { sheets } = await wb.readWorkbook();
    expect(sheets.slice(0, 3).map((s) => s.values)).toEqual([[['von Hand']], [['von Hand']], [['Termine']]]);
    expect(spec(specs, 'Netzwerk (2)').table?.name).toBe('FH_Netzwerk2');
    expect(spec(specs, 'Netzwerkarbeit (2)').table?.name).toBe('FH_Netzwerkarbeit2');
    expect(spec(specs, 'Einstellungen (2)').rows[22][0]).toBe('Pflicht-Akteurstypen');
    expect(Object.values(spec(specs, 'Netzwerk (2)').formulas ?? {})[0]).toBe("=FH.COVERAGE(FH_Netzwerk2[#All],,'Einstellungen (2)'!$B$23)");
    expect(Object.values(spec(specs, 'Budget').formulas ?? {})).toContain(`=IF($H5="","",FH.NEEDMODEL(I5,"mittel",'Einstellungen (2)'!$A$4:$C$43,"vor Ort"))`);
  });

  it('uses only FH functions the add-in defines, with their argument counts', async () => {
    const source = fs.readFileSync('src/functions/functions.ts', 'utf8');
    const arity = new Map<string, number>();
    for (const m of source.matchAll(/@customfunction (\w+)[\s\S]*?export function \w+\(([^)]*)\)/g)) {
      arity.set(m[1], m[2].split(',').filter((p) => p.trim() !== '' && !/invocation/.test(p)).length);
    }
    for (const lang of ['de', 'en'] as const) {
      const { specs } = await insert([], lang);
      const formulas = specs.flatMap((s) => Object.values(s.formulas ?? {}));
      const used = new Set<string>();
      for (const f of formulas) {
        for (const call of f.matchAll(/FH\.(\w+)\(([^()]*)\)/g)) {
          used.add(call[1]);
          expect(arity.has(call[1])).toBe(true);
          expect(call[2].split(',').length).toBeLessThanOrEqual(arity.get(call[1])!);
        }
      }
      expect([...used].sort()).toEqual(['COVERAGE', 'CRITERION', 'GAP', 'MISSING', 'NEEDCOVERED', 'NEEDMODEL', 'SCORE']);
      // The estimate and scope words the budget sheet writes are ones FH.NEEDMODEL knows.
      const call = /FH\.NEEDMODEL\(I5,("\w+"),[^,]+,("[\w ]+")\)/.exec(spec(specs, 'Budget').formulas?.K5 ?? '');
      expect(call).not.toBeNull();
      expect(typeof needmodel(100, JSON.parse(call![1]), undefined, JSON.parse(call![2]))).toBe('number');
    }
  });

  it('writes criterion numbers as text, so 5.10 stays 5.10', async () => {
    const { specs } = await insert([], 'en');
    const ids = spec(specs, 'Criteria').rows.slice(4, 4 + CRITERIA.length).map((r) => r[0]);
    expect(ids).toEqual(CRITERIA.map((c) => c.id));
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(specs.map((s) => s.name)).toEqual(['Network', 'Criteria', 'Network activities', 'Budget', 'Settings', 'FH-Daten']);
  });

  it('keeps only its pick list as its own sheet: the planner’s sheets are handed over and audited', async () => {
    const { wb, specs } = await insert([]);
    expect(specs.filter((s) => !s.handOver).map((s) => s.name)).toEqual([LISTS_SHEET]);
    const snapshot = await wb.readWorkbook();
    expect(ownedSheets(snapshot.settings)).toEqual([LISTS_SHEET]);
    // The pick list names all 46 types, yet is never read as a partner list.
    const { result } = auditSnapshot(snapshot);
    expect(result.networkSheet).toBe('Netzwerk');
    expect(auditWorkbook(snapshot.sheets.filter((s) => s.name === LISTS_SHEET)).networkSheet).toBe(LISTS_SHEET);
  });
});

/** The settings sheet with values typed into the rows named by their keys. */
function withValues(grid: SheetGrid, entries: readonly [string, CellValue][]): SheetGrid {
  const values = grid.values.map((r) => [...r]);
  for (const [key, value] of entries) setValue(values, key, value);
  return { ...grid, values };
}
