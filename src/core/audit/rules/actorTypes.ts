import { finding, Finding } from '../../findings/finding';
import { ActorType } from '../../taxonomy/actorTypes';
import { REFERENCE_RATES } from '../../taxonomy/referenceRates';
import { defineRule } from '../rule';

/**
 * Required types missing (error) and recommended types missing (warning), beside how common each is
 * nationwide (criterion 4.1), and the former partners of that type still in the list: a gap that opened.
 */
export const actorTypes = defineRule({
  name: 'actorTypes',
  codes: ['missing-actor-type'],
  needs: ['network', 'missingRequired', 'missingRecommended'],
  run: ({ network, missingRequired, missingRecommended }) => {
    if (!network) return [];
    const formerOf = (t: ActorType) => network.former.filter((f) => f.actorTypeId === t.id).map((f) => f.name);
    const missing = (t: ActorType, requirement: 'required' | 'recommended'): Finding<'missing-actor-type'> => {
      const rate = REFERENCE_RATES[t.id];
      const topics = requirement === 'recommended' ? [] : t.kernbereich === 'gesundheit' ? (['coverage', 'health'] as const) : (['coverage'] as const);
      return finding(
        'missing-actor-type',
        requirement === 'required' ? 'error' : 'warning',
        { actorType: t.id, kernbereich: t.kernbereich, requirement, referenceRate: rate ? { share: rate.share, year: rate.year } : null, former: formerOf(t) },
        { criterion: '4.1', sheet: network.sheet, topics },
      );
    };
    return [...missingRequired.map((t) => missing(t, 'required')), ...missingRecommended.map((t) => missing(t, 'recommended'))];
  },
});
