import { matchKey, normalizeLabel } from '../../../src/core/taxonomy/normalize';

describe('normalizeLabel', () => {
  test.each([
    ['Kinderärzte', 'kinderaerzte'],
    ['Frühförderstelle', 'fruehfoerderstelle'],
    ['Weißer Ring', 'weisser ring'],
    ['KINDERÄRZTE', 'kinderaerzte'],
    ['Kinderärzt:innen', 'kinderaerzt'],
    ['Kinderärzt*innen', 'kinderaerzt'],
    ['Kinderärzt_innen', 'kinderaerzt'],
    ['KinderärztInnen', 'kinderaerzt'],
    ['Kinderärzt:in', 'kinderaerzt'],
    ['KINDERÄRZT:INNEN', 'kinderaerzt'],
    ['KINDERAERZT*INNEN', 'kinderaerzt'],
    ['Berater/-innen', 'berater'],
    ['Berater/innen', 'berater'],
    ['Berater(innen)', 'berater'],
    ['Pfleger/-in', 'pfleger'],
    ['Pfleger-in', 'pfleger'],
    ['Innenstadt', 'innenstadt'],
    ['Kita Innenstadt', 'kita innenstadt'],
    ['Medizin', 'medizin'],
    ['Klinik-Sozialdienst', 'klinik sozialdienst'],
    ['Erziehungs-/Familienberatung', 'erziehungs familienberatung'],
    ['  Praxis   Dr. med. Weber,  Hauptstr. 3 ', 'praxis weber hauptstr 3'],
    ['Lebenshilfe e.V.', 'lebenshilfe'],
    ['Lebenshilfe e. V.', 'lebenshilfe'],
    ['Diakonie gGmbH', 'diakonie'],
    ['Ca\u0301fe\u0301 Kinderwagen', 'cafe kinderwagen'],
    ['a\u0308rztin', 'aerztin'],
    ['-', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});

describe('matchKey', () => {
  test('drops function words so abbreviated and full forms meet', () => {
    expect(matchKey('Hilfen zur Erziehung')).toBe('hilfen erziehung');
    expect(matchKey('Kinder- u. Jugendärzte')).toBe(matchKey('Kinder- und Jugendärzte'));
    expect(matchKey('Agentur für Arbeit')).toBe('agentur arbeit');
  });
});
