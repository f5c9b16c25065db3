import { SheetGrid } from '../grid';
import { finding, Finding } from '../findings/finding';
import { classifyActor } from '../taxonomy/classifier';
import { detectBudgetLayout, readBudgetRows } from './budgetSheet';
import { detectCriteriaLayout, readCriteriaRows } from './criteriaSheet';
import { ReaderFindingCode, ReaderOverrides, WorkbookModel } from './model';
import { readNetwork } from './network';
import { EMPTY_SETTINGS, readSettings, settingsScore } from './settingsSheet';

export interface ReaderOptions {
  /** The planner's explicit sheet and column choice (task pane, stored in the workbook). */
  readonly overrides?: ReaderOverrides;
  /** Sheets the add-in created (its recorded list): never read as planner data. */
  readonly ownSheets?: readonly string[];
  /** The audit's day: an end date before it means a partner has left. Default: now. */
  readonly today?: Date;
}

/**
 * Finds the settings, network, budget and criteria sheets by content (any sheet name, header
 * anywhere in the first rows) and reads them into plain data. The settings come first: their
 * reporting year decides which year's sheet and budget column are read. A planner's explicit choice
 * (overrides, settings) wins over detection. Never throws on odd input: problems and choices become
 * findings.
 */
export function readWorkbookModel(sheets: readonly SheetGrid[], options: ReaderOptions = {}): WorkbookModel {
  const overrides = options.overrides ?? {};
  const findings: Finding<ReaderFindingCode>[] = [];
  // Sheets the add-in wrote itself (reports, chart data) are never audited as planner data.
  const own = new Set((options.ownSheets ?? []).map((n) => n.toLowerCase()));
  const candidates = sheets.filter((s) => !own.has(s.name.toLowerCase()));
  for (const s of candidates) {
    const clipped = s.layout?.clipped;
    if (clipped) findings.push(finding('sheet-clipped', 'warning', { sheet: s.name, ...clipped }, { sheet: s.name }));
  }
  const used = new Set<string>();
  const unused = () => candidates.filter((s) => !used.has(s.name));

  const settingsGrid = best(candidates, (g) => {
    const score = settingsScore(g);
    return score > 0 ? { score } : null;
  });
  const settings = settingsGrid ? readSettings(settingsGrid.grid) : EMPTY_SETTINGS;
  if (settingsGrid) used.add(settingsGrid.grid.name);
  const reportYear = overrides.reportYear ?? settings.reportYear;

  const { network, leftOut } = readNetwork(
    unused(),
    overrides,
    { reportYear, networkSheets: settings.networkSheets },
    { todayMs: (options.today ?? new Date()).getTime(), countHiddenRows: settings.countHiddenRows === true, classify: classifyActor },
    findings,
  );
  for (const part of network?.parts ?? []) used.add(part.sheet);

  const budgetPick = best(unused(), detectBudgetLayout);
  if (budgetPick) used.add(budgetPick.grid.name);
  const budget = budgetPick ? readBudgetRows(budgetPick.grid, budgetPick.layout, findings, reportYear) : null;

  const criteriaPick = best(unused(), detectCriteriaLayout);
  if (criteriaPick) used.add(criteriaPick.grid.name);
  const criteria = criteriaPick ? readCriteriaRows(criteriaPick.grid, criteriaPick.layout, findings) : null;

  // Partner-like sheets read as nothing else: said, so a forgotten sheet is noticed.
  for (const sheet of leftOut) if (!used.has(sheet)) findings.push(finding('network-sheet-left-out', 'info', { sheet }, { sheet }));

  return { network, budget, criteria, settings, findings, sheetNames: sheets.map((s) => s.name) };
}

function best<L extends { score: number }>(sheets: readonly SheetGrid[], detect: (g: SheetGrid) => L | null): { grid: SheetGrid; layout: L } | null {
  let winner: { grid: SheetGrid; layout: L } | null = null;
  for (const grid of sheets) {
    const layout = detect(grid);
    if (layout && layout.score > 0 && (!winner || layout.score > winner.layout.score)) winner = { grid, layout };
  }
  return winner;
}
