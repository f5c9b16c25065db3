import { rangeCoverage } from '../../../src/core/audit/rangeCoverage';
import { CellValue } from '../../../src/core/grid';
import { defaultTypeIds } from '../../../src/core/taxonomy/actorTypes';

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
    expect(r.coverage).toBeCloseTo(5 / required.length);
    expect(r.missing.map((t) => t.id)).not.toContain('kinderarzt');
  });

  test('one Sozialraum counts its own partners, district-wide ones and cells naming several Sozialräume', () => {
    const nord = rangeCoverage(network, { sozialraum: 'nord' });
    expect(nord.partners).toBe(3);
    const present = required.filter((id) => !nord.missing.some((t) => t.id === id));
    expect(present.sort()).toEqual(['fruehfoerderung', 'jugendamt', 'kinderarzt']);
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
