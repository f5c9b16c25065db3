import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** Partner rows no actor type was recognised for: the planner can add one. */
export const unclassified = defineRule({
  name: 'unclassified',
  codes: ['unclassified-actor'],
  needs: ['network'],
  run: ({ network }) => {
    if (!network) return [];
    const column = network.columns.name ?? network.columns.type ?? 0;
    return network.actors.filter((a) => a.actorTypeId === null).map((a) => finding('unclassified-actor', 'info', { name: a.name }, { sheet: network.sheet, row: a.row, column }));
  },
});
