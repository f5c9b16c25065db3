import { breakPoints, hyphenate } from '../../src/report/render/hyphenate';

const shown = (text: string) => hyphenate(text, 'de').replace(/\u00ad/g, '|').replace(/\u200b/g, '^');

describe('soft hyphens at German compound joints', () => {
  it.each([
    ['Kooperationsvereinbarung', 'Kooperations|vereinbarung'],
    ['Netzwerkkoordination', 'Netzwerk|koordination'],
    ['Geburtsklinik', 'Geburts|klinik'],
    ['Familienhebammen', 'Familien|hebammen'],
    ['Qualitätszirkel', 'Qualitäts|zirkel'],
    ['Jugendhilfeausschuss', 'Jugend|hilfe|ausschuss'],
    ['Selbsteinschätzung', 'Selbst|einschätzung'],
    ['Kinderärzt:innen', 'Kinder|ärzt:innen'],
    ['Beratungsstellen/Dienste', 'Beratungs|stellen/^Dienste'],
    // Short words, names without a known part, and abbreviations stay whole.
    ['Heidekamp', 'Heidekamp'],
    ['Warnung', 'Warnung'],
    ['Hafenviertel', 'Hafenviertel'],
    ['SGB-II-Quote', 'SGB-II-Quote'],
  ])('%s → %s', (word, expected) => {
    expect(shown(word)).toBe(expected);
  });

  it('breaks before suffixes and gives a very long run syllable points, keeping prefixes and at least three letters at each end', () => {
    expect(shown('Schwangerschaftskonfliktberatungsstelle')).toBe('Schwanger|schafts|konflikt|beratungs|stelle');
    for (const word of ['Quartiersmanagement', 'Polizeikommissariat', 'Mehrgenerationenhaus']) {
      const points = breakPoints(word);
      expect(points.length).toBeGreaterThan(0);
      expect(Math.min(...points)).toBeGreaterThanOrEqual(3);
      expect(Math.max(...points)).toBeLessThanOrEqual(word.length - 3);
    }
  });

  it('changes nothing but soft hyphens and break points: the text reads the same', () => {
    const text = 'Pflicht-Akteur fehlt: Kinderärzt:innen (Gesundheitsbereich). 11 von 31 Partnern ohne Kooperationsvereinbarung.';
    expect(hyphenate(text, 'de').replace(/[\u00ad\u200b]/g, '')).toBe(text);
    expect(hyphenate('Cooperation agreements/contracts', 'en')).toBe('Cooperation agreements/\u200bcontracts');
  });
});
