"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sozialraumBudget = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
const SOZIALRAUM_LOW_COVERAGE = 0.5;
exports.sozialraumBudget = (0, rule_1.defineRule)({
    name: 'sozialraumBudget',
    codes: ['budget-sozialraum-below-need'],
    needs: ['budget'],
    run: ({ budget }) => {
        if (!budget || budget.need === null)
            return [];
        const where = { sheet: budget.sheet, row: budget.headerRow, column: budget.amountColumn };
        return budget.bySozialraum
            .filter((s) => s.need !== null && s.need > 0 && s.budget / s.need < SOZIALRAUM_LOW_COVERAGE)
            .map((s) => (0, finding_1.finding)('budget-sozialraum-below-need', 'info', { sozialraum: s.name, budget: s.budget, need: s.need, coverage: s.budget / s.need }, where));
    },
});
