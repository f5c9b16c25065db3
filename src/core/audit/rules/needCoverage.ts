import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/**
 * The budget against the need model's range, worded as a model estimate: below the low estimate
 * (warning), within the range, or at or above the high estimate. Unknown when the workbook gives
 * neither births nor children under 3.
 */
export const needCoverage = defineRule({
  name: 'needCoverage',
  codes: ['need-unknown', 'budget-below-need', 'budget-within-need-range', 'budget-covers-need'],
  needs: ['budget'],
  run: ({ budget }) => {
    if (!budget) return [];
    const where = { sheet: budget.sheet, row: budget.headerRow, column: budget.amountColumn };
    const { total, needRange: need, coverageRange: coverage } = budget;
    if (need === null) return [finding('need-unknown', 'info', {}, where)];
    if (total >= need.high) return [finding('budget-covers-need', 'info', { total, need }, where)];
    const spread = coverage ?? { low: 0, mid: 0, high: 0 };
    if (total < need.low) return [finding('budget-below-need', 'warning', { total, need, coverage: spread }, { ...where, topics: ['resources'] })];
    return [finding('budget-within-need-range', 'info', { total, need, coverage: spread }, { ...where, topics: ['resources'] })];
  },
});
