"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.computeNeed = computeNeed;
exports.familiesInNeed = familiesInNeed;
exports.needGap = needGap;
exports.needCovered = needCovered;
const defaults_1 = require("./defaults");
function computeNeed(input) {
    const share = input.burdenShare ?? defaults_1.NEED_DEFAULTS.burdenShare.value;
    const cost = input.costPerFamily ?? defaults_1.NEED_DEFAULTS.costPerFamily.value;
    return input.children0to3 * share * cost;
}
function familiesInNeed(children0to3, burdenShare) {
    return children0to3 * (burdenShare ?? defaults_1.NEED_DEFAULTS.burdenShare.value);
}
function needGap(budget, need) {
    return need - budget;
}
function needCovered(budget, need) {
    return need > 0 ? budget / need : null;
}
