import { finding } from '../../findings/finding';
import { actorPlace } from '../places';
import { defineRule } from '../rule';

/** Partner rows no actor type was recognised for: the planner can add one. */
export const unclassified = defineRule({
  name: 'unclassified',
  codes: ['unclassified-actor'],
  needs: ['network'],
  run: ({ network }) => {
    if (!network) return [];
    return network.actors.filter((a) => a.actorTypeId === null).map((a) => finding('unclassified-actor', 'info', { name: a.name }, actorPlace(network, a, 'name', 'type')));
  },
});
