import { isDistrictWide } from '../../../src/core/audit/sozialraeume';
import { splitSozialraeume } from '../../../src/core/reader/sozialraumCell';

describe('a Sozialraum cell that means the whole district', () => {
  test.each(['bezirksweit', 'gesamter Landkreis', 'Gesamtes Stadtgebiet', 'alle', 'alle Sozialräume', 'in allen Stadtteilen', 'ganzer Kreis', 'Landkreis', 'Kreisgebiet', 'überall', 'flächendeckend', 'district-wide'])(
    '%j serves every Sozialraum',
    (cell) => expect(isDistrictWide(cell)).toBe(true),
  );
  test.each(['Nord', 'Altstadt', 'Zentrum', 'Kreisstadt Süd', 'Landkreis-Ost', 'Allermöhe', 'Gesundbrunnen', 'alle außer Nord', 'allen ohne Süd'])('%j is one Sozialraum', (cell) => expect(isDistrictWide(cell)).toBe(false));
});

describe('several Sozialräume in one cell', () => {
  test.each([
    ['Stadtteile: Nord, Süd', ['Nord', 'Süd']],
    ['Nord (teilweise)', ['Nord']],
    ['Nord u. Süd', ['Nord', 'Süd']],
    ['Sozialräume: Nord', ['Nord']],
    // A bracket that names a part of the place stays; so do abbreviations inside a place name.
    ['Mitte (Altstadt)', ['Mitte (Altstadt)']],
    ['Neustadt a. Rbge.', ['Neustadt a. Rbge.']],
    ['Bad Homburg v. d. Höhe', ['Bad Homburg v. d. Höhe']],
  ])('%j → %j', (cell, parts) => expect(splitSozialraeume(cell)).toEqual(parts));
});
