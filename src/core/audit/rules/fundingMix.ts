import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** The budget's funding mix beside the national average (Kommunalbefragung 2020), when sources are given. */
export const fundingMix = defineRule({
  name: 'fundingMix',
  codes: ['budget-source-mix'],
  needs: ['budget'],
  run: ({ budget }) => {
    if (!budget || budget.total <= 0 || budget.bySource.unbekannt >= budget.total) return [];
    const { total, bySource } = budget;
    return [finding('budget-source-mix', 'info', { bundesstiftung: bySource.bundesstiftung / total, kommunal: bySource.kommunal / total, land: bySource.land / total }, { sheet: budget.sheet })];
  },
});
