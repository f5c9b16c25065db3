"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.needDefaults = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
exports.needDefaults = (0, rule_1.defineRule)({
    name: 'needDefaults',
    codes: ['need-defaults-used'],
    needs: ['budget', 'model'],
    run: ({ budget, model }) => {
        const p = budget?.need === null ? null : budget?.parameters;
        if (!p)
            return [];
        const burdenShare = p.sources.burdenShare === 'default' ? p.burdenShare : null;
        const costPerFamily = p.sources.costPerFamily === 'default' ? p.costPerFamily : null;
        if (burdenShare === null && costPerFamily === null)
            return [];
        return [(0, finding_1.finding)('need-defaults-used', 'info', { burdenShare, costPerFamily }, { sheet: model.settings.sheet })];
    },
});
