import { parseNumber, parseShare, parseYesNo, cellText } from '../../../src/core/reader/values';

describe('parseYesNo reads marks as planners type them', () => {
  test.each([
    ['ja', true], ['Ja', true], ['JA', true], ['x', true], ['X', true], ['✓', true], ['✔', true], ['yes', true], [true, true], [1, true],
    ['ja, seit 2019', true], ['2019', true], ['03/2018', true], [2019, true], [45000, true], ['liegt vor', true], ['unterzeichnet', true],
    ['nein', false], ['Nein', false], ['NEIN', false], ['-', false], ['–', false], ['no', false], [false, false], [0, false], ['in Vorbereitung', false], ['geplant', false], ['nicht vorhanden', false],
    ['', null], [null, null], ['   ', null], [{ error: '#N/A' }, null], ['vielleicht', null], ['siehe Anlage', null], [5, null],
  ] as const)('%p → %p', (input, expected) => {
    expect(parseYesNo(input)).toBe(expected);
  });
});

describe('parseNumber reads German and English number and currency text', () => {
  test.each([
    ['503.900 €', 503900], ['503.900,00 €', 503900], ['109.902', 109902], ['1.234.567,89', 1234567.89], ['8.450,00 €', 8450], ['12.500 €', 12500],
    ['EUR 2.500', 2500], ['2500', 2500], ['3,5', 3.5], ['3.5', 3.5], ['0,15', 0.15], ['3,5 %', 0.035], ['15 %', 0.15], ['15%', 0.15],
    ['1,234.50', 1234.5], ['-1.200 €', -1200], ['(1.200)', -1200], ['1 234 567', 1234567], ['167.494', 167494], [42, 42], [0.035, 0.035],
  ] as const)('%p → %p', (input, expected) => {
    expect(parseNumber(input)).toBeCloseTo(expected, 9);
  });
  test.each([['abc'], [''], ['-'], ['1.2.3,4,5'], ['12 Kinder'], [true], [null], [{ error: '#VALUE!' }], ['1,2,3']] as const)('%p → null', (input) => {
    expect(parseNumber(input)).toBeNull();
  });
  test('never returns NaN or Infinity', () => {
    expect(parseNumber(Number.NaN)).toBeNull();
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('parseShare', () => {
  test.each([
    ['3,5 %', 0.035], [0.035, 0.035], [3.5, 0.035], ['15', 0.15], [0.15, 0.15], [1, 1], ['100 %', 1],
  ] as const)('%p → %p', (input, expected) => {
    expect(parseShare(input)).toBeCloseTo(expected, 9);
  });
  test.each([[-0.1], [250], ['viel'], [null]] as const)('%p → null', (input) => {
    expect(parseShare(input)).toBeNull();
  });
});

test('cellText trims and treats errors as empty', () => {
  expect(cellText('\u00a0 Kita Sonnenschein ')).toBe('Kita Sonnenschein');
  expect(cellText('Kita')).toBe('Kita');
  expect(cellText('')).toBe('');
  expect(cellText({ error: '#REF!' })).toBe('');
  expect(cellText(12)).toBe('12');
  expect(cellText(null)).toBe('');
});
