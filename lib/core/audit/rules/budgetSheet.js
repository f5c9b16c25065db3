"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.budgetSheet = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
exports.budgetSheet = (0, rule_1.defineRule)({
    name: 'budgetSheet',
    codes: ['budget-not-found'],
    needs: ['network', 'budget', 'model'],
    run: ({ network, budget, model }) => (network && !budget && !model.findings.some((f) => f.code === 'budget-year-missing') ? [(0, finding_1.finding)('budget-not-found', 'info', {})] : []),
});
