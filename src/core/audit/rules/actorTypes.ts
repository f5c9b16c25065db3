import { finding, Finding } from '../../findings/finding';
import { ActorType } from '../../taxonomy/actorTypes';
import { resolveActorType } from '../../taxonomy/classifier';
import { REFERENCE_RATES } from '../../taxonomy/referenceRates';
import { defineRule } from '../rule';

/**
 * Required types missing (error) and recommended types missing (warning), beside how common each is
 * nationwide (criterion 4.1), and the former partners of that type still in the list: a gap that opened.
 */
export const actorTypes = defineRule({
  name: 'actorTypes',
  codes: ['missing-actor-type', 'actor-type-absent'],
  needs: ['network', 'missingRequired', 'missingRecommended', 'requirements', 'present', 'model'],
  run: ({ network, missingRequired, missingRecommended, requirements, present, model }) => {
    if (!network) return [];
    // Types the planner marked as not in the district: a note with where families go instead, not a gap.
    const absent = requirements.absent
      .filter((id) => !present.has(id))
      .map((id) => {
        const entry = model.settings.absentTypes.find((a) => resolveActorType(a.type)?.id === id);
        return finding('actor-type-absent', 'info', { actorType: id, instead: entry?.instead ?? null }, { criterion: '4.1', sheet: model.settings.sheet, row: entry?.row, column: entry?.column });
      });
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
    return [...missingRequired.map((t) => missing(t, 'required')), ...missingRecommended.map((t) => missing(t, 'recommended')), ...absent];
  },
});
