import fc from 'fast-check';
import { StringIds } from '../../src/core/stringIds';

describe('StringIds', () => {
  test('equal text gets one id whatever the string object, different text a new one', () => {
    const table = new StringIds();
    const id = (text: string) => table.id(text);
    const a = id('Kita Sonnenschein');
    expect(id(['Kita', 'Sonnenschein'].join(' '))).toBe(a);
    expect(id('Kita Sonnenscheim')).not.toBe(a);
    expect(id('')).toBe(2);
    expect(id('')).toBe(2);
  });

  test('texts sharing length and sampled characters (one fingerprint) keep apart', () => {
    // Length 9: characters 0, 2, 4, 6 and 8 are sampled; these differ only at 1, 3, 5, 7.
    const table = new StringIds();
    const id = (text: string) => table.id(text);
    const texts = ['aXbXcXdXe', 'aYbXcXdXe', 'aXbYcXdXe', 'aXbXcYdXe', 'aXbXcXdYe'];
    const ids = texts.map(id);
    expect(new Set(ids).size).toBe(texts.length);
    expect(texts.map(id)).toEqual(ids);
  });

  test('ids are dense and match content equality for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 60 }), (texts) => {
        const table = new StringIds();
    const id = (text: string) => table.id(text);
        const first = new Map<string, number>();
        for (const t of texts) {
          const got = id(t.slice());
          if (!first.has(t)) first.set(t, first.size);
          expect(got).toBe(first.get(t));
        }
      }),
    );
  });
});
