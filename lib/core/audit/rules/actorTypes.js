"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.actorTypes = void 0;
const finding_1 = require("../../findings/finding");
const classifier_1 = require("../../taxonomy/classifier");
const referenceRates_1 = require("../../taxonomy/referenceRates");
const rule_1 = require("../rule");
exports.actorTypes = (0, rule_1.defineRule)({
    name: 'actorTypes',
    codes: ['missing-actor-type', 'actor-type-absent'],
    needs: ['network', 'missingRequired', 'missingRecommended', 'requirements', 'present', 'model'],
    run: ({ network, missingRequired, missingRecommended, requirements, present, model }) => {
        if (!network)
            return [];
        const absent = requirements.absent
            .filter((id) => !present.has(id))
            .map((id) => {
            const entry = model.settings.absentTypes.find((a) => (0, classifier_1.resolveActorType)(a.type)?.id === id);
            return (0, finding_1.finding)('actor-type-absent', 'info', { actorType: id, instead: entry?.instead ?? null }, { criterion: '4.1', sheet: model.settings.sheet, row: entry?.row, column: entry?.column });
        });
        const formerOf = (t) => network.former.filter((f) => f.actorTypeId === t.id).map((f) => f.name);
        const missing = (t, requirement) => {
            const rate = referenceRates_1.REFERENCE_RATES[t.id];
            const topics = requirement === 'recommended' ? [] : t.kernbereich === 'gesundheit' ? ['coverage', 'health'] : ['coverage'];
            return (0, finding_1.finding)('missing-actor-type', requirement === 'required' ? 'error' : 'warning', { actorType: t.id, kernbereich: t.kernbereich, requirement, referenceRate: rate ? { share: rate.share, year: rate.year } : null, former: formerOf(t) }, { criterion: '4.1', sheet: network.sheet, topics });
        };
        return [...missingRequired.map((t) => missing(t, 'required')), ...missingRecommended.map((t) => missing(t, 'recommended')), ...absent];
    },
});
