import { isDistrictWide } from '../../../src/core/audit/sozialraeume';

describe('a Sozialraum cell that means the whole district', () => {
  test.each(['bezirksweit', 'gesamter Landkreis', 'Gesamtes Stadtgebiet', 'alle', 'alle Sozialräume', 'in allen Stadtteilen', 'ganzer Kreis', 'Landkreis', 'Kreisgebiet', 'überall', 'flächendeckend', 'district-wide'])(
    '%j serves every Sozialraum',
    (cell) => expect(isDistrictWide(cell)).toBe(true),
  );
  test.each(['Nord', 'Altstadt', 'Zentrum', 'Kreisstadt Süd', 'Landkreis-Ost', 'Allermöhe', 'Gesundbrunnen'])('%j is one Sozialraum', (cell) => expect(isDistrictWide(cell)).toBe(false));
});
