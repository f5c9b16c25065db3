"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readWorkbookModel = readWorkbookModel;
const text_1 = require("../text");
const budgetSheet_1 = require("./budgetSheet");
const criteriaSheet_1 = require("./criteriaSheet");
const finding_1 = require("../findings/finding");
const networkSheet_1 = require("./networkSheet");
const settingsSheet_1 = require("./settingsSheet");
function readWorkbookModel(sheets, options = {}) {
    const overrides = options.overrides ?? {};
    const findings = [];
    const own = new Set((options.ownSheets ?? []).map((n) => n.toLowerCase()));
    const candidates = sheets.filter((s) => !own.has(s.name.toLowerCase()));
    for (const s of candidates) {
        const clipped = s.layout?.clipped;
        if (clipped)
            findings.push((0, finding_1.finding)('sheet-clipped', 'warning', { sheet: s.name, ...clipped }, { sheet: s.name }));
    }
    const used = new Set();
    const network = pickNetwork(candidates, overrides, findings);
    if (network)
        used.add(network.grid.name);
    const budget = best(candidates.filter((s) => !used.has(s.name)), budgetSheet_1.detectBudgetLayout);
    if (budget)
        used.add(budget.grid.name);
    const criteria = best(candidates.filter((s) => !used.has(s.name)), criteriaSheet_1.detectCriteriaLayout);
    if (criteria)
        used.add(criteria.grid.name);
    const settingsGrid = best(candidates.filter((s) => !used.has(s.name)), (g) => {
        const score = (0, settingsSheet_1.settingsScore)(g);
        return score > 0 ? { score } : null;
    });
    return {
        network: network ? (0, networkSheet_1.readNetworkRows)(network.grid, network.layout, findings) : null,
        budget: budget ? (0, budgetSheet_1.readBudgetRows)(budget.grid, budget.layout, findings) : null,
        criteria: criteria ? (0, criteriaSheet_1.readCriteriaRows)(criteria.grid, criteria.layout) : null,
        settings: settingsGrid ? (0, settingsSheet_1.readSettings)(settingsGrid.grid) : settingsSheet_1.EMPTY_SETTINGS,
        findings,
        sheetNames: sheets.map((s) => s.name),
    };
}
function best(sheets, detect) {
    let winner = null;
    for (const grid of sheets) {
        const layout = detect(grid);
        if (layout && layout.score > 0 && (!winner || layout.score > winner.layout.score))
            winner = { grid, layout };
    }
    return winner;
}
function pickNetwork(sheets, overrides, findings) {
    if (overrides.networkSheet === undefined)
        return best(sheets, networkSheet_1.detectNetworkLayout);
    const wanted = (0, text_1.fold)(overrides.networkSheet);
    const grid = sheets.find((s) => (0, text_1.fold)(s.name) === wanted);
    if (!grid) {
        findings.push((0, finding_1.finding)('override-sheet-missing', 'warning', { sheet: overrides.networkSheet }, { sheet: overrides.networkSheet }));
        return best(sheets, networkSheet_1.detectNetworkLayout);
    }
    const detected = (0, networkSheet_1.detectNetworkLayout)(grid);
    if (overrides.columns === undefined && overrides.headerRow === undefined)
        return detected ? { grid, layout: detected } : null;
    const columns = {};
    for (const [field, c] of Object.entries(overrides.columns ?? {})) {
        const index = c - grid.originColumn;
        if (index >= 0)
            columns[field] = index;
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
