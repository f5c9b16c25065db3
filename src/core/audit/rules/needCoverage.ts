import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** The budget against the need model's estimate; need unknown when the workbook gives no children 0–3. */
export const needCoverage = defineRule({
  name: 'needCoverage',
  codes: ['need-unknown', 'budget-below-need', 'budget-covers-need'],
  needs: ['budget'],
  run: ({ budget }) => {
    if (!budget) return [];
    const where = { sheet: budget.sheet, row: budget.headerRow, column: budget.amountColumn };
    const { total, need, gap, coverage } = budget;
    if (need === null) return [finding('need-unknown', 'info', {}, where)];
    if (gap !== null && gap > 0) return [finding('budget-below-need', 'warning', { total, need, gap, coverage: coverage ?? 0 }, { ...where, topics: ['resources'] })];
    return [finding('budget-covers-need', 'info', { total, need }, where)];
  },
});
