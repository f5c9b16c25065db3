import fc from 'fast-check';
import { coverageOf, presentTypes } from '../../../src/core/audit/coverage';
import { rangeCoverage } from '../../../src/core/audit/rangeCoverage';
import { isDistrictWide } from '../../../src/core/audit/sozialraeume';
import { CellValue } from '../../../src/core/grid';
import { networkFromRange } from '../../../src/core/reader/networkRange';
import { ACTOR_TYPES, ActorTypeId, defaultTypeIds } from '../../../src/core/taxonomy/actorTypes';

const HEADER = ['Einrichtung', 'Art', 'Sozialraum'];
const required = defaultTypeIds('required');

const network: CellValue[][] = [
  HEADER,
  ['Jugendamt – ASD', null, 'bezirksweit'],
  ['Kinderarztpraxis Dr. Weiß', 'Kinderarzt', 'Nord'],
  ['Hebammenpraxis Mitte', 'Hebamme', 'Mitte'],
  ['Frühförderstelle', 'Frühförderstelle', 'Nord / Süd'],
  ['Kita Sonnenschein', 'Kita', 'Süd'],
];

describe('rangeCoverage', () => {
  test('the whole network counts every partner row', () => {
    const r = rangeCoverage(network);
    expect(r.networkPartners).toBe(5);
    expect(r.partners).toBe(5);
    // "Jugendamt – ASD" is the ASD, which also counts for the Jugendamt: six required types from five partners.
    expect(r.coverage).toBeCloseTo(6 / required.length);
    expect(r.missing.map((t) => t.id)).not.toContain('kinderarzt');
  });

  test('a remark saying a partner left takes it out, as in the reader', () => {
    const noted: CellValue[][] = [[...HEADER, 'Bemerkung'], ...network.slice(1).map((r, i) => [...r, i === 1 ? 'ausgeschieden 2024' : null])];
    expect(rangeCoverage(noted).networkPartners).toBe(4);
    expect(rangeCoverage(noted).networkPartners).toBe(networkFromRange(noted).length);
  });

  test('one Sozialraum counts its own partners, district-wide ones and cells naming several Sozialräume', () => {
    const nord = rangeCoverage(network, { sozialraum: 'nord' });
    expect(nord.partners).toBe(3);
    const present = required.filter((id) => !nord.missing.some((t) => t.id === id));
    expect(present.sort()).toEqual(['asd', 'fruehfoerderung', 'jugendamt', 'kinderarzt']);
    const sued = rangeCoverage(network, { sozialraum: 'Süd' });
    expect(sued.partners).toBe(3);
    expect(sued.missing.map((t) => t.id)).toContain('kinderarzt');
  });

  test('a district-wide or blank Sozialraum means the whole network', () => {
    expect(rangeCoverage(network, { sozialraum: 'Gesamt' }).partners).toBe(5);
    expect(rangeCoverage(network, { sozialraum: '' }).partners).toBe(5);
  });

  test('an unknown Sozialraum keeps only the district-wide partners', () => {
    const r = rangeCoverage(network, { sozialraum: 'Ost' });
    expect(r.partners).toBe(1);
    expect(r.networkPartners).toBe(5);
  });

  test('without a Sozialraum column, rows naming the Sozialraum in any cell count', () => {
    const rows: CellValue[][] = [['Einrichtung', 'Art', 'Bemerkung'], ['Kinderarztpraxis', 'Kinderarzt', 'Nord'], ['Hebamme Müller', 'Hebamme', 'Süd']];
    const r = rangeCoverage(rows, { sozialraum: 'Nord' });
    expect(r.partners).toBe(1);
    expect(r.missing.map((t) => t.id)).toContain('hebamme');
  });

  test('a planner list replaces the default requirement; unknown entries are reported', () => {
    const r = rangeCoverage(network, { required: ['Kinderärzt:innen', 'hebamme', 'Geburtsklinik', 'Zauberer'] });
    expect(r.coverage).toBeCloseTo(2 / 3);
    expect(r.missing.map((t) => t.id)).toEqual(['geburtsklinik']);
    expect(r.unknownRequired).toEqual(['Zauberer']);
  });

  test('partners who left and an archive block do not count; a contact\'s profession types a partner, as in the reader', () => {
    const withStatus: CellValue[][] = [
      ['Einrichtung', 'Art', 'Status'],
      ['Kinderarztpraxis Dr. Weiß', 'Kinderarzt', 'ausgeschieden'],
      ['Hebammenpraxis Mitte', 'Hebamme', 'aktiv'],
      ['Kita Sonnenschein', 'Kita', 'bis 2020'],
    ];
    const r = rangeCoverage(withStatus);
    expect(r.networkPartners).toBe(1);
    expect(r.missing.map((t) => t.id)).toContain('kinderarzt');
    const archived = rangeCoverage([...network, ['Archiv'], ['Familienhebamme Roth', 'Familienhebamme', 'Nord']]);
    expect(archived.networkPartners).toBe(5);
    expect(archived.missing.map((t) => t.id)).toContain('familienhebamme');
    const contact = rangeCoverage([['Einrichtung', 'Sozialraum', 'Ansprechperson'], ['Praxis Roth', 'Nord', 'Frau Dr. Roth, Kinderärztin']]);
    expect(contact.missing.map((t) => t.id)).not.toContain('kinderarzt');
    expect(rangeCoverage([['Einrichtung', 'Sozialraum', 'Ansprechperson'], ['Praxis Roth', 'Nord', 'Frau Roth']]).missing.map((t) => t.id)).toContain('kinderarzt');
  });

  test('a range without partner rows reports none', () => {
    expect(rangeCoverage([[1, 2], [3, 4]]).networkPartners).toBe(0);
    expect(rangeCoverage([]).networkPartners).toBe(0);
  });

  test('a saved column mapping reads a list without header', () => {
    const rows: CellValue[][] = [['Praxis Dr. Weiß', 7, 'Nord'], ['Praxis Dr. Roth', 8, 'Süd']];
    expect(rangeCoverage(rows).networkPartners).toBe(0);
    const r = rangeCoverage(rows.map((row, i) => [...row, i === 0 ? 'Kinderarzt' : 'Hebamme']), { columns: { name: 0, type: 3, sozialraum: 2 } });
    expect(r.networkPartners).toBe(2);
    expect(rangeCoverage(rows.map((row, i) => [...row, i === 0 ? 'Kinderarzt' : 'Hebamme']), { columns: { name: 0, type: 3, sozialraum: 2 }, sozialraum: 'Süd' }).partners).toBe(1);
  });
});

describe('rangeCoverage reads the rows and types networkFromRange reads', () => {
  const labels = [
    ...ACTOR_TYPES.slice(0, 20).map((t) => t.label),
    'Praxis Dr. Weiß (Kinderarzt)', ' Kita Sonnenschein ', 'Hebamme\u00a0Roth', 'Caritasverband', 'Träger', 'ASD', 'Gesundheitsbereich',
    'Kinder- und Jugendhilfe', 'Summe', 'Gesamt', 'Anzahl Kitas', 'Ärztekammer', '-', '  ', '',
    // Former partners and professions in a contact column, as the reader reads them.
    'Archiv', 'ehemalige Partner', 'ausgeschieden', 'aktiv', 'ruht', 'bis 2020', 'bis 2099', 'Frau Dr. Roth, Kinderärztin', 'Hebamme', 'Praxis Roth',
  ];
  const places = ['Nord', 'Süd', 'nord', 'bezirksweit', 'Mitte', '', 'Nord / Süd', 'Süd und bezirksweit'];
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...labels) },
    { weight: 2, arbitrary: fc.constantFrom(...places) },
    fc.constantFrom<CellValue>(null, 'ja', 'x', 3, true, { error: '#N/A' }),
  );
  const header = fc.constantFrom<CellValue[][]>([], [['Einrichtung', 'Art', 'Sozialraum']], [['Netzwerk 2026'], [], ['Name', 'Typ', 'Stadtteil', 'KV']], [['Art', 'Einrichtung']],
    [['Einrichtung', 'Art', 'Sozialraum', 'Status']], [['Name', 'Sozialraum', 'Ansprechperson', 'Typ']], [['Einrichtung', 'Art', 'Mitglied bis']]);
  const body = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 30 });

  test('for the whole network and for one Sozialraum', () => {
    fc.assert(
      fc.property(header, body, fc.constantFrom(null, 'Nord', 'Süd'), (head, rows, place) => {
        const values = [...head, ...rows];
        const result = rangeCoverage(values, { sozialraum: place });
        const all = networkFromRange(values);
        expect(result.networkPartners).toBe(all.length);
        const counted = place === null || !all.some((a) => a.sozialraeume.length > 0) ? networkFromRange(values, place) : [...networkFromRange(values, place), ...all.filter((a) => a.sozialraeume.some(isDistrictWide))];
        const present = presentTypes(counted.map((a) => a.actorTypeId).filter((id): id is ActorTypeId => id !== null));
        expect(result.missing.map((t) => t.id)).toEqual(coverageOf(present, required).missing.map((t) => t.id));
      }),
      { numRuns: 300 },
    );
  });
});
