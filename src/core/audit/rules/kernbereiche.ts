import { finding } from '../../findings/finding';
import { KERNBEREICHE } from '../../taxonomy/kernbereich';
import { defineRule } from '../rule';

/** A Kernbereich without any partner (criterion 5.8: all four sectors take part). */
export const kernbereiche = defineRule({
  name: 'kernbereiche',
  codes: ['missing-kernbereich'],
  needs: ['network', 'kernbereiche'],
  run: ({ network, kernbereiche: counts }) => {
    if (!network) return [];
    return KERNBEREICHE.filter((k) => counts[k] === 0).map((kernbereich) =>
      finding('missing-kernbereich', 'error', { kernbereich }, { criterion: '5.8', sheet: network.sheet, topics: kernbereich === 'gesundheit' ? ['coverage', 'health'] : ['coverage'] }),
    );
  },
});
