"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_CHART = exports.CHART_INDICATORS = void 0;
exports.chartIndicatorOf = chartIndicatorOf;
exports.CHART_INDICATORS = [
    'partners',
    'partnersPer1000Births',
    'requiredPresent',
    'withAgreement',
    'budgetPerBirth',
    'needCovered',
    'labFtePer1000Births',
    'criteriaMet',
];
exports.DEFAULT_CHART = 'requiredPresent';
function chartIndicatorOf(name) {
    const key = name.replace(/[-_\s]/g, '').toLowerCase();
    return exports.CHART_INDICATORS.find((c) => c.toLowerCase() === key) ?? null;
}
