import { NEED_DEFAULTS } from '../../../src/core/need/defaults';
import { computeNeed, coverageRange, needCovered, needGap } from '../../../src/core/need/needModel';

describe('the one-formula need model (on request)', () => {
  test('children × burden share × cost per family, with the documented defaults', () => {
    expect(computeNeed({ children0to3: 1000 })).toBeCloseTo(1000 * NEED_DEFAULTS.burdenShare.value * NEED_DEFAULTS.costPerFamily.value);
    expect(computeNeed({ children0to3: 5862, burdenShare: 0.1, costPerFamily: 3000 })).toBeCloseTo(5862 * 0.1 * 3000);
  });
  test('a parameter of 0 is used, not replaced by the default', () => {
    expect(computeNeed({ children0to3: 1000, burdenShare: 0 })).toBe(0);
    expect(computeNeed({ children0to3: 1000, costPerFamily: 0 })).toBe(0);
  });
  test('gap and share covered', () => {
    expect(needGap(600_000, 2_000_000)).toBe(1_400_000);
    expect(needGap(2_500_000, 2_000_000)).toBe(-500_000);
    expect(needCovered(500, 2000)).toBe(0.25);
    expect(needCovered(500, 0)).toBeNull();
    // A high need gives the low coverage.
    expect(coverageRange(500, { low: 1000, mid: 2000, high: 5000 })).toEqual({ low: 0.1, mid: 0.25, high: 0.5 });
    expect(coverageRange(500, { low: 0, mid: 2000, high: 5000 })).toBeNull();
  });
  test('every default names its source and says whether it is an assumption', () => {
    for (const d of Object.values(NEED_DEFAULTS)) {
      expect(d.source.de.length).toBeGreaterThan(20);
      expect(d.source.en.length).toBeGreaterThan(20);
    }
    expect(NEED_DEFAULTS.costPerFamily.assumption).toBe(true);
  });
});
