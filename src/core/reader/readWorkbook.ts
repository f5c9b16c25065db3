import { SheetGrid } from '../grid';
import { fold } from '../text';
import { detectBudgetLayout, readBudgetRows } from './budgetSheet';
import { detectCriteriaLayout, readCriteriaRows } from './criteriaSheet';
import { NetworkField, ReadIssue, ReaderOverrides, WorkbookModel } from './model';
import { detectNetworkLayout, NetworkLayout, readNetworkRows } from './networkSheet';
import { EMPTY_SETTINGS, readSettings, settingsScore } from './settingsSheet';

/** Sheets the add-in wrote itself (reports, chart data) are never audited as planner data. */
export const OWN_SHEET = /^(pruefbericht|prüfbericht|fh[ -]diagrammdaten|fh-daten)/i;

/**
 * Finds the network, budget, criteria and settings sheets by content (any sheet name, header
 * anywhere in the first rows) and reads them into plain data. A planner's explicit choice
 * (overrides) wins over detection. Never throws on odd input: problems become issues.
 */
export function readWorkbookModel(sheets: readonly SheetGrid[], overrides: ReaderOverrides = {}): WorkbookModel {
  const issues: ReadIssue[] = [];
  const candidates = sheets.filter((s) => !OWN_SHEET.test(s.name.trim()));
  const used = new Set<string>();

  const network = pickNetwork(candidates, overrides, issues);
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
    network: network ? readNetworkRows(network.grid, network.layout, issues) : null,
    budget: budget ? readBudgetRows(budget.grid, budget.layout, issues) : null,
    criteria: criteria ? readCriteriaRows(criteria.grid, criteria.layout) : null,
    settings: settingsGrid ? readSettings(settingsGrid.grid) : EMPTY_SETTINGS,
    issues,
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

function pickNetwork(sheets: readonly SheetGrid[], overrides: ReaderOverrides, issues: ReadIssue[]): { grid: SheetGrid; layout: NetworkLayout } | null {
  if (overrides.networkSheet === undefined) return best(sheets, detectNetworkLayout);
  const wanted = fold(overrides.networkSheet);
  const grid = sheets.find((s) => fold(s.name) === wanted);
  if (!grid) {
    issues.push({ code: 'override-sheet-missing', severity: 'warning', sheet: overrides.networkSheet, row: null, column: null, params: { sheet: overrides.networkSheet } });
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
