import { SheetGrid } from '../grid';
import { finding, Finding } from '../findings/finding';
import { BudgetLayout, detectBudgetLayout } from './budgetSheet';
import { ReaderFindingCode } from './model';
import { sheetYear } from './years';

export interface BudgetPick {
  readonly grid: SheetGrid;
  readonly layout: BudgetLayout;
}

interface Candidate extends BudgetPick {
  readonly year: number | null;
}

/**
 * Which sheet holds the budget. With one budget sheet per year ("Budget 2025", "Budget 2026") the
 * reporting year's (Berichtsjahr), else the newest, and the choice is said. A reporting year no sheet
 * belongs to leaves the budget unknown rather than another year's figure in its place: the same rule
 * as for a budget sheet with one column per year.
 */
export function chooseBudgetSheet(sheets: readonly SheetGrid[], reportYear: number | null, findings: Finding<ReaderFindingCode>[]): BudgetPick | null {
  const candidates: Candidate[] = [];
  for (const grid of sheets) {
    const layout = detectBudgetLayout(grid);
    if (layout && layout.score > 0) candidates.push({ grid, layout, year: sheetYear(grid, layout.headerIndex) });
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.layout.score - a.layout.score);
  const dated = candidates.filter((c) => c.year !== null);
  const years = [...new Set(dated.map((c) => c.year as number))].sort((a, b) => a - b);
  if (years.length >= 2) {
    if (reportYear !== null && !years.includes(reportYear)) {
      findings.push(finding('budget-year-missing', 'warning', { year: reportYear, available: years, scope: 'sheet' }, {}));
      return null;
    }
    const year = reportYear ?? years[years.length - 1];
    const chosen = dated.find((c) => c.year === year) as Candidate;
    const others = dated.filter((c) => c !== chosen).map((c) => c.grid.name);
    findings.push(finding('budget-sheet-chosen', 'info', { sheet: chosen.grid.name, year, basis: reportYear !== null ? 'settings' : 'newest', others }, { sheet: chosen.grid.name }));
    return chosen;
  }
  const best = candidates[0];
  // One sheet named for another year, without year columns to pick from: not the reporting year's budget.
  if (reportYear !== null && best.year !== null && best.year !== reportYear && best.layout.years.length === 0 && yearNamed(best.grid)) {
    findings.push(finding('budget-year-missing', 'warning', { year: reportYear, available: [best.year], scope: 'sheet' }, { sheet: best.grid.name }));
    return null;
  }
  return best;
}

/** A sheet whose name carries its year ("Budget 2027"); a year only in a title may be a "Stand" date. */
function yearNamed(grid: SheetGrid): boolean {
  return /(?:^|\D)(19|20|21)\d{2}(?!\d)/.test(grid.name);
}
