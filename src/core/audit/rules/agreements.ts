import { finding } from '../../findings/finding';
import { actorPlace, columnPlace } from '../places';
import { defineRule } from '../rule';

/**
 * Cooperation agreements in the list (a note for criterion 3.4: a bilateral agreement is not the
 * case-level arrangements the criterion means, so the list gives notes, never a verdict); partners
 * without one are counted and a few named, required types first.
 */
export const agreements = defineRule({
  name: 'agreements',
  codes: ['no-agreements', 'agreements-missing'],
  needs: ['network', 'evidence'],
  run: ({ network, evidence }) => {
    if (!network || !evidence || evidence.withAgreement === null) return [];
    const header = columnPlace(network, 'agreement');
    if (evidence.withAgreement === 0) {
      return [finding('no-agreements', 'info', {}, { criterion: '3.4', topics: ['cooperation'], ...header })];
    }
    const total = evidence.agreementAsked ?? network.actors.length;
    const without = total - evidence.withAgreement;
    if (without === 0) return [];
    const examples = evidence.examplesWithout;
    return [
      finding(
        'agreements-missing',
        'info',
        { count: without, total, examples: examples.map((a) => a.name), unasked: network.actors.length - total },
        { criterion: '3.4', topics: ['cooperation'], ...(examples[0] ? actorPlace(network, examples[0], 'agreement', 'name') : header) },
      ),
    ];
  },
});
