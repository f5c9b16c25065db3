import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** Criterion 3.4: cooperation agreements; partners without one are counted and a few named, required types first. */
export const agreements = defineRule({
  name: 'agreements',
  codes: ['no-agreements', 'agreements-missing'],
  needs: ['network', 'evidence'],
  run: ({ network, evidence }) => {
    if (!network || !evidence || evidence.withAgreement === null) return [];
    const column = network.columns.agreement;
    if (evidence.withAgreement === 0) {
      return [finding('no-agreements', 'warning', {}, { criterion: '3.4', topics: ['cooperation'], sheet: network.sheet, row: network.headerRow, column })];
    }
    const total = network.actors.length;
    const without = total - evidence.withAgreement;
    if (without === 0) return [];
    const examples = evidence.examplesWithout;
    return [
      finding(
        'agreements-missing',
        'info',
        { count: without, total, examples: examples.map((a) => a.name) },
        { criterion: '3.4', topics: ['cooperation'], sheet: network.sheet, row: examples[0]?.row ?? network.headerRow, column },
      ),
    ];
  },
});
