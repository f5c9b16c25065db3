"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.needCoverage = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
exports.needCoverage = (0, rule_1.defineRule)({
    name: 'needCoverage',
    codes: ['need-unknown', 'budget-below-need', 'budget-within-need-range', 'budget-covers-need'],
    needs: ['budget'],
    run: ({ budget }) => {
        if (!budget)
            return [];
        const where = { sheet: budget.sheet, row: budget.headerRow, column: budget.amountColumn };
        const { total, needRange: need, coverageRange: coverage } = budget;
        if (need === null)
            return [(0, finding_1.finding)('need-unknown', 'info', {}, where)];
        if (total >= need.high)
            return [(0, finding_1.finding)('budget-covers-need', 'info', { total, need }, where)];
        const spread = coverage ?? { low: 0, mid: 0, high: 0 };
        if (total < need.low)
            return [(0, finding_1.finding)('budget-below-need', 'warning', { total, need, coverage: spread }, { ...where, topics: ['resources'] })];
        return [(0, finding_1.finding)('budget-within-need-range', 'info', { total, need, coverage: spread }, { ...where, topics: ['resources'] })];
    },
});
