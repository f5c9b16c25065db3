import { CustomFunctionsErrorDouble } from './customFunctionsDouble';
import fc from 'fast-check';
import { actortype, coverage, criterion, gap, missing, need, needcovered, needmodel, score, sector } from '../../src/functions/functions';
import { NETWORK_COLUMN_PATTERNS } from '../../src/core/reader/columnSynonyms';
import { ACTOR_TYPES } from '../../src/core/taxonomy/actorTypes';
import { fold } from '../../src/core/text';

/** FH.COVERAGE's one cell (it returns a 1×1 array, see functions.ts). */
const coverageCell = (...args: Parameters<typeof coverage>) => coverage(...args)[0][0];

/** Cells as Excel passes them: "", null, numbers (dates are serials), booleans, error objects, text. */
const words = ['Kita', 'Hebamme', 'Kinderarztpraxis', 'Jugendamt', 'Einrichtung', 'Art', 'Sozialraum', 'Nord', 'bezirksweit', 'Summe', 'Gesundheitsbereich', 'erfüllt', 'teilweise', 'offen', 'ja', 'x', '3.2', '5.10', '12.500 €', '15 %', '-'];
const excelCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...words, ...ACTOR_TYPES.map((t) => t.label)) },
  { weight: 2, arbitrary: fc.constant('') },
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -10, max: 100_000 }),
  fc.boolean(),
  fc.constantFrom('#N/A', '#VALUE!', '#DIV/0!', '#REF!', '#NAME?').map((code) => new CustomFunctionsErrorDouble(code)),
  fc.constant({ type: 'Entity', text: 'Kita Sonnenschein', properties: {} }),
);
/** A rectangular range, as Excel always passes one. */
const range = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 20 })).chain(([width, height]) => fc.array(fc.array(excelCell, { minLength: width, maxLength: width }), { minLength: height, maxLength: height }));
/** A scalar argument, sometimes omitted. */
const scalar = fc.oneof(excelCell, fc.constant(undefined));

const isError = (v: unknown) => v instanceof CustomFunctionsErrorDouble;
const isShare = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;
const isFiniteNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

function expectMatrixOf(result: unknown, cell: (v: unknown) => boolean): void {
  expect(Array.isArray(result)).toBe(true);
  const rows = result as unknown[][];
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row.length).toBe(rows[0].length);
    for (const v of row) expect(cell(v)).toBe(true);
  }
}

describe('every function answers any Excel-shaped input with its declared type or an Excel error', () => {
  const runs = { numRuns: 150 };

  test('FH.COVERAGE: a share 0..1 or an error', () => {
    fc.assert(fc.property(range, scalar, fc.option(range, { nil: undefined }), (network, place, required) => {
      const r = coverageCell(network, place, required);
      expect(isShare(r) || isError(r)).toBe(true);
    }), runs);
  });

  test('FH.MISSING: a column of texts, or a 1×1 error', () => {
    fc.assert(fc.property(range, scalar, fc.option(range, { nil: undefined }), (network, place, required) => {
      const r = missing(network, place, required);
      expectMatrixOf(r, (v) => typeof v === 'string' || isError(v));
      expect(r[0]).toHaveLength(1);
      if (r.length > 1 || isError(r[0][0])) expect(r.every((row) => row[0] !== '')).toBe(true);
    }), runs);
  });

  test('FH.SECTOR and FH.ACTORTYPE: the input’s shape up to its last used row, texts or errors', () => {
    fc.assert(fc.property(range, fc.option(fc.constantFrom('id', 'en', 'label', 'xyz', ''), { nil: undefined }), (labels, form) => {
      for (const r of [sector(labels, form), actortype(labels, form)]) {
        expectMatrixOf(r, (v) => typeof v === 'string' || isError(v));
        if (form !== 'xyz') {
          expect(r.length).toBeLessThanOrEqual(labels.length);
          expect(r[0].length).toBe(labels[0].length);
        }
      }
    }), runs);
  });

  test('FH.NEED, FH.GAP, FH.NEEDCOVERED: a finite number or an error, never NaN', () => {
    fc.assert(fc.property(scalar, scalar, scalar, (a, b, c) => {
      for (const r of [need(a, b, c), gap(a, b), needcovered(a, b)]) expect(isFiniteNumber(r) || isError(r)).toBe(true);
    }), { numRuns: 300 });
  });

  test('FH.NEEDMODEL: a finite number ≥ 0 or an error, with any estimate, settings range and scope', () => {
    const word = fc.oneof(scalar, fc.constantFrom('mittel', 'low', 'HOCH', 'vor Ort', 'district', 'Bezirk'));
    const settingsRange = fc.oneof(fc.constant(undefined), range, range.map((rows) => [['Geburten in den Geburtskliniken', 1200, ''], ['Willkommensbesuche', 'ja', ''], ...rows]));
    fc.assert(fc.property(scalar, word, settingsRange, word, (births, estimate, settings, scope) => {
      const r = needmodel(births, estimate, settings, scope);
      expect((isFiniteNumber(r) && (r as number) >= 0) || isError(r)).toBe(true);
    }), runs);
  });

  test('FH.SCORE: a share 0..1 or an error', () => {
    fc.assert(fc.property(range, (statuses) => {
      const r = score(statuses);
      expect(isShare(r) || isError(r)).toBe(true);
    }), runs);
  });

  test('FH.CRITERION: a non-empty text or an error', () => {
    fc.assert(fc.property(scalar, scalar, (id, field) => {
      const r = criterion(id, field);
      expect((typeof r === 'string' && r !== '') || isError(r)).toBe(true);
    }), { numRuns: 300 });
  });
});

describe('FH.COVERAGE never rises when partner rows are removed', () => {
  // Partner labels that cannot be mistaken for header words, so removing rows never moves the header.
  const labels = ACTOR_TYPES.map((t) => t.label).filter((l) => NETWORK_COLUMN_PATTERNS.every(([, pattern]) => !pattern.test(fold(l))));
  const partner = fc.tuple(fc.constantFrom(...labels, 'Caritasverband', 'Träger', ''), fc.constantFrom('', 'Kita', 'Hebamme', 'Kinderarzt', 'Beratung'), fc.constantFrom('Nord', 'Süd', 'Mitte', 'bezirksweit', ''));

  test('for the whole network and for one Sozialraum', () => {
    fc.assert(
      fc.property(fc.array(partner, { minLength: 1, maxLength: 25 }), fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }), fc.constantFrom(null, 'Nord', 'Süd'), (rows, keep, place) => {
        const header = ['Einrichtung', 'Art', 'Sozialraum'];
        const all = [header, ...rows];
        const fewer = [header, ...rows.filter((_, i) => keep[i])];
        const before = coverageCell(all, place);
        const after = coverageCell(fewer, place);
        if (typeof before === 'number' && typeof after === 'number') expect(after).toBeLessThanOrEqual(before);
        // Fewer rows can leave no partner at all (#N/A), but never turn "no partners" into a share.
        if (isError(before)) expect(isError(after)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
