import { finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** Need computed with documented defaults rather than the workbook's own figures: said, with the values used. */
export const needDefaults = defineRule({
  name: 'needDefaults',
  codes: ['need-defaults-used'],
  needs: ['budget', 'model'],
  run: ({ budget, model }) => {
    const p = budget?.need === null ? null : budget?.parameters;
    if (!p) return [];
    const burdenShare = p.sources.burdenShare === 'default' ? p.burdenShare : null;
    const costPerFamily = p.sources.costPerFamily === 'default' ? p.costPerFamily : null;
    if (burdenShare === null && costPerFamily === null) return [];
    return [finding('need-defaults-used', 'info', { burdenShare, costPerFamily }, { sheet: model.settings.sheet })];
  },
});
