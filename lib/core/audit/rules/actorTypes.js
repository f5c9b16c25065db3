"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.actorTypes = void 0;
const finding_1 = require("../../findings/finding");
const referenceRates_1 = require("../../taxonomy/referenceRates");
const rule_1 = require("../rule");
exports.actorTypes = (0, rule_1.defineRule)({
    name: 'actorTypes',
    codes: ['missing-actor-type'],
    needs: ['network', 'missingRequired', 'missingRecommended'],
    run: ({ network, missingRequired, missingRecommended }) => {
        if (!network)
            return [];
        const formerOf = (t) => network.former.filter((f) => f.actorTypeId === t.id).map((f) => f.name);
        const missing = (t, requirement) => {
            const rate = referenceRates_1.REFERENCE_RATES[t.id];
            const topics = requirement === 'recommended' ? [] : t.kernbereich === 'gesundheit' ? ['coverage', 'health'] : ['coverage'];
            return (0, finding_1.finding)('missing-actor-type', requirement === 'required' ? 'error' : 'warning', { actorType: t.id, kernbereich: t.kernbereich, requirement, referenceRate: rate ? { share: rate.share, year: rate.year } : null, former: formerOf(t) }, { criterion: '4.1', sheet: network.sheet, topics });
        };
        return [...missingRequired.map((t) => missing(t, 'required')), ...missingRecommended.map((t) => missing(t, 'recommended'))];
    },
});
