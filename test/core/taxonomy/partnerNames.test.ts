import fc from 'fast-check';
import { actorTypeById } from '../../../src/core/taxonomy/actorTypes';
import { classifyLabel } from '../../../src/core/taxonomy/classifier';
import { PARTNER_NAMES } from './partnerNames';
import { LABELLED } from './realWorldLabels';

describe('partner names as networks write them', () => {
  test.each(PARTNER_NAMES)('%j → %s', (label, typeId) => {
    const result = classifyLabel(label);
    expect(result.actorType?.id ?? null).toBe(typeId);
    expect(result.kernbereich).toBe(typeId ? actorTypeById(typeId)?.kernbereich : null);
  });

  test('the list is long, mostly names the type list does not hold verbatim, and keeps enough traps', () => {
    expect(PARTNER_NAMES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(PARTNER_NAMES.map(([label]) => label)).size).toBe(PARTNER_NAMES.length);
    expect(PARTNER_NAMES.filter(([, typeId]) => typeId === null).length).toBeGreaterThanOrEqual(40);
  });
});

/**
 * What a name says about its partner does not change with a legal form, a place or an article around it.
 * "Stiftung" is not dropped like a legal form (a foundation can be the name itself: "Elly-Heuss-Knapp-Stiftung"),
 * but after a name it never changes the type either. Only the type is compared: Kernbereich words
 * ("Gesundheit") count as a Kernbereich only when they are the whole label.
 */
describe('legal forms, places and articles never change a classification', () => {
  const LEGAL_FORMS = [' GmbH', ' gGmbH', ' e.V.', ' e. V.', ' gAöR', ' AöR', ' mbH', ' KdöR', ' gUG (haftungsbeschränkt)', ' eG', ' GbR', ' Stiftung'];
  const PLACES = ['Musterstadt', 'Neustadt am Rübenberge', 'Kreis Musterland', 'Bad Oeynhausen', 'Landkreis Musterland', 'Mönchengladbach'];
  const ARTICLES = ['Die ', 'Der ', 'Das ', 'die ', 'DER '];
  const labels = [...LABELLED.map(([label]) => label), ...PARTNER_NAMES.map(([label]) => label)];
  const typeOf = (label: string): string | null => classifyLabel(label).actorType?.id ?? null;

  const placed = fc.tuple(fc.constantFrom(...PLACES), fc.constantFrom('suffix', 'comma', 'parenthesis', 'in', 'prefix-dash', 'prefix-colon')).map(([place, how]) => {
    switch (how) {
      case 'suffix':
        return (label: string) => `${label} ${place}`;
      case 'comma':
        return (label: string) => `${label}, ${place}`;
      case 'parenthesis':
        return (label: string) => `${label} (${place})`;
      case 'in':
        return (label: string) => `${label} in ${place}`;
      case 'prefix-dash':
        return (label: string) => `${place} – ${label}`;
      default:
        return (label: string) => `${place}: ${label}`;
    }
  });

  test('a legal form after the name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.constantFrom(...LEGAL_FORMS), (label, form) => {
        expect([label + form, typeOf(label + form)]).toEqual([label + form, typeOf(label)]);
      }),
      { numRuns: 800 },
    );
  });

  test('a place before or after the name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...labels), placed, (label, place) => {
        expect([place(label), typeOf(place(label))]).toEqual([place(label), typeOf(label)]);
      }),
      { numRuns: 800 },
    );
  });

  test('a leading article, and all three together', () => {
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.constantFrom(...ARTICLES), fc.constantFrom(...LEGAL_FORMS), placed, (label, article, form, place) => {
        expect([article + label, typeOf(article + label)]).toEqual([article + label, typeOf(label)]);
        const all = place(article + label + form);
        expect([all, typeOf(all)]).toEqual([all, typeOf(label)]);
      }),
      { numRuns: 800 },
    );
  });
});
