import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** No budget sheet: budget and need cannot be compared (said once, beside a network list). */
export const budgetSheet = defineRule({
  name: 'budgetSheet',
  codes: ['budget-not-found'],
  needs: ['network', 'budget', 'model'],
  // A budget sheet without the reporting year's column is said by the reader, not as "no budget sheet".
  run: ({ network, budget, model }) => (network && !budget && !model.findings.some((f) => f.code === 'budget-year-missing') ? [finding('budget-not-found', 'info', {})] : []),
});
