import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** No budget sheet: budget and need cannot be compared (said once, beside a network list). */
export const budgetSheet = defineRule({
  name: 'budgetSheet',
  codes: ['budget-not-found'],
  needs: ['network', 'budget'],
  run: ({ network, budget }) => (network && !budget ? [finding('budget-not-found', 'info', {})] : []),
});
