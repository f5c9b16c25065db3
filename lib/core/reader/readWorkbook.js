"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readWorkbookModel = readWorkbookModel;
const finding_1 = require("../findings/finding");
const taught_1 = require("../taxonomy/taught");
const activitySheet_1 = require("./activitySheet");
const budgetSheet_1 = require("./budgetSheet");
const budgetSheets_1 = require("./budgetSheets");
const criteriaSheet_1 = require("./criteriaSheet");
const network_1 = require("./network");
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
    const unused = () => candidates.filter((s) => !used.has(s.name));
    const settingsGrid = best(candidates, (g) => {
        const score = (0, settingsSheet_1.settingsScore)(g);
        if (score > 0 && !(0, settingsSheet_1.isSettingsName)(g.name) && (0, budgetSheet_1.detectBudgetLayout)(g) !== null)
            return null;
        return score > 0 ? { score } : null;
    });
    const settings = settingsGrid ? (0, settingsSheet_1.readSettings)(settingsGrid.grid) : settingsSheet_1.EMPTY_SETTINGS;
    if (settingsGrid)
        used.add(settingsGrid.grid.name);
    const reportYear = overrides.reportYear ?? settings.reportYear;
    const taught = (0, taught_1.teachClassifier)(options.taught ?? []);
    const { network, leftOut } = (0, network_1.readNetwork)(unused(), overrides, { reportYear, networkSheets: settings.networkSheets }, { todayMs: (options.today ?? new Date()).getTime(), countHiddenRows: settings.countHiddenRows === true, classify: taught.classifyActor, isTaught: taught.isTaught }, findings);
    for (const part of network?.parts ?? [])
        used.add(part.sheet);
    for (const sheet of new Set((network?.parts ?? []).map((p) => p.sheet))) {
        const what = candidates.find((s) => s.name === sheet)?.layout?.unreadable;
        if (what && what.length > 0)
            findings.push((0, finding_1.finding)('layout-unreadable', what.some((w) => w !== 'struckUnchecked') ? 'warning' : 'info', { sheet, what }, { sheet }));
    }
    const budgetPick = (0, budgetSheets_1.chooseBudgetSheet)(unused(), reportYear, findings);
    if (budgetPick)
        used.add(budgetPick.grid.name);
    const budget = budgetPick ? (0, budgetSheet_1.readBudgetRows)(budgetPick.grid, budgetPick.layout, findings, reportYear) : null;
    const criteriaPick = best(unused(), criteriaSheet_1.detectCriteriaLayout);
    if (criteriaPick)
        used.add(criteriaPick.grid.name);
    const criteria = criteriaPick ? (0, criteriaSheet_1.readCriteriaRows)(criteriaPick.grid, criteriaPick.layout, findings) : null;
    const activityPick = best(unused(), activitySheet_1.detectActivityLayout);
    if (activityPick)
        used.add(activityPick.grid.name);
    const activities = activityPick ? (0, activitySheet_1.readActivityRows)(activityPick.grid, activityPick.layout) : null;
    for (const { sheet, versionOf } of leftOut)
        if (!used.has(sheet))
            findings.push((0, finding_1.finding)('network-sheet-left-out', 'info', { sheet, versionOf }, { sheet }));
    return { network, budget, criteria, activities, settings, findings, sheetNames: sheets.map((s) => s.name), reportYear };
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
