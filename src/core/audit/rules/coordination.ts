import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/**
 * Criterion 3.1: a hint when the list names no coordination office (type or role). Coordinators
 * often leave their own office out of the partner list, so this is a note, and none at all when
 * the Netzwerkarbeit sheet records the coordination post.
 */
export const coordination = defineRule({
  name: 'coordination',
  codes: ['no-coordination'],
  needs: ['network', 'evidence', 'records'],
  run: ({ network, evidence, records }) => {
    if (!network || !evidence || evidence.coordination || records.get('3.1')?.recent) return [];
    return [finding('no-coordination', 'info', {}, { criterion: '3.1', topics: ['cooperation'], sheet: network.sheet })];
  },
});
