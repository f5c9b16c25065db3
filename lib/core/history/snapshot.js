"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.typeOrder = void 0;
exports.isoDay = isoDay;
exports.historySnapshotOf = historySnapshotOf;
const catalog_1 = require("../criteria/catalog");
const actorTypes_1 = require("../taxonomy/actorTypes");
const round = (n, digits) => {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
};
const share = (n) => (n === null ? null : round(n, 6));
const euro = (n) => (n === null ? null : round(n, 2));
const rangeOf = (r, digits) => (r === null ? null : { low: round(r.low, digits), mid: round(r.mid, digits), high: round(r.high, digits) });
const TYPE_ORDER = new Map(actorTypes_1.ACTOR_TYPES.map((t, i) => [t.id, i]));
const typeOrder = (type) => (type === null ? actorTypes_1.ACTOR_TYPES.length : (TYPE_ORDER.get(type) ?? actorTypes_1.ACTOR_TYPES.length));
exports.typeOrder = typeOrder;
function isoDay(date) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
function historySnapshotOf(result, date) {
    const names = result.partners
        .map((p, i) => ({ p, i }))
        .sort((a, b) => (0, exports.typeOrder)(a.p.actorTypeId) - (0, exports.typeOrder)(b.p.actorTypeId) || a.i - b.i)
        .map(({ p }) => ({ name: p.name, type: p.actorTypeId }));
    const byType = {};
    for (const { type } of names)
        if (type !== null)
            byType[type] = (byType[type] ?? 0) + 1;
    const criteria = {};
    for (const c of catalog_1.CRITERIA) {
        const status = result.criteria?.items.find((item) => item.id === c.id)?.status ?? null;
        if (status !== null)
            criteria[c.id] = status;
    }
    const ind = result.indicators;
    return {
        date,
        reportYear: result.header.reportYear,
        partners: result.actors,
        kernbereiche: { ...result.kernbereiche },
        byType,
        requiredTotal: result.requiredTotal,
        missingRequired: result.missingActorTypes.filter((m) => m.requirement === 'required').map((m) => m.id),
        missingRecommended: result.missingActorTypes.filter((m) => m.requirement === 'recommended').map((m) => m.id),
        sozialraeume: result.sozialraeume.map((s) => ({ name: s.name, missing: [...s.missingKernbereiche] })),
        budget: euro(result.budget?.total ?? null),
        need: rangeOf(result.budget?.needRange ?? null, 2),
        criteria: result.criteria && result.criteria.sheet !== null ? criteria : null,
        indicators: {
            partners: ind.partners,
            partnersPer1000Births: share(ind.partnersPer1000Births),
            requiredPresent: round(ind.requiredPresent, 6),
            withAgreement: share(ind.withAgreement),
            budgetPerBirth: euro(ind.budgetPerBirth),
            needCovered: rangeOf(ind.needCovered, 6),
            labFtePer1000Births: share(ind.labFtePer1000Births),
            criteriaMet: share(ind.criteriaMet),
            ownParameters: [...ind.ownParameters],
        },
        names,
    };
}
