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

  test.each([
    // host links as '@', segment breaks as '|'
    ['Elternschule der Geburtsklinik', 'elternschule@geburtsklinik'],
    ['Kita in der Altstadt', 'kita@altstadt'],
    ['Jugendamt – ASD Nord', 'jugendamt|asd nord'],
    ['Jugendamt - ASD', 'jugendamt|asd'],
    ['Praxis Dr. Weber (Kinderärztin)', 'praxis weber|kinderaerztin'],
    ['Hebammen/Entbindungspfleger', 'hebammen|entbindungspfleger'],
    // a link at the start of a segment links to nothing
    ['Die Kita am Markt', 'kita@markt'],
    ['Der Paritätische', 'paritaetische'],
    // hyphen joints and truncated parts
    ['AWO-Kita', 'awo-kita'],
    ['St.-Marien-Hospital', 'st marien-hospital'],
    ['Ehe-, Familien- und Lebensberatung', 'ehe- familien- lebensberatung'],
    ['Erziehungs-/Familienberatung', 'erziehungs- familienberatung'],
    ['Klinik für Kinder- und Jugendpsychiatrie und -psychotherapie', 'klinik kinder- jugendpsychiatrie psychotherapie'],
    // broken compounds joined
    ['Erziehungs-\nberatung', 'erziehungs-beratung'],
    ['Erziehungs- beratung', 'erziehungs-beratung'],
    ['Kinder-\nund Jugendärzte', 'kinder- jugendaerzte'],
    // legal forms, numbers, streets, addresses and contact words dropped
    ['Klinikum Musterstadt gAöR', 'klinikum musterstadt'],
    ['Volksbank eG', 'volksbank'],
    ['Kita Sonnenschein, Am Krankenhaus 5', 'kita sonnenschein'],
    ['Kinderklinik, Krankenhausstraße 12, 12345 Musterstadt', 'kinderklinik|musterstadt'],
    ['Der KSD, Team 3', 'ksd|team'],
    ['Hebamme Schulz, Tel. 0421 123456', 'hebamme schulz'],
    ['info@kita-regenbogen.de', 'kita-regenbogen'],
    ['Lebenshilfe e. V.', 'lebenshilfe'],
    ['', ''],
    ['–', ''],
  ])('%j → %j', (input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });
});
