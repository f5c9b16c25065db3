import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** Criterion 3.1: the list names a coordination office (type or role). */
export const coordination = defineRule({
  name: 'coordination',
  codes: ['no-coordination'],
  needs: ['network', 'evidence'],
  run: ({ network, evidence }) => {
    if (!network || !evidence || evidence.coordination) return [];
    return [finding('no-coordination', 'warning', {}, { criterion: '3.1', topics: ['cooperation'], sheet: network.sheet })];
  },
});
