import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** A Sozialraum below this share of its need gets its own note. */
const SOZIALRAUM_LOW_COVERAGE = 0.5;

/** Sozialräume whose budget covers less than half of their modelled need. */
export const sozialraumBudget = defineRule({
  name: 'sozialraumBudget',
  codes: ['budget-sozialraum-below-need'],
  needs: ['budget'],
  run: ({ budget }) => {
    if (!budget || budget.need === null) return [];
    const where = { sheet: budget.sheet, row: budget.headerRow, column: budget.amountColumn };
    return budget.bySozialraum
      .filter((s): s is typeof s & { need: number } => s.need !== null && s.need > 0 && s.budget / s.need < SOZIALRAUM_LOW_COVERAGE)
      .map((s) => finding('budget-sozialraum-below-need', 'info', { sozialraum: s.name, budget: s.budget, need: s.need, coverage: s.budget / s.need }, where));
  },
});
