import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** Criterion 3.2: the steering group draws on youth welfare, counselling and health. */
export const steeringGroup = defineRule({
  name: 'steeringGroup',
  codes: ['steering-unknown', 'steering-incomplete'],
  needs: ['network', 'evidence'],
  run: ({ network, evidence }) => {
    if (!network || !evidence) return [];
    const lacking = evidence.steeringLacking;
    if (lacking === null) return [finding('steering-unknown', 'info', {}, { criterion: '3.2', sheet: network.sheet })];
    if (lacking.length === 0) return [];
    return [
      finding('steering-incomplete', 'warning', { missing: lacking }, { criterion: '3.2', topics: ['cooperation'], sheet: network.sheet, row: network.headerRow, column: network.columns.steering }),
    ];
  },
});
