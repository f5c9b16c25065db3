import { NeedDefaultId } from '../../findings/codes';
import { finding } from '../../findings/finding';
import { NEED_PARAMETERS } from '../../need/parameters';
import { NEED_DEFAULTS } from '../../need/defaults';
import { defineRule } from '../rule';

/**
 * What the need estimate rests on besides the workbook's own figures: parameters left at their
 * documented defaults (sourced ones and assumptions said apart), births estimated from children
 * under 3, and the one-formula model when the planner chose it.
 */
const cellOf = (c: { row: number; column: number } | undefined) => (c ? { row: c.row, column: c.column } : {});

export const needDefaults = defineRule({
  name: 'needDefaults',
  codes: ['need-defaults-used', 'need-births-estimated', 'need-simple-model', 'need-settings-unused'],
  needs: ['budget', 'model'],
  run: ({ budget, model }) => {
    const estimate = budget?.estimate;
    if (!estimate) return [];
    const where = { sheet: model.settings.sheet };
    const defaults: NeedDefaultId[] = [];
    const out = [];
    if (estimate.model === 'simple') {
      out.push(finding('need-simple-model', 'info', {}, where));
      if (estimate.origins.burdenShare === 'default') defaults.push('burdenShare');
      if (estimate.origins.costPerFamily === 'default') defaults.push('costPerFamily');
    } else {
      // The one-formula model's parameters, written by the planner, do nothing in this model: said, not ignored silently.
      const unused = (['burdenShare', 'costPerFamily'] as const).filter((k) => model.settings[k] !== null);
      if (unused.length > 0) out.push(finding('need-settings-unused', 'info', { keys: unused }, { sheet: model.settings.sheet, ...cellOf(model.settings.cells[unused[0]]) }));
      if (estimate.birthsBasis !== 'settings') out.push(finding('need-births-estimated', 'info', { children: estimate.births * 3, births: estimate.births }, where));
      for (const p of estimate.parameters) {
        if (p.origin !== 'default') continue;
        // A measure that adds nothing (no birth clinic, no welcome visits) rests on none of its parameters.
        const measure = p.id.startsWith('lotsen') ? 'lotsen' : p.id.startsWith('welcome') ? 'welcome' : null;
        if (measure && estimate.measures.find((m) => m.id === measure)?.leftOut) continue;
        defaults.push(p.id);
      }
    }
    const isAssumption = (id: NeedDefaultId) => (id === 'burdenShare' || id === 'costPerFamily' ? NEED_DEFAULTS[id].assumption : NEED_PARAMETERS[id].assumption);
    if (defaults.length > 0) {
      out.push(finding('need-defaults-used', 'info', { sourced: defaults.filter((d) => !isAssumption(d)), assumptions: defaults.filter(isAssumption) }, where));
    }
    return out;
  },
});
