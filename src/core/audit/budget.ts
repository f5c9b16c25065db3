import { fold } from '../text';
import { BudgetSheet, SettingsModel } from '../reader/model';
import { NEED_DEFAULTS } from '../need/defaults';
import { computeNeed, needCovered } from '../need/needModel';
import { formatEuro, formatList, formatPercent } from '../i18n/format';
import { FindingList } from './findings';
import { BudgetBySozialraum, BudgetSummary, NeedParameters } from './result';
import { isDistrictWide } from './sozialraeume';

/** A Sozialraum below this share of its need gets its own note. */
const SOZIALRAUM_LOW_COVERAGE = 0.5;

/**
 * Budget totals by funding source and Sozialraum, and need from the documented model: children 0–3
 * (settings, else population × share, else the budget sheet's per-Sozialraum counts) × burden share
 * × cost per family.
 */
export function summariseBudget(budget: BudgetSheet, settings: SettingsModel, findings: FindingList): BudgetSummary {
  const lang = findings.lang;
  const bySource = { bundesstiftung: 0, kommunal: 0, land: 0, sonstige: 0, unbekannt: 0 };
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

  const place = { sheet: budget.sheet, row: budget.headerRow, column: budget.amountColumn };
  if (need === null) {
    findings.add('need-unknown', 'info', place);
  } else {
    if (gap !== null && gap > 0) {
      findings.add('budget-below-need', 'warning', place, { total: formatEuro(total, lang), need: formatEuro(need, lang), gap: formatEuro(gap, lang), coverage: formatPercent(coverage ?? 0, lang) });
    } else {
      findings.add('budget-covers-need', 'info', place, { total: formatEuro(total, lang), need: formatEuro(need, lang) });
    }
    for (const s of bySozialraum) {
      if (s.need !== null && s.need > 0 && s.budget / s.need < SOZIALRAUM_LOW_COVERAGE) {
        findings.add('budget-sozialraum-below-need', 'info', place, { sozialraum: s.name, budget: formatEuro(s.budget, lang), need: formatEuro(s.need, lang), coverage: formatPercent(s.budget / s.need, lang) });
      }
    }
    if (parameters && (parameters.sources.burdenShare === 'default' || parameters.sources.costPerFamily === 'default')) {
      const used: string[] = [];
      if (parameters.sources.burdenShare === 'default') used.push(`${lang === 'de' ? 'Anteil belasteter Familien' : 'burden share'} ${formatPercent(parameters.burdenShare, lang)}`);
      if (parameters.sources.costPerFamily === 'default') used.push(`${lang === 'de' ? 'Kosten je Familie' : 'cost per family'} ${formatEuro(parameters.costPerFamily, lang)}`);
      findings.add('need-defaults-used', 'info', { sheet: settings.sheet }, { params: formatList(used, lang) });
    }
  }
  if (total > 0 && bySource.unbekannt < total) {
    findings.add('budget-source-mix', 'info', { sheet: budget.sheet }, {
      bund: formatPercent(bySource.bundesstiftung / total, lang),
      kommunal: formatPercent(bySource.kommunal / total, lang),
      land: formatPercent(bySource.land / total, lang),
    });
  }
  return { total, bySource, need, gap, coverage, parameters, bySozialraum };
}
