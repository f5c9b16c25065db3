"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.snapshotFromJson = snapshotFromJson;
const catalog_1 = require("../criteria/catalog");
const status_1 = require("../criteria/status");
const needParameterIds_1 = require("../needParameterIds");
const actorTypes_1 = require("../taxonomy/actorTypes");
const kernbereich_1 = require("../taxonomy/kernbereich");
const snapshot_1 = require("./snapshot");
function snapshotFromJson(value) {
    try {
        return parse(value);
    }
    catch (e) {
        if (e instanceof Invalid)
            return null;
        throw e;
    }
}
class Invalid extends Error {
}
const fail = () => {
    throw new Invalid();
};
const obj = (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : fail());
const arr = (v) => (Array.isArray(v) ? v : fail());
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : fail());
const count = (v) => (Number.isInteger(num(v)) && v >= 0 ? v : fail());
const str = (v) => (typeof v === 'string' ? v : fail());
const orNull = (v, read) => (v === null || v === undefined ? null : read(v));
const typeId = (v) => {
    const s = str(v);
    return (0, actorTypes_1.isActorTypeId)(s) ? s : fail();
};
const kernbereich = (v) => kernbereich_1.KERNBEREICHE.includes(v) ? v : fail();
const status = (v) => status_1.CRITERION_STATUSES.includes(v) ? v : fail();
const parameterId = (v) => needParameterIds_1.NEED_PARAMETER_IDS.includes(v) ? v : fail();
const range = (v) => {
    const o = obj(v);
    return { low: num(o.low), mid: num(o.mid), high: num(o.high) };
};
function parse(value) {
    const o = obj(value);
    const date = str(o.date);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
        fail();
    const kb = obj(o.kernbereiche);
    const kernbereiche = Object.fromEntries(kernbereich_1.KERNBEREICHE.map((k) => [k, count(kb[k])]));
    const byType = {};
    const types = Object.entries(obj(o.byType)).map(([id, n]) => [typeId(id), count(n)]);
    for (const [id, n] of [...types].sort((a, b) => (0, snapshot_1.typeOrder)(a[0]) - (0, snapshot_1.typeOrder)(b[0])))
        byType[id] = n;
    return {
        date,
        reportYear: orNull(o.reportYear, count),
        partners: count(o.partners),
        kernbereiche,
        byType,
        requiredTotal: count(o.requiredTotal),
        missingRequired: arr(o.missingRequired).map(typeId),
        missingRecommended: arr(o.missingRecommended).map(typeId),
        sozialraeume: arr(o.sozialraeume).map((s) => {
            const so = obj(s);
            return { name: str(so.name), missing: arr(so.missing).map(kernbereich) };
        }),
        budget: orNull(o.budget, num),
        need: orNull(o.need, range),
        criteria: orNull(o.criteria, criteriaOf),
        indicators: indicatorsOf(obj(o.indicators)),
        names: orNull(o.names, (v) => arr(v).map((p) => {
            const po = obj(p);
            return { name: str(po.name), type: orNull(po.type, typeId) };
        })),
    };
}
function criteriaOf(v) {
    const o = obj(v);
    const known = new Set(catalog_1.CRITERIA.map((c) => c.id));
    if (Object.keys(o).some((id) => !known.has(id)))
        fail();
    const out = {};
    for (const c of catalog_1.CRITERIA)
        if (o[c.id] !== undefined)
            out[c.id] = status(o[c.id]);
    return out;
}
function indicatorsOf(o) {
    return {
        partners: count(o.partners),
        partnersPer1000Births: orNull(o.partnersPer1000Births, num),
        requiredPresent: num(o.requiredPresent),
        withAgreement: orNull(o.withAgreement, num),
        budgetPerBirth: orNull(o.budgetPerBirth, num),
        needCovered: orNull(o.needCovered, range),
        labFtePer1000Births: orNull(o.labFtePer1000Births, num),
        criteriaMet: orNull(o.criteriaMet, num),
        ownParameters: arr(o.ownParameters).map(parameterId),
    };
}
