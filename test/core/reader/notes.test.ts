import { noteSaysLeft } from '../../../src/core/reader/formerPartners';
import { auditSnapshot } from '../../../src/workbook/auditSnapshot';

describe('a remark column', () => {
  test.each([
    ['ausgeschieden 2025', true],
    ['Ausgeschieden zum 31.12.2024', true],
    ['2025 ausgetreten', true],
    ['seit 03/2025 inaktiv', true],
    ['zum 31.12.2024 gekündigt', true],
    ['Kooperation beendet', true],
    ['Praxis geschlossen (Ruhestand)', true],
    ['ruht wegen Elternzeit', true],
    ['nicht mehr dabei', true],
    ['left in 2024', true],
    // About a person, a former name, a hire, or nothing about leaving: the partner stays.
    ['Vorgängerin ausgeschieden, neue Ansprechpartnerin Frau X', false],
    ['früher Familienzentrum Nord', false],
    ['ehemals Kita Sonnenschein', false],
    ['neue Fachkraft eingestellt', false],
    ['seit 2026 dabei', false],
    ['nicht ausgeschieden', false],
    ['', false],
  ])('%j says the partner left: %s', (note, left) => {
    expect(noteSaysLeft(note)).toBe(left);
  });

  it('takes a partner whose remark says it left out of the count, says so, and reads an abbreviated agreement header', () => {
    const values = [
      ['Netzwerkpartner Frühe Hilfen – Stand 09/2026'],
      [],
      ['Nr.', 'Einrichtung / Träger', 'Bereich', 'Koop.-Vereinb.', 'Bemerkung'],
      [1, 'Jugendamt Musterau', 'Jugendhilfe', 'x', null],
      [2, 'Jobcenter Musterau', 'Sonstige', null, 'ausgeschieden 2025'],
      [3, 'Kita Regenbogen', 'Jugendhilfe', null, 'Vorgängerin ausgeschieden, neue Leitung Frau X'],
      [4, 'Hebammenpraxis Bauchgefühl', 'Gesundheit', 'x', 'früher Hebammenpraxis Mitte'],
    ];
    const { model, result } = auditSnapshot({ sheets: [{ name: 'Netzwerk', values, originRow: 0, originColumn: 0 }], settings: {} });
    expect(result.actors).toBe(3);
    expect(model.network?.former.map((f) => [f.name, f.reason, f.detail, f.row + 1])).toEqual([['Jobcenter Musterau', 'note', 'ausgeschieden 2025', 5]]);
    expect(result.findings.filter((f) => f.code === 'former-partners').map((f) => [f.cell, f.values])).toEqual([
      ['B5', { count: 1, reasons: { note: 1 }, examples: ['Jobcenter Musterau'] }],
    ]);
    expect(result.findings.some((f) => f.code === 'missing-actor-type' && (f.values as { actorType: string }).actorType === 'jobcenter')).toBe(true);
    // "Koop.-Vereinb." is the agreement column: two of three active partners have one.
    expect(result.indicators.withAgreement).toBeCloseTo(2 / 3, 6);
  });
});

describe('notes under a list', () => {
  it('are no partners: a legend, a date, a source and a footnote are left out and said', () => {
    const values = [
      ['Einrichtung', 'Art', 'Koop.-Vereinbarung'],
      ['Hebamme Kraus', 'Hebamme', 'x'],
      ['Jugendamt', 'Jugendamt', 'x'],
      ['Kita Sonne', 'Kita', null],
      [],
      ['Legende: x = Kooperationsvereinbarung liegt vor'],
      ['Stand: 01.09.2026, erstellt von Fr. Berger'],
      ['* Angaben ohne Gewähr'],
      ['Quelle: eigene Erhebung'],
      ['Gesamt: 3 Partner', null, 2],
    ];
    const { result } = auditSnapshot({ sheets: [{ name: 'Netzwerk', values, originRow: 0, originColumn: 0 }], settings: {} });
    expect(result.actors).toBe(3);
    expect(result.findings.filter((f) => f.code === 'unclassified-actor')).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'note-rows-skipped').map((f) => [f.cell, f.values])).toEqual([
      ['A6', { count: 5, examples: ['Legende: x = Kooperationsvereinbarung liegt vor', 'Stand: 01.09.2026, erstellt von Fr. Berger', '* Angaben ohne Gewähr'] }],
    ]);
  });
});
