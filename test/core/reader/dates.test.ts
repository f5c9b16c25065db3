import { dateOfCell } from '../../../src/core/reader/years';

const day = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

describe('dates as lists write them', () => {
  test.each([
    ['12.03.2025', '2025-03-12'],
    ['12.3.25', '2025-03-12'],
    ['2025-03-12', '2025-03-12'],
    // A month stands for its end (an end date "bis 03/2025" has passed on 1 April), a year for 31 December.
    ['03/2025', '2025-03-31'],
    ['März 2025', '2025-03-31'],
    ['Mrz. 2025', '2025-03-31'],
    ['Dezember 2024', '2024-12-31'],
    ['12. März 2025', '2025-03-12'],
    ['12 March 2025', '2025-03-12'],
    ['2025', '2025-12-31'],
  ])('%j is %s', (text, iso) => expect(day(dateOfCell(text))).toBe(iso));

  test.each(['Frühjahr 2025', 'Sommerfest 2025', 'Q1/2025', 'demnächst'])('%j is no date', (text) => expect(dateOfCell(text)).toBeNull());
});
