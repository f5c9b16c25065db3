"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.allocateNeed = allocateNeed;
function allocateNeed(estimate, groups) {
    if (estimate.model === 'simple') {
        const perChild = estimate.burdenShare * estimate.costPerFamily;
        return { rows: groups.map((g) => ({ name: g.name, need: g.children0to3 === null ? null : flat(g.children0to3 * perChild) })), weighting: 'even' };
    }
    const local = estimate.measures.filter((m) => m.local);
    const perBirth = {
        low: local.reduce((s, m) => s + m.cost.low, 0) / estimate.births,
        mid: local.reduce((s, m) => s + m.cost.mid, 0) / estimate.births,
        high: local.reduce((s, m) => s + m.cost.high, 0) / estimate.births,
    };
    const births = groups.map((g) => g.births ?? (g.children0to3 === null ? null : g.children0to3 / 3));
    const known = groups.map((g, i) => ({ births: births[i], indicator: g.indicator })).filter((x) => x.births !== null);
    const weighted = known.length > 0 && known.every((x) => x.indicator !== null && x.indicator > 0);
    const sumBirths = known.reduce((s, x) => s + x.births, 0);
    const mean = weighted && sumBirths > 0 ? known.reduce((s, x) => s + x.births * x.indicator, 0) / sumBirths : 1;
    const rows = groups.map((g, i) => {
        const b = births[i];
        if (b === null)
            return { name: g.name, need: null };
        const factor = weighted ? g.indicator / mean : 1;
        return { name: g.name, need: { low: b * perBirth.low * factor, mid: b * perBirth.mid * factor, high: b * perBirth.high * factor } };
    });
    return { rows, weighting: weighted ? 'indicator' : 'even' };
}
function flat(v) {
    return { low: v, mid: v, high: v };
}
