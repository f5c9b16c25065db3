import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** Entries of the planner's required/recommended type lists that name no known actor type. */
export const settingsTypes = defineRule({
  name: 'settingsTypes',
  codes: ['settings-unknown-type'],
  needs: ['model', 'requirements'],
  run: ({ model, requirements }) => {
    const { settings } = model;
    const place = settings.cells.requiredTypes ?? settings.cells.recommendedTypes;
    return requirements.unknown.map((value) => finding('settings-unknown-type', 'warning', { value }, { sheet: settings.sheet, row: place?.row, column: place?.column }));
  },
});
