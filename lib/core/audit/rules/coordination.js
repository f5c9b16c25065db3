"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.coordination = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
exports.coordination = (0, rule_1.defineRule)({
    name: 'coordination',
    codes: ['no-coordination'],
    needs: ['network', 'evidence', 'records'],
    run: ({ network, evidence, records }) => {
        if (!network || !evidence || evidence.coordination || records.get('3.1')?.recent)
            return [];
        return [(0, finding_1.finding)('no-coordination', 'info', {}, { criterion: '3.1', topics: ['cooperation'], sheet: network.sheet })];
    },
});
