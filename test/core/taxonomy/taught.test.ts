import fc from 'fast-check';
import { classifyActor, classifyLabel } from '../../../src/core/taxonomy/classifier';
import { teachClassifier } from '../../../src/core/taxonomy/taught';
import { PARTNER_NAMES } from './partnerNames';

const typeOf = (c: { actorType: { id: string } | null }): string | null => c.actorType?.id ?? null;

describe('teachClassifier', () => {
  test('a taught label wins over the rules, compared on its match key', () => {
    const taught = teachClassifier([
      { label: 'Bethesda', actorType: 'geburtsklinik' },
      { label: 'Kinderklinik Nord', actorType: 'Geburtsklinik' },
    ]);
    expect(typeOf(classifyLabel('Bethesda'))).toBeNull();
    expect(typeOf(taught.classifyLabel('Bethesda'))).toBe('geburtsklinik');
    expect(taught.classifyLabel('BETHESDA e.V.')).toEqual({ actorType: expect.objectContaining({ id: 'geburtsklinik' }), kernbereich: 'gesundheit' });
    expect(typeOf(taught.classifyLabel('Kinderklinik Nord'))).toBe('geburtsklinik');
    expect(typeOf(taught.classifyLabel('Kinderklinik Süd'))).toBe('kinderklinik');
    expect(taught.rejected).toEqual([]);
  });

  test('the type may be given as id, label or any spelling; a Kernbereich alone teaches the Kernbereich', () => {
    const taught = teachClassifier([
      { label: 'Haus Lindenhof', actorType: 'Kinder- und Jugendheim' },
      { label: 'Arche', actorType: 'Familienhebammen' },
      { label: 'Sonnenstrahl', actorType: 'Gesundheit' },
    ]);
    expect(typeOf(taught.classifyLabel('Haus Lindenhof'))).toBe('jugendhilfeeinrichtung');
    expect(typeOf(taught.classifyLabel('Arche'))).toBe('familienhebamme');
    expect(taught.classifyLabel('Sonnenstrahl')).toEqual({ actorType: null, kernbereich: 'gesundheit' });
  });

  test('null teaches that a label names no type, where a rule would have matched', () => {
    const taught = teachClassifier([{ label: 'Kita-Lotsen', actorType: null }]);
    expect(typeOf(classifyLabel('Kita-Lotsen'))).not.toBeNull();
    expect(taught.classifyLabel('Kita-Lotsen')).toEqual({ actorType: null, kernbereich: null });
  });

  test('entries that teach nothing are returned, not applied', () => {
    const unknown = { label: 'Bethesda', actorType: 'Bäckerei' };
    const empty = { label: ' – ', actorType: 'kita' };
    const taught = teachClassifier([unknown, empty]);
    expect(taught.rejected).toEqual([unknown, empty]);
    expect(typeOf(taught.classifyLabel('Bethesda'))).toBeNull();
    // What was rejected is not said to be taught: the rules' reading stays theirs.
    expect(taught.isTaught('Bethesda')).toBe(false);
    const mixed = teachClassifier([unknown, { label: 'Bethesda Klinik', actorType: 'geburtsklinik' }]);
    expect([mixed.isTaught('Bethesda'), mixed.isTaught('bethesda klinik')]).toEqual([false, true]);
  });

  test('a later entry for the same label replaces an earlier one', () => {
    const taught = teachClassifier([
      { label: 'Bethesda', actorType: 'krankenhaus' },
      { label: 'bethesda', actorType: 'geburtsklinik' },
    ]);
    expect(typeOf(taught.classifyLabel('Bethesda'))).toBe('geburtsklinik');
  });

  test('classifyActor reads names and type texts with the teaching; a recognised type column still decides first', () => {
    const taught = teachClassifier([
      { label: 'Bethesda', actorType: 'geburtsklinik' },
      { label: 'Haus C', actorType: 'kita' },
    ]);
    expect(typeOf(taught.classifyActor('Bethesda'))).toBe('geburtsklinik');
    expect(typeOf(taught.classifyActor('Bethesda', 'Gesundheit'))).toBe('geburtsklinik');
    expect(typeOf(taught.classifyActor('Bethesda', 'Kinderklinik'))).toBe('kinderklinik');
    expect(typeOf(taught.classifyActor('Familie Meier', 'Haus C'))).toBe('kita');
  });

  test('two workbooks taught differently in one process never see each other’s teaching', () => {
    const a = teachClassifier([{ label: 'Bethesda', actorType: 'geburtsklinik' }]);
    const b = teachClassifier([{ label: 'Bethesda', actorType: 'hebamme' }]);
    expect(typeOf(a.classifyLabel('Bethesda'))).toBe('geburtsklinik');
    expect(typeOf(b.classifyLabel('Bethesda'))).toBe('hebamme');
    expect(typeOf(a.classifyLabel('Bethesda'))).toBe('geburtsklinik');
    expect(typeOf(classifyLabel('Bethesda'))).toBeNull();
  });

  test('labels nobody taught read exactly as the rules read them, names and rows alike', () => {
    const taught = teachClassifier([{ label: 'Bethesda', actorType: 'geburtsklinik' }]);
    const names = PARTNER_NAMES.map(([label]) => label);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.option(fc.constantFrom(...names, 'Gesundheit', '-', '')), (name, typeText) => {
        expect(taught.classifyLabel(name)).toBe(classifyLabel(name));
        expect(taught.classifyActor(name, typeText)).toBe(classifyActor(name, typeText));
      }),
      { numRuns: 300 },
    );
  });

  test('without any teaching it is the rules themselves', () => {
    const none = teachClassifier([]);
    expect(none.classifyLabel).toBe(classifyLabel);
    expect(typeOf(none.classifyActor('Caritas', 'Erziehungsberatung'))).toBe('erziehungsberatung');
  });
});
