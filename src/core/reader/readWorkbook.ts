import { SheetGrid } from '../grid';
import { fold } from '../text';
import { detectBudgetLayout, readBudgetRows } from './budgetSheet';
import { detectCriteriaLayout, readCriteriaRows } from './criteriaSheet';
import { finding, Finding } from '../findings/finding';
import { NetworkField, ReaderFindingCode, ReaderOverrides, WorkbookModel } from './model';
import { detectNetworkLayout, NetworkLayout, readNetworkRows } from './networkSheet';
import { EMPTY_SETTINGS, readSettings, settingsScore } from './settingsSheet';

export interface ReaderOptions {
  /** The planner's explicit sheet and column choice (task pane, stored in the workbook). */
  readonly overrides?: ReaderOverrides;
  /** Sheets the add-in created (its recorded list): never read as planner data. */
  readonly ownSheets?: readonly string[];
}

/**
 * Finds the network, budget, criteria and settings sheets by content (any sheet name, header
 * anywhere in the first rows) and reads them into plain data. A planner's explicit choice
 * (overrides) wins over detection. Never throws on odd input: problems become findings.
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

  const network = pickNetwork(candidates, overrides, findings);
  if (network) used.add(network.grid.name);

  const budget = best(candidates.filter((s) => !used.has(s.name)), detectBudgetLayout);
  if (budget) used.add(budget.grid.name);

  const criteria = best(candidates.filter((s) => !used.has(s.name)), detectCriteriaLayout);
  if (criteria) used.add(criteria.grid.name);

  const settingsGrid = best(
    candidates.filter((s) => !used.has(s.name)),
    (g) => {
      const score = settingsScore(g);
      return score > 0 ? { score } : null;
    },
  );

  return {
    network: network ? readNetworkRows(network.grid, network.layout, findings) : null,
    budget: budget ? readBudgetRows(budget.grid, budget.layout, findings) : null,
    criteria: criteria ? readCriteriaRows(criteria.grid, criteria.layout) : null,
    settings: settingsGrid ? readSettings(settingsGrid.grid) : EMPTY_SETTINGS,
    findings,
    sheetNames: sheets.map((s) => s.name),
  };
}

function best<L extends { score: number }>(sheets: readonly SheetGrid[], detect: (g: SheetGrid) => L | null): { grid: SheetGrid; layout: L } | null {
  let winner: { grid: SheetGrid; layout: L } | null = null;
  for (const grid of sheets) {
    const layout = detect(grid);
    if (layout && layout.score > 0 && (!winner || layout.score > winner.layout.score)) winner = { grid, layout };
  }
  return winner;
}

function pickNetwork(sheets: readonly SheetGrid[], overrides: ReaderOverrides, findings: Finding<ReaderFindingCode>[]): { grid: SheetGrid; layout: NetworkLayout } | null {
  if (overrides.networkSheet === undefined) return best(sheets, detectNetworkLayout);
  const wanted = fold(overrides.networkSheet);
  const grid = sheets.find((s) => fold(s.name) === wanted);
  if (!grid) {
    findings.push(finding('override-sheet-missing', 'warning', { sheet: overrides.networkSheet }, { sheet: overrides.networkSheet }));
    return best(sheets, detectNetworkLayout);
  }
  const detected = detectNetworkLayout(grid);
  if (overrides.columns === undefined && overrides.headerRow === undefined) return detected ? { grid, layout: detected } : null;
  // Planner's mapping is in sheet coordinates; the layout works on indices into values.
  const columns: Partial<Record<NetworkField, number>> = {};
  for (const [field, c] of Object.entries(overrides.columns ?? {}) as [NetworkField, number][]) {
    const index = c - grid.originColumn;
    if (index >= 0) columns[field] = index;
  }
  const headerIndex = overrides.headerRow === undefined ? (detected?.headerIndex ?? null) : overrides.headerRow - grid.originRow;
  return {
    grid,
    layout: {
      headerIndex: headerIndex !== null && headerIndex >= 0 ? headerIndex : null,
      columns: Object.keys(columns).length > 0 ? columns : (detected?.columns ?? {}),
      score: 1,
    },
  };
}
