import { fold } from '../text';
import { BudgetSheet, SettingsModel } from '../reader/model';
import { NEED_DEFAULTS } from '../need/defaults';
import { computeNeed, needCovered } from '../need/needModel';
import { BudgetBySozialraum, BudgetSummary, FundingKey, NeedParameters } from './result';
import { isDistrictWide } from './sozialraeume';

/**
 * Budget totals by funding source and Sozialraum, and need from the documented model: children 0–3
 * (settings, else population × share, else the budget sheet's per-Sozialraum counts) × burden share
 * × cost per family.
 */
export function summariseBudget(budget: BudgetSheet, settings: SettingsModel): BudgetSummary {
  const bySource: Record<FundingKey, number> = { bundesstiftung: 0, kommunal: 0, land: 0, sonstige: 0, unbekannt: 0 };
  const groups = new Map<string, { name: string; budget: number; children: number | null }>();
  let total = 0;
  for (const line of budget.lines) {
    total += line.amount;
    bySource[line.source ?? 'unbekannt'] += line.amount;
    if (line.sozialraum === null || isDistrictWide(line.sozialraum)) continue;
    const key = fold(line.sozialraum);
    let g = groups.get(key);
    if (!g) {
      g = { name: line.sozialraum, budget: 0, children: null };
      groups.set(key, g);
    }
    g.budget += line.amount;
    // Children are given once per Sozialraum, often on its first line only.
    if (line.children0to3 !== null && g.children === null) g.children = line.children0to3;
  }

  const sheetChildren = [...groups.values()].reduce<number | null>((sum, g) => (g.children === null ? sum : (sum ?? 0) + g.children), null);
  const fromSettings = settings.children0to3 ?? (settings.population !== null && settings.share0to3 !== null ? settings.population * settings.share0to3 : null);
  const children = fromSettings ?? sheetChildren;
  const parameters: NeedParameters | null =
    children === null
      ? null
      : {
          children0to3: children,
          burdenShare: settings.burdenShare ?? NEED_DEFAULTS.burdenShare.value,
          costPerFamily: settings.costPerFamily ?? NEED_DEFAULTS.costPerFamily.value,
          sources: {
            children0to3: fromSettings !== null ? 'settings' : 'budget',
            burdenShare: settings.burdenShare !== null ? 'settings' : 'default',
            costPerFamily: settings.costPerFamily !== null ? 'settings' : 'default',
          },
        };
  const need = parameters ? computeNeed(parameters) : null;
  const gap = need === null ? null : need - total;
  const coverage = need === null ? null : needCovered(total, need);

  const bySozialraum: BudgetBySozialraum[] = [...groups.values()].map((g) => {
    const n = g.children === null || !parameters ? null : computeNeed({ ...parameters, children0to3: g.children });
    return { name: g.name, budget: g.budget, children0to3: g.children, need: n, gap: n === null ? null : n - g.budget };
  });

  return { sheet: budget.sheet, headerRow: budget.headerRow, amountColumn: budget.amountColumn, total, bySource, need, gap, coverage, parameters, bySozialraum };
}
