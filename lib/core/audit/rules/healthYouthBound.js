"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.healthYouthBound = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
exports.healthYouthBound = (0, rule_1.defineRule)({
    name: 'healthYouthBound',
    codes: ['health-youth-not-bound'],
    needs: ['network', 'evidence'],
    run: ({ network, evidence }) => {
        if (!network || !evidence?.unbound || evidence.unbound.length === 0)
            return [];
        return [(0, finding_1.finding)('health-youth-not-bound', evidence.healthRefused ? 'warning' : 'info', { unbound: evidence.unbound }, { criterion: '5.2', topics: ['cooperation'], sheet: network.sheet })];
    },
});
