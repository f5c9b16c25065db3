"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.chooseBudgetSheet = chooseBudgetSheet;
const finding_1 = require("../findings/finding");
const budgetSheet_1 = require("./budgetSheet");
const years_1 = require("./years");
function chooseBudgetSheet(sheets, reportYear, findings) {
    const candidates = [];
    for (const grid of sheets) {
        const layout = (0, budgetSheet_1.detectBudgetLayout)(grid);
        if (layout && layout.score > 0)
            candidates.push({ grid, layout, year: (0, years_1.sheetYear)(grid, layout.headerIndex) });
    }
    if (candidates.length === 0)
        return null;
    candidates.sort((a, b) => b.layout.score - a.layout.score);
    const dated = candidates.filter((c) => c.year !== null);
    const years = [...new Set(dated.map((c) => c.year))].sort((a, b) => a - b);
    if (years.length >= 2) {
        if (reportYear !== null && !years.includes(reportYear)) {
            findings.push((0, finding_1.finding)('budget-year-missing', 'warning', { year: reportYear, available: years, scope: 'sheet' }, {}));
            return null;
        }
        const year = reportYear ?? years[years.length - 1];
        const chosen = dated.find((c) => c.year === year);
        const others = dated.filter((c) => c !== chosen).map((c) => c.grid.name);
        findings.push((0, finding_1.finding)('budget-sheet-chosen', 'info', { sheet: chosen.grid.name, year, basis: reportYear !== null ? 'settings' : 'newest', others }, { sheet: chosen.grid.name }));
        return chosen;
    }
    const best = candidates[0];
    if (reportYear !== null && best.year !== null && best.year !== reportYear && best.layout.years.length === 0 && yearNamed(best.grid)) {
        findings.push((0, finding_1.finding)('budget-year-missing', 'warning', { year: reportYear, available: [best.year], scope: 'sheet' }, { sheet: best.grid.name }));
        return null;
    }
    return best;
}
function yearNamed(grid) {
    return /(?:^|\D)(19|20|21)\d{2}(?!\d)/.test(grid.name);
}
