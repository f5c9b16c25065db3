import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** Criterion 5.2: youth welfare and health are bound by agreements (each sector has at least one partner with one). */
export const healthYouthBound = defineRule({
  name: 'healthYouthBound',
  codes: ['health-youth-not-bound'],
  needs: ['network', 'evidence'],
  run: ({ network, evidence }) => {
    if (!network || !evidence?.unbound || evidence.unbound.length === 0) return [];
    return [finding('health-youth-not-bound', 'warning', { unbound: evidence.unbound }, { criterion: '5.2', topics: ['cooperation'], sheet: network.sheet })];
  },
});
