import { SheetGrid } from '../grid';
import { finding, Finding } from '../findings/finding';
import { TaughtAssignment, teachClassifier } from '../taxonomy/taught';
import { detectActivityLayout, readActivityRows } from './activitySheet';
import { detectBudgetLayout, readBudgetRows } from './budgetSheet';
import { chooseBudgetSheet } from './budgetSheets';
import { detectCriteriaLayout, readCriteriaRows } from './criteriaSheet';
import { ReaderFindingCode, ReaderOverrides, WorkbookModel } from './model';
import { readNetwork } from './network';
import { EMPTY_SETTINGS, isSettingsName, readSettings, settingsScore } from './settingsSheet';

export interface ReaderOptions {
  /** The planner's explicit sheet and column choice (task pane, stored in the workbook). */
  readonly overrides?: ReaderOverrides;
  /** Sheets the add-in created (its recorded list): never read as planner data. */
  readonly ownSheets?: readonly string[];
  /** The audit's day: an end date before it means a partner has left. Default: now. */
  readonly today?: Date;
  /** Types the planner gave partners no rule recognises (pane, stored in the workbook): they win over the rules. */
  readonly taught?: readonly TaughtAssignment[];
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
    // A budget table's lines read like settings ("Netzwerkkoordination (0,5 VZÄ) | 38.000 €" as posts,
    // "Sachkosten" as a cost per family): a budget table is the settings only when its name says so.
    if (score > 0 && !isSettingsName(g.name) && detectBudgetLayout(g) !== null) return null;
    return score > 0 ? { score } : null;
  });
  const settings = settingsGrid ? readSettings(settingsGrid.grid) : EMPTY_SETTINGS;
  if (settingsGrid) used.add(settingsGrid.grid.name);
  const reportYear = overrides.reportYear ?? settings.reportYear;
  const taught = teachClassifier(options.taught ?? []);

  const { network, leftOut } = readNetwork(
    unused(),
    overrides,
    { reportYear, networkSheets: settings.networkSheets },
    { todayMs: (options.today ?? new Date()).getTime(), countHiddenRows: settings.countHiddenRows === true, classify: taught.classifyActor, isTaught: taught.isTaught },
    findings,
  );
  for (const part of network?.parts ?? []) used.add(part.sheet);
  for (const sheet of new Set((network?.parts ?? []).map((p) => p.sheet))) {
    const what = candidates.find((s) => s.name === sheet)?.layout?.unreadable;
    // Rows seen hidden or struck but not located change the count (warning); strikethrough that cannot be checked at all may not (note).
    if (what && what.length > 0) findings.push(finding('layout-unreadable', what.some((w) => w !== 'struckUnchecked') ? 'warning' : 'info', { sheet, what }, { sheet }));
  }

  const budgetPick = chooseBudgetSheet(unused(), reportYear, findings);
  if (budgetPick) used.add(budgetPick.grid.name);
  const budget = budgetPick ? readBudgetRows(budgetPick.grid, budgetPick.layout, findings, reportYear) : null;

  const criteriaPick = best(unused(), detectCriteriaLayout);
  if (criteriaPick) used.add(criteriaPick.grid.name);
  const criteria = criteriaPick ? readCriteriaRows(criteriaPick.grid, criteriaPick.layout, findings) : null;

  const activityPick = best(unused(), detectActivityLayout);
  if (activityPick) used.add(activityPick.grid.name);
  const activities = activityPick ? readActivityRows(activityPick.grid, activityPick.layout) : null;

  // Partner-like sheets read as nothing else: said, so a forgotten sheet is noticed.
  for (const { sheet, versionOf } of leftOut) if (!used.has(sheet)) findings.push(finding('network-sheet-left-out', 'info', { sheet, versionOf }, { sheet }));

  return { network, budget, criteria, activities, settings, findings, sheetNames: sheets.map((s) => s.name), reportYear };
}

function best<L extends { score: number }>(sheets: readonly SheetGrid[], detect: (g: SheetGrid) => L | null): { grid: SheetGrid; layout: L } | null {
  let winner: { grid: SheetGrid; layout: L } | null = null;
  for (const grid of sheets) {
    const layout = detect(grid);
    if (layout && layout.score > 0 && (!winner || layout.score > winner.layout.score)) winner = { grid, layout };
  }
  return winner;
}
