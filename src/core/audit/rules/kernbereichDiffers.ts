import { finding, Finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** A Kernbereich the planner wrote that differs from the NZFH grouping of the partner's type: a note, the NZFH grouping counts. */
export const kernbereichDiffers = defineRule({
  name: 'kernbereichDiffers',
  codes: ['kernbereich-differs'],
  needs: ['network'],
  run: ({ network }) => {
    if (!network) return [];
    const column = network.columns.kernbereich ?? network.columns.name ?? network.columns.type ?? 0;
    const found: Finding<'kernbereich-differs'>[] = [];
    for (const a of network.actors) {
      if (a.actorTypeId === null || a.statedKernbereich === null || a.kernbereich === null || a.statedKernbereich === a.kernbereich) continue;
      found.push(finding('kernbereich-differs', 'info', { name: a.name, stated: a.statedKernbereich, nzfh: a.kernbereich, actorType: a.actorTypeId }, { sheet: network.sheet, row: a.row, column }));
    }
    return found;
  },
});
