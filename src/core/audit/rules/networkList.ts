import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** No network list at all, or one without partners: nothing else can be judged. */
export const networkList = defineRule({
  name: 'networkList',
  codes: ['network-sheet-not-found', 'network-empty'],
  needs: ['network'],
  run: ({ network }) => {
    if (!network) return [finding('network-sheet-not-found', 'error', {}, { topics: ['coverage'] })];
    if (network.actors.length > 0) return [];
    return [finding('network-empty', 'error', { sheet: network.sheet }, { sheet: network.sheet, row: network.headerRow, column: network.columns.name ?? null })];
  },
});
