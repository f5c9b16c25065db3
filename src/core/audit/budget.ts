import { fold } from '../text';
import { BudgetSheet, SettingsModel } from '../reader/model';
import { estimateMeasureNeed } from '../need/estimate';
import { coverageRange, NeedEstimate, simpleNeed } from '../need/needModel';
import { NeedRange } from '../need/parameters';
import { allocateNeed } from '../need/sozialraumNeed';
import { BudgetBySozialraum, BudgetSummary, FundingKey } from './result';
import { isDistrictWide } from './sozialraeume';

interface Group {
  name: string;
  budget: number;
  children: number | null;
  births: number | null;
  indicator: number | null;
}

/**
 * Budget totals by funding source and Sozialraum, compared with the need model: by measures from
 * births (the default) or the one-formula model when the planner chose it. Need, gap and coverage
 * are the middle estimate; their ranges travel beside them.
 */
export function summariseBudget(budget: BudgetSheet, settings: SettingsModel, hasBirthClinic: boolean): BudgetSummary {
  const bySource: Record<FundingKey, number> = { bundesstiftung: 0, kommunal: 0, land: 0, sonstige: 0, unbekannt: 0 };
  const groups = new Map<string, Group>();
  let total = 0;
  for (const line of budget.lines) {
    total += line.amount;
    bySource[line.source ?? 'unbekannt'] += line.amount;
    if (line.sozialraum === null || isDistrictWide(line.sozialraum)) continue;
    const key = fold(line.sozialraum);
    let g = groups.get(key);
    if (!g) {
      g = { name: line.sozialraum, budget: 0, children: null, births: null, indicator: null };
      groups.set(key, g);
    }
    g.budget += line.amount;
    // Children, births and the indicator are given once per Sozialraum, often on its first line only.
    g.children ??= line.children0to3;
    g.births ??= line.births;
    g.indicator ??= line.indicator;
  }

  const estimate = needEstimate(settings, [...groups.values()], hasBirthClinic);
  const allocation = estimate ? allocateNeed(estimate, [...groups.values()].map((g) => ({ name: g.name, births: g.births, children0to3: g.children, indicator: g.indicator }))) : null;
  const needRange = estimate?.total ?? null;
  const need = needRange?.mid ?? null;
  const bySozialraum: BudgetBySozialraum[] = [...groups.values()].map((g, i) => {
    const range: NeedRange | null = allocation?.rows[i].need ?? null;
    return { name: g.name, budget: g.budget, children0to3: g.children, births: g.births, need: range?.mid ?? null, needRange: range, gap: range === null ? null : range.mid - g.budget };
  });
  const births = estimate?.model === 'measures' ? estimate.births : null;
  return {
    sheet: budget.sheet,
    headerRow: budget.headerRow,
    amountColumn: budget.amountColumn,
    total,
    bySource,
    need,
    needRange,
    gap: need === null ? null : need - total,
    coverage: need === null || need <= 0 ? null : total / need,
    coverageRange: needRange === null ? null : coverageRange(total, needRange),
    estimate,
    weighting: allocation && groups.size > 0 ? allocation.weighting : null,
    budgetPerBirth: births === null || births <= 0 ? null : total / births,
    bySozialraum,
  };
}

/** The model the planner chose (the one formula only on request), from births or children under 3. */
function needEstimate(settings: SettingsModel, groups: readonly Group[], hasBirthClinic: boolean): NeedEstimate | null {
  const sheetChildren = groups.reduce<number | null>((sum, g) => (g.children === null ? sum : (sum ?? 0) + g.children), null);
  const sheetBirths = groups.reduce<number | null>((sum, g) => (g.births === null ? sum : (sum ?? 0) + g.births), null);
  const children =
    settings.children0to3 !== null
      ? { value: settings.children0to3, basis: 'children' as const }
      : settings.population !== null && settings.share0to3 !== null
        ? { value: settings.population * settings.share0to3, basis: 'population' as const }
        : sheetChildren !== null
          ? { value: sheetChildren, basis: 'budget' as const }
          : null;
  if (settings.needModel === 'simple') return children === null ? null : simpleNeed(children, settings.burdenShare, settings.costPerFamily);
  return estimateMeasureNeed({
    births: settings.births ?? sheetBirths,
    children0to3: children,
    clinicBirths: settings.clinicBirths,
    hasBirthClinic,
    welcomeVisits: settings.welcomeVisits,
    overrides: settings.need,
  });
}
