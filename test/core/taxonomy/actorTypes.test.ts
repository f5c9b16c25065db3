import { ACTOR_TYPES, actorTypeById, ActorTypeId, defaultTypeIds } from '../../../src/core/taxonomy/actorTypes';
import { REFERENCE_RATES } from '../../../src/core/taxonomy/referenceRates';

const type = (id: ActorTypeId) => {
  const t = actorTypeById(id);
  if (!t) throw new Error(`unknown type ${id}`);
  return t;
};

describe('actor types', () => {
  test('the ASD is a type of its own beside the Jugendamt, both required in the Kinder- und Jugendhilfe', () => {
    expect(type('asd')).toMatchObject({ kernbereich: 'jugendhilfe', requirement: 'required' });
    expect(type('jugendamt')).toMatchObject({ label: 'Jugendamt', kernbereich: 'jugendhilfe', requirement: 'required' });
    expect(defaultTypeIds('required')).toEqual(expect.arrayContaining(['asd', 'jugendamt']));
  });

  test('Gemeinsame Servicestellen stay recognisable but are no longer expected; the EUTB is recommended', () => {
    expect(type('servicestelle').requirement).toBe('optional');
    expect(type('eutb')).toMatchObject({ kernbereich: 'weitere', requirement: 'recommended' });
  });

  test('Lotsendienste are recommended', () => {
    expect(type('lotsendienst').requirement).toBe('recommended');
  });

  test('family-law lawyers sit with the Beratungsstellen, other lawyers with the weitere Akteure (seed 002, section 2)', () => {
    expect(type('familienrecht').kernbereich).toBe('beratung');
    expect(type('rechtsberatung').kernbereich).toBe('weitere');
  });

  test('maternity and children’s clinics also count as hospitals, the ASD as the Jugendamt; nothing else covers another type', () => {
    const covers = ACTOR_TYPES.filter((t) => t.alsoCounts).map((t) => [t.id, t.alsoCounts]);
    expect(covers).toEqual([
      ['asd', ['jugendamt']],
      ['geburtsklinik', ['krankenhaus']],
      ['kinderklinik', ['krankenhaus']],
    ]);
  });

  test('ids and labels are unique; a type never covers itself', () => {
    const ids = ACTOR_TYPES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ACTOR_TYPES.map((t) => t.label)).size).toBe(ids.length);
    expect(new Set(ACTOR_TYPES.map((t) => t.labelEn)).size).toBe(ids.length);
    for (const t of ACTOR_TYPES) expect(t.alsoCounts ?? []).not.toContain(t.id);
  });
});

describe('reference rates', () => {
  const rates = Object.entries(REFERENCE_RATES);

  test('exactly the rates DOMAIN.md lists as published, each on the type the survey counted', () => {
    expect(Object.fromEntries(rates.map(([id, r]) => [id, [r?.share, r?.year]]))).toEqual({
      schwangerschaftsberatung: [0.957, 2017],
      familienhebamme: [0.929, 2020],
      erziehungsberatung: [0.928, 2017],
      efl: [0.928, 2017],
      asd: [0.85, 2017],
      kita: [0.819, 2020],
      familienzentrum: [0.748, 2020],
      hilfen_zur_erziehung: [0.691, 2017],
      familienbildung: [0.608, 2020],
    });
  });

  test('the Jugendamt and the health partners other than the Familienhebammen show no rate', () => {
    expect(REFERENCE_RATES.jugendamt).toBeUndefined();
    const health = ACTOR_TYPES.filter((t) => t.kernbereich === 'gesundheit' && t.id !== 'familienhebamme');
    expect(health.filter((t) => REFERENCE_RATES[t.id]).map((t) => t.id)).toEqual([]);
  });

  test('every rate names its source and the year of the survey it comes from, and says what it counts in both languages', () => {
    for (const [, r] of rates) {
      expect(r?.source).toMatchObject({ survey: 'NZFH-Kommunalbefragung', year: r?.year });
      expect(r?.source.publication).toMatch(/fruehehilfen\.de/);
      expect(r?.counts.de.length).toBeGreaterThan(3);
      expect(r?.counts.en.length).toBeGreaterThan(3);
      expect(r?.share).toBeGreaterThan(0);
      expect(r?.share).toBeLessThan(1);
    }
  });

  test('the 92.8 % is one rate for Erziehungs- and Ehe-/Familien-/Lebensberatung together and says so', () => {
    expect(REFERENCE_RATES.efl).toBe(REFERENCE_RATES.erziehungsberatung);
    expect(REFERENCE_RATES.efl?.counts.de).toMatch(/Erziehungs.*Ehe.*zusammen/);
    expect(REFERENCE_RATES.efl?.counts.en).toMatch(/together/);
  });
});
