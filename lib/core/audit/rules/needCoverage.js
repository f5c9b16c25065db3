"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.needCoverage = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
exports.needCoverage = (0, rule_1.defineRule)({
    name: 'needCoverage',
    codes: ['need-unknown', 'budget-below-need', 'budget-covers-need'],
    needs: ['budget'],
    run: ({ budget }) => {
        if (!budget)
            return [];
        const where = { sheet: budget.sheet, row: budget.headerRow, column: budget.amountColumn };
        const { total, need, gap, coverage } = budget;
        if (need === null)
            return [(0, finding_1.finding)('need-unknown', 'info', {}, where)];
        if (gap !== null && gap > 0)
            return [(0, finding_1.finding)('budget-below-need', 'warning', { total, need, gap, coverage: coverage ?? 0 }, { ...where, topics: ['resources'] })];
        return [(0, finding_1.finding)('budget-covers-need', 'info', { total, need }, where)];
    },
});
