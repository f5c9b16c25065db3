"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.computeNeed = computeNeed;
exports.simpleNeed = simpleNeed;
exports.needGap = needGap;
exports.needCovered = needCovered;
exports.coverageRange = coverageRange;
const defaults_1 = require("./defaults");
const parameters_1 = require("./parameters");
function computeNeed(input) {
    const share = input.burdenShare ?? defaults_1.NEED_DEFAULTS.burdenShare.value;
    const cost = input.costPerFamily ?? defaults_1.NEED_DEFAULTS.costPerFamily.value;
    return input.children0to3 * share * cost;
}
function simpleNeed(children, burdenShare, costPerFamily) {
    const share = burdenShare ?? defaults_1.NEED_DEFAULTS.burdenShare.value;
    const cost = costPerFamily ?? defaults_1.NEED_DEFAULTS.costPerFamily.value;
    return {
        model: 'simple',
        children0to3: children.value,
        childrenBasis: children.basis,
        burdenShare: share,
        costPerFamily: cost,
        origins: { burdenShare: burdenShare === null ? 'default' : 'settings', costPerFamily: costPerFamily === null ? 'default' : 'settings' },
        total: (0, parameters_1.single)(children.value * share * cost),
    };
}
function needGap(budget, need) {
    return need - budget;
}
function needCovered(budget, need) {
    return need > 0 ? budget / need : null;
}
function coverageRange(budget, need) {
    if (need.low <= 0 || need.mid <= 0 || need.high <= 0)
        return null;
    return { low: budget / need.high, mid: budget / need.mid, high: budget / need.low };
}
