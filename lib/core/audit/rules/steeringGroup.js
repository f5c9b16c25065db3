"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.steeringGroup = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
const places_1 = require("../places");
exports.steeringGroup = (0, rule_1.defineRule)({
    name: 'steeringGroup',
    codes: ['steering-unknown', 'steering-incomplete'],
    needs: ['network', 'evidence'],
    run: ({ network, evidence }) => {
        if (!network || !evidence)
            return [];
        const lacking = evidence.steeringLacking;
        if (lacking === null)
            return [(0, finding_1.finding)('steering-unknown', 'info', {}, { criterion: '3.2', sheet: network.sheet })];
        if (lacking.length === 0 || lacking.length === 3)
            return [];
        return [
            (0, finding_1.finding)('steering-incomplete', 'info', { missing: lacking }, { criterion: '3.2', topics: ['cooperation'], ...(0, places_1.columnPlace)(network, 'steering') }),
        ];
    },
});
