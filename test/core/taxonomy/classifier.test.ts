import fc from 'fast-check';
import { ACTOR_TYPES } from '../../../src/core/taxonomy/actorTypes';
import {
  classifierMemoSize,
  classifyActor,
  classifyLabel,
  clearClassifierMemo,
  resolveActorType,
  resolveKernbereich,
} from '../../../src/core/taxonomy/classifier';
import { LABELLED } from './realWorldLabels';

describe('classifyLabel on real-world spellings', () => {
  test.each(LABELLED)('%j → %s / %s', (label, typeId, kernbereich) => {
    const result = classifyLabel(label);
    expect(result.actorType?.id ?? null).toBe(typeId);
    expect(result.kernbereich).toBe(kernbereich);
  });

  test('the table is large and covers every actor type and enough unrelated text', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(150);
    const covered = new Set(LABELLED.map(([, typeId]) => typeId));
    expect(ACTOR_TYPES.map((t) => t.id).filter((id) => !covered.has(id))).toEqual([]);
    expect(LABELLED.filter(([, typeId, kernbereich]) => typeId === null && kernbereich === null).length).toBeGreaterThanOrEqual(15);
  });

  test('case, gender form, legal form and umlaut spelling do not change the result', () => {
    const variants = (label: string): string[] => [
      label.toUpperCase(),
      label.toLowerCase(),
      `${label} e.V.`,
      label.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'),
    ];
    for (const [label, typeId] of LABELLED) {
      for (const variant of variants(label)) {
        expect([variant, classifyLabel(variant).actorType?.id ?? null]).toEqual([variant, typeId]);
      }
    }
  });

  test('any text classifies without throwing to a type with its own Kernbereich, or to no type', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const { actorType, kernbereich } = classifyLabel(text);
        if (actorType) expect(kernbereich).toBe(actorType.kernbereich);
      }),
      { numRuns: 300 },
    );
  });
});

describe('classifyActor', () => {
  const cases: readonly [string, string | null | undefined, string | null, string | null][] = [
    ['Caritas', 'Erziehungsberatung', 'erziehungsberatung', 'jugendhilfe'],
    ['Diakonie', 'Schuldnerberatung', 'schuldnerberatung', 'beratung'],
    ['Familienzentrum Nord', 'Kita', 'kita', 'jugendhilfe'],
    ['Praxis Dr. Weber', 'Kinderärztin', 'kinderarzt', 'gesundheit'],
    ['Kinderarztpraxis Dr. Weber', 'Gesundheit', 'kinderarzt', 'gesundheit'],
    ['Dr. Weber', 'Gesundheit', null, 'gesundheit'],
    ['Dr. Weber', 'health', null, 'gesundheit'],
    ['Caritas', 'Beratung', null, 'beratung'],
    ['AWO', 'Jugendhilfe', null, 'jugendhilfe'],
    ['Stadtwerke', 'Sonstige', null, 'weitere'],
    ['Jugendamt', '-', 'jugendamt', 'jugendhilfe'],
    ['Jugendamt', '', 'jugendamt', 'jugendhilfe'],
    ['Jugendamt', null, 'jugendamt', 'jugendhilfe'],
    ['Jugendamt', undefined, 'jugendamt', 'jugendhilfe'],
    ['Hebamme Meier', 'n/a', 'hebamme', 'gesundheit'],
    // The type's own Kernbereich (NZFH grouping) wins over a differing Kernbereich column.
    ['Hebamme Meier', 'Jugendhilfe', 'hebamme', 'gesundheit'],
    ['Caritas', '-', null, null],
    ['Caritas', 'Träger', null, null],
  ];
  test.each(cases)('%j + %j → %s / %s', (name, typeText, typeId, kernbereich) => {
    const result = classifyActor(name, typeText);
    expect(result.actorType?.id ?? null).toBe(typeId);
    expect(result.kernbereich).toBe(kernbereich);
  });
});

describe('resolveActorType', () => {
  test.each([
    ['kinderarzt', 'kinderarzt'],
    ['hilfen_zur_erziehung', 'hilfen_zur_erziehung'],
    ['  efl ', 'efl'],
    ['Kinderärzt:innen', 'kinderarzt'],
    ['Jugendamt/ASD', 'jugendamt'],
    ['Rechtsanwält:innen/Familienrecht', 'rechtsberatung'],
    ['Eingliederungshilfe (§ 125 SGB IX)', 'eingliederungshilfe'],
    ['Paediatricians', 'kinderarzt'],
    ["Women's shelter", null],
    ['Familienhebammen', 'familienhebamme'],
    ['FGKiKP', 'familienhebamme'],
    ['KoKi', 'koordinierungsstelle'],
    ['Bäckerei', null],
    ['Gesundheit', null],
    ['', null],
  ])('%j → %s', (text, id) => {
    expect(resolveActorType(text)?.id ?? null).toBe(id);
  });
});

describe('resolveKernbereich', () => {
  test.each([
    ['jugendhilfe', 'jugendhilfe'],
    ['Jugendhilfe', 'jugendhilfe'],
    ['Kinder- und Jugendhilfe', 'jugendhilfe'],
    ['KJH', 'jugendhilfe'],
    ['youth welfare', 'jugendhilfe'],
    ['Child and youth welfare', 'jugendhilfe'],
    ['gesundheit', 'gesundheit'],
    ['Gesundheitswesen', 'gesundheit'],
    ['Gesundheitsbereich', 'gesundheit'],
    ['Health', 'gesundheit'],
    ['Beratung', 'beratung'],
    ['psychosoziale Beratung', 'beratung'],
    ['Psychosoziale Beratungsstellen/Dienste', 'beratung'],
    ['counselling', 'beratung'],
    ['Weitere', 'weitere'],
    ['Weitere Akteurinnen und Akteure', 'weitere'],
    ['Sonstige', 'weitere'],
    ['other', 'weitere'],
    // Short and field forms planners type into a Kernbereich column.
    ['JH', 'jugendhilfe'],
    ['medizinisch', 'gesundheit'],
    ['psychosozial', 'beratung'],
    ['Bildung', 'weitere'],
    ['Soziales', 'weitere'],
    ['Justiz', 'weitere'],
    ['Kinderarzt', null],
    ['Steuerberatung', null],
    ['', null],
  ])('%j → %s', (text, kernbereich) => {
    expect(resolveKernbereich(text)).toBe(kernbereich);
  });
});

describe('memo', () => {
  beforeEach(() => clearClassifierMemo());

  test('a repeated label returns the identical object and adds nothing to the memo', () => {
    const first = classifyLabel('Kinderärztin Dr. Weber');
    const size = classifierMemoSize();
    expect(size).toBe(1);
    const second = classifyLabel('Kinderärztin Dr. Weber');
    expect(second).toBe(first);
    expect(classifierMemoSize()).toBe(size);
  });

  test('labels that normalise alike share one memo entry', () => {
    const a = classifyLabel('Kinderärzt:innen');
    const b = classifyLabel('KINDERAERZT*INNEN');
    expect(b).toBe(a);
    expect(classifierMemoSize()).toBe(1);
    classifyLabel('Bäckerei Schmidt');
    expect(classifierMemoSize()).toBe(2);
  });

  test('clearClassifierMemo empties the memo without changing results', () => {
    const before = classifyLabel('Frauenhaus');
    clearClassifierMemo();
    expect(classifierMemoSize()).toBe(0);
    expect(classifyLabel('Frauenhaus')).toEqual(before);
  });
});
