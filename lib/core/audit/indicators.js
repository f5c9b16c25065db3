"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.indicatorsOf = indicatorsOf;
const shareOf = (part, base) => (part === null || base === 0 ? null : part / base);
function indicatorsOf(input) {
    const estimate = input.budget?.estimate ?? null;
    const births = estimate?.model === 'measures' ? estimate.births : input.births;
    const per1000 = (n) => (births === null || births <= 0 ? null : (n / births) * 1000);
    return {
        partners: input.actors,
        partnersPer1000Births: per1000(input.actors),
        requiredPresent: input.coverage,
        withAgreement: shareOf(input.withAgreement, input.agreementAsked ?? input.actors),
        budgetPerBirth: input.budget === null || births === null || births <= 0 ? null : input.budget.total / births,
        needCovered: input.budget?.coverageRange ?? null,
        labFtePer1000Births: input.labFteActual === null ? null : per1000(input.labFteActual),
        criteriaMet: input.criteria?.score ?? null,
        ownParameters: estimate?.model === 'measures' ? estimate.parameters.filter((p) => p.origin === 'settings').map((p) => p.id) : [],
    };
}
