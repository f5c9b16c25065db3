"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fundingMix = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
exports.fundingMix = (0, rule_1.defineRule)({
    name: 'fundingMix',
    codes: ['budget-source-mix'],
    needs: ['budget'],
    run: ({ budget }) => {
        if (!budget || budget.total <= 0 || budget.bySource.unbekannt >= budget.total)
            return [];
        const { total, bySource } = budget;
        return [(0, finding_1.finding)('budget-source-mix', 'info', { bundesstiftung: bySource.bundesstiftung / total, kommunal: bySource.kommunal / total, land: bySource.land / total }, { sheet: budget.sheet })];
    },
});
