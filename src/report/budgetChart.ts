import { AuditResult, Lang } from '../core/audit/result';
import { ChartSpec, SheetToWrite } from '../workbook/port';
import { BUDGET_CHART_NAME } from './auditReport';
import { FORMATS, REPORT_LABELS } from './labels';
import { rangeOf, SheetBuilder } from './sheetBuilder';

/**
 * The "Budget-Diagramm" sheet: budget and need per Sozialraum and a clustered column chart beside
 * the table. It is the add-in's own sheet (replaceOwned), so pressing the button again refreshes it
 * in place; the planner's budget sheet is never touched. Null when the workbook has no budget.
 */
export function buildBudgetChart(result: AuditResult, lang: Lang): { sheet: SheetToWrite; chart: ChartSpec } | null {
  const budget = result.budget;
  if (!budget) return null;
  const t = REPORT_LABELS[lang];
  const b = new SheetBuilder();
  b.heading(t.chartTitle);
  b.add(t.chartDataNote);
  b.blank();
  const top = b.header(t.sozialraum, t.budgetColumn, t.needColumn, t.gapColumn);
  const lines = budget.bySozialraum.length > 0 ? budget.bySozialraum : [{ name: t.allSozialraeume, budget: budget.total, need: budget.need, gap: budget.gap }];
  for (const s of lines) b.add(s.name, s.budget, s.need, s.gap);
  b.format(top + 1, 1, FORMATS.euro, lines.length, 3);
  if (budget.need === null) {
    b.blank();
    b.add(t.noNeed);
  }
  const name = t.chartDataSheet;
  return {
    sheet: b.build(name, { replaceOwned: true, columnWidths: [26, 14, 14, 14], activate: true }),
    chart: {
      sheet: name,
      name: BUDGET_CHART_NAME,
      title: t.chartTitle,
      dataRange: rangeOf(top, 0, lines.length + 1, 3),
      position: rangeOf(top, 5, 18, 8),
      valueFormat: FORMATS.euro,
    },
  };
}
