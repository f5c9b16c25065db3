import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/**
 * Criterion 5.2: youth welfare and health bound by agreements with independent partners. A warning
 * only when every independent health partner's agreement cell says no; otherwise a note.
 */
export const healthYouthBound = defineRule({
  name: 'healthYouthBound',
  codes: ['health-youth-not-bound'],
  needs: ['network', 'evidence'],
  run: ({ network, evidence }) => {
    if (!network || !evidence?.unbound || evidence.unbound.length === 0) return [];
    return [finding('health-youth-not-bound', evidence.healthRefused ? 'warning' : 'info', { unbound: evidence.unbound }, { criterion: '5.2', topics: ['cooperation'], sheet: network.sheet })];
  },
});
