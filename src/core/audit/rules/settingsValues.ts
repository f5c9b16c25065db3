import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** Settings values that are not what their key needs ("Geburten: ca. 800"): left out and said, never guessed. */
export const settingsValues = defineRule({
  name: 'settingsValues',
  codes: ['setting-unreadable'],
  needs: ['model'],
  run: ({ model }) =>
    model.settings.unreadable.map((u) =>
      finding('setting-unreadable', 'warning', { label: u.label, value: u.value, expected: u.expected }, { sheet: model.settings.sheet, row: u.row, column: u.column }),
    ),
});
