import { finding, Finding } from '../../findings/finding';
import { actorPlace } from '../places';
import { defineRule } from '../rule';

/** A Kernbereich the planner wrote that differs from the NZFH grouping of the partner's type: a note, the NZFH grouping counts. */
export const kernbereichDiffers = defineRule({
  name: 'kernbereichDiffers',
  codes: ['kernbereich-differs'],
  needs: ['network'],
  run: ({ network }) => {
    if (!network) return [];
    const found: Finding<'kernbereich-differs'>[] = [];
    for (const a of network.actors) {
      if (a.actorTypeId === null || a.statedKernbereich === null || a.kernbereich === null || a.statedKernbereich === a.kernbereich) continue;
      found.push(finding('kernbereich-differs', 'info', { name: a.name, stated: a.statedKernbereich, nzfh: a.kernbereich, actorType: a.actorTypeId }, actorPlace(network, a, 'kernbereich', 'name', 'type')));
    }
    return found;
  },
});
