import { finding } from '../../findings/finding';
import { defineRule } from '../rule';
import { columnPlace } from '../places';

/**
 * Criterion 3.2: the criteria paper makes a steering group optional ("kann"); where the list marks
 * members, a note when youth welfare, counselling or health has nobody in it.
 */
export const steeringGroup = defineRule({
  name: 'steeringGroup',
  codes: ['steering-unknown', 'steering-incomplete'],
  needs: ['network', 'evidence'],
  run: ({ network, evidence }) => {
    if (!network || !evidence) return [];
    const lacking = evidence.steeringLacking;
    if (lacking === null) return [finding('steering-unknown', 'info', {}, { criterion: '3.2', sheet: network.sheet })];
    // Nobody marked, or everyone there: nothing to note.
    if (lacking.length === 0 || lacking.length === 3) return [];
    return [
      finding('steering-incomplete', 'info', { missing: lacking }, { criterion: '3.2', topics: ['cooperation'], ...columnPlace(network, 'steering') }),
    ];
  },
});
