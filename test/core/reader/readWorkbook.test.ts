import { readWorkbookModel } from '../../../src/core/reader/readWorkbook';
import { readXlsxBuffer } from '../../../src/workbook/xlsx/readXlsx';
import { FixtureCell, FixtureSheet, makeXlsx } from '../../fixtures/xlsxFixture';

async function model(sheets: FixtureSheet[], overrides = {}, ownSheets: string[] = []) {
  return readWorkbookModel(readXlsxBuffer(await makeXlsx(sheets)).sheets, { overrides, ownSheets });
}

const PARTNERS: FixtureCell[][] = [
  ['Jugendamt – ASD', 'Jugendamt', 'Mitte', 'ja'],
  ['Praxis Dr. Weber', 'Kinderärztin', 'Mitte', 'nein'],
  ['pro familia', null, 'Nord', 'x'],
  ['Caritas', 'Erziehungsberatung', 'Nord', '✓'],
];

describe('finding the network sheet and its header by content', () => {
  test('title and blank rows above the header, any sheet name', async () => {
    const m = await model([
      { name: 'Tabelle1', rows: [['Netzwerk Frühe Hilfen – Partnerliste Stand 2026'], [], ['Hinweis: bitte jährlich aktualisieren'], [], ['Einrichtung', 'Art', 'Stadtteil', 'KV'], ...PARTNERS] },
    ]);
    expect(m.network?.sheet).toBe('Tabelle1');
    expect(m.network?.headerRow).toBe(4);
    expect(m.network?.actors.map((a) => a.actorTypeId)).toEqual(['asd', 'kinderarzt', 'schwangerschaftsberatung', 'erziehungsberatung']);
    expect(m.network?.actors.map((a) => a.agreement)).toEqual([true, false, true, true]);
    expect(m.network?.actors[0].row).toBe(5);
  });

  test('header deep in the sheet and data starting at C5 (used range offset)', async () => {
    const rows: FixtureCell[][] = [['Übersicht der Kooperationspartner'], ...Array.from({ length: 10 }, () => []), ['Name', 'Typ', 'Sozialraum'], ...PARTNERS.map((r) => r.slice(0, 3))];
    const m = await model([{ name: 'Partner', rows, startCell: 'C5' }]);
    expect(m.network?.headerRow).toBe(15);
    expect(m.network?.columns.name).toBe(2);
    expect(m.network?.columns.sozialraum).toBe(4);
    expect(m.network?.actors).toHaveLength(4);
    expect(m.network?.actors[1].row).toBe(17);
  });

  test('Excel table with English headers', async () => {
    const m = await model([
      { name: 'Data', rows: [['Organisation', 'Type', 'District', 'Cooperation agreement', 'Steering group'], ...PARTNERS.map((r) => [...r, 'yes'])], table: { name: 'Network' } },
    ]);
    expect(m.network?.columns).toMatchObject({ name: 0, type: 1, sozialraum: 2, agreement: 3, steering: 4 });
    expect(m.network?.actors.every((a) => a.steering === true)).toBe(true);
  });

  test('picks the network among other sheets and ignores sheets the add-in wrote', async () => {
    const m = await model([
      { name: 'Prüfbericht 2026-11-01', rows: [['Einrichtung', 'Art'], ['Kita A', 'Kita'], ['Kita B', 'Kita'], ['Kita C', 'Kita']] },
      { name: 'Notizen', rows: [['Protokoll der Sitzung'], ['Thema', 'Ergebnis']] },
      { name: 'Netz', rows: [['Einrichtung', 'Art', 'Sozialraum'], ...PARTNERS.map((r) => r.slice(0, 3))] },
    ], {}, ['Prüfbericht 2026-11-01']);
    expect(m.network?.sheet).toBe('Netz');
  });

  test('blank rows, sum rows and section headings inside the list', async () => {
    const m = await model([
      {
        name: 'Netzwerk',
        rows: [
          ['Einrichtung', 'Art', 'Sozialraum'],
          ['Gesundheitsbereich'],
          ['Praxis Sonnenschein', null, 'Mitte'],
          [],
          [null, null, null],
          ['Kinder- und Jugendhilfe'],
          ['Jugendamt', null, 'Mitte'],
          ['Gesamt', null, null],
        ],
      },
    ]);
    const actors = m.network?.actors ?? [];
    expect(actors.map((a) => a.name)).toEqual(['Praxis Sonnenschein', 'Jugendamt']);
    // An unrecognisable name under a section heading takes the section's Kernbereich, no type is guessed.
    expect(actors[0]).toMatchObject({ actorTypeId: null, kernbereich: 'gesundheit' });
    expect(actors[1]).toMatchObject({ actorTypeId: 'jugendamt', kernbereich: 'jugendhilfe' });
  });

  test('yes/no marks as typed by hand: ja, Ja, JA, x, ✓, nein, -, empty', async () => {
    const marks: FixtureCell[] = ['ja', 'Ja', 'JA', 'x', '✓', 'nein', '-', null];
    const m = await model([{ name: 'Netzwerk', rows: [['Einrichtung', 'Kooperationsvereinbarung'], ...marks.map((mark, i) => [`Kita ${i}`, mark])] }]);
    expect(m.network?.actors.map((a) => a.agreement)).toEqual([true, true, true, true, true, false, false, null]);
  });

  test('error cells become warnings, not failures', async () => {
    const m = await model([{ name: 'Netzwerk', rows: [['Einrichtung', 'Art', 'KV'], ['Jugendamt', 'ASD', { error: '#N/A' }], [{ error: '#REF!' }, 'Kita', 'ja']] }]);
    expect(m.network?.actors).toHaveLength(2);
    expect(m.network?.actors[0].agreement).toBeNull();
    expect(m.network?.actors[1].actorTypeId).toBe('kita');
    const errors = m.findings.filter((f) => f.code === 'error-cell');
    expect(errors.map((f) => f.cell)).toEqual(['C2', 'A3']);
  });

  test('a list without header is found by its recognisable partners', async () => {
    const m = await model([{ name: 'Liste', rows: [['Jugendamt'], ['Kita Regenbogen'], ['Gesundheitsamt'], ['Hebamme Meier'], ['Jobcenter']] }]);
    expect(m.network?.headerRow).toBeNull();
    expect(m.network?.actors.map((a) => a.actorTypeId)).toEqual(['jugendamt', 'kita', 'gesundheitsamt', 'hebamme', 'jobcenter']);
  });

  test('a range starting with a data row is not mistaken for a header (words like "Dienst", "Bezirk")', async () => {
    const m = await model([{ name: 'Liste', rows: [['Allgemeiner Sozialer Dienst', 'ASD', 'bezirksweit'], ['Kita Regenbogen', 'Kita', 'Nord'], ['Gesundheitsamt', 'KJGD', 'bezirksweit'], ['Hebamme Meier', 'Hebamme', 'Süd']] }]);
    expect(m.network?.headerRow).toBeNull();
    expect(m.network?.actors.map((a) => a.actorTypeId)).toEqual(['asd', 'kita', 'gesundheitsamt', 'hebamme']);
  });

  test('no network anywhere gives null, not an exception', async () => {
    const m = await model([{ name: 'Kalender', rows: [['Montag', 'Dienstag'], [1, 2]] }]);
    expect(m.network).toBeNull();
  });

  test("the planner's saved mapping wins over detection", async () => {
    const m = await model(
      [{ name: 'Rohdaten', rows: [['Spalte 1', 'Spalte 2', 'Spalte 3'], ['x', 'Mitte', 'Jugendamt'], ['y', 'Nord', 'Kita']] }],
      { networkSheet: 'Rohdaten', headerRow: 0, columns: { name: 2, sozialraum: 1 } },
    );
    expect(m.network?.actors.map((a) => [a.actorTypeId, a.sozialraeume])).toEqual([['jugendamt', ['Mitte']], ['kita', ['Nord']]]);
  });
});

describe('budget, criteria and settings sheets', () => {
  const network: FixtureSheet = { name: 'Netzwerk', rows: [['Einrichtung', 'Art', 'Sozialraum'], ...PARTNERS.map((r) => r.slice(0, 3))] };

  test('budget lines with German currency text, funding sources and a sum row', async () => {
    const m = await model([
      network,
      {
        name: 'Haushalt',
        rows: [
          ['Budget Frühe Hilfen 2027'],
          ['Sozialraum', 'Maßnahme', 'Finanzierung', 'Betrag', 'Kinder unter 3'],
          ['Mitte', 'Familienhebammen', 'Bundesstiftung Frühe Hilfen', '12.500 €', 800],
          ['Mitte', 'Koordination', 'kommunal', 50000, null],
          ['Nord', 'Babylotsen', 'Landesmittel', '8.450,00 €', 600],
          ['Nord', 'Elterncafé', 'Stadt', 'unbekannt', null],
          ['Summe', null, null, { formula: 'SUM(D3:D6)', result: 50000 }, null],
        ],
      },
    ]);
    expect(m.budget?.sheet).toBe('Haushalt');
    expect(m.budget?.lines.map((l) => [l.sozialraum, l.source, l.amount, l.children0to3])).toEqual([
      ['Mitte', 'bundesstiftung', 12500, 800],
      ['Mitte', 'kommunal', 50000, null],
      ['Nord', 'land', 8450, 600],
    ]);
    expect(m.findings.some((f) => f.code === 'unreadable-amount' && f.cell === 'D6')).toBe(true);
  });

  test('criteria sheet: ids as text or numbers (5.10 typed as number), statuses as typed, evidence column', async () => {
    const ids = ['3.1', '3.2', 4.1, 5.9, 5.1, '6.4'];
    const m = await model([
      network,
      {
        name: 'Qualität',
        rows: [['Nr.', 'Kriterium', 'Status', 'Nachweis'], ...ids.map((id, i) => [id, 'Text', ['erfüllt', 'Erfüllt', 'teilw.', 'nicht erfüllt', 'offen', null][i], i === 0 ? 'Stellenplan' : null])],
      },
    ]);
    expect(m.criteria?.rows.map((r) => [r.criterionId, r.status, r.evidence])).toEqual([
      ['3.1', 'erfuellt', 'Stellenplan'],
      ['3.2', 'erfuellt', null],
      ['4.1', 'teilweise', null],
      ['5.9', 'nicht_erfuellt', null],
      ['5.10', 'offen', null],
      ['6.4', null, null],
    ]);
  });

  test('settings as key/value rows: German number text, shares, type lists', async () => {
    const m = await model([
      network,
      {
        name: 'Parameter',
        rows: [
          ['Einstellungen'],
          ['Einwohnerzahl', '167.494'],
          ['Anteil Kinder 0–3', '3,5 %'],
          ['Anteil belasteter Familien', 0.12],
          ['Kosten je begleiteter Familie', '3.000 €'],
          ['Pflicht-Akteurstypen', 'Jugendamt, Kinderärzt:innen; Hebammen', 'Geburtsklinik, Ehe-, Familien- und Lebensberatung'],
        ],
      },
    ]);
    expect(m.settings).toMatchObject({ sheet: 'Parameter', population: 167494, share0to3: 0.035, burdenShare: 0.12, costPerFamily: 3000 });
    expect(m.settings.requiredTypes).toEqual(['Jugendamt', 'Kinderärzt:innen', 'Hebammen', 'Geburtsklinik', 'Ehe-, Familien- und Lebensberatung']);
    expect(m.settings.cells.population).toEqual({ row: 1, column: 1 });
  });
});
