"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kernbereiche = void 0;
const finding_1 = require("../../findings/finding");
const kernbereich_1 = require("../../taxonomy/kernbereich");
const rule_1 = require("../rule");
exports.kernbereiche = (0, rule_1.defineRule)({
    name: 'kernbereiche',
    codes: ['missing-kernbereich'],
    needs: ['network', 'kernbereiche'],
    run: ({ network, kernbereiche: counts }) => {
        if (!network)
            return [];
        return kernbereich_1.KERNBEREICHE.filter((k) => counts[k] === 0).map((kernbereich) => (0, finding_1.finding)('missing-kernbereich', 'error', { kernbereich }, { criterion: '5.8', sheet: network.sheet, topics: kernbereich === 'gesundheit' ? ['coverage', 'health'] : ['coverage'] }));
    },
});
