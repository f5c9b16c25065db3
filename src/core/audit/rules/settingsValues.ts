import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** Settings values that are not what their key needs ("Geburten: ca. 800") or implausible (38,000 posts): left out and said, never guessed. */
export const settingsValues = defineRule({
  name: 'settingsValues',
  codes: ['setting-unreadable'],
  needs: ['model'],
  run: ({ model }) =>
    model.settings.unreadable.map((u) =>
      finding('setting-unreadable', 'warning', { label: u.label, value: u.value, expected: u.expected, range: u.range }, { sheet: model.settings.sheet, row: u.row, column: u.column }),
    ),
});
