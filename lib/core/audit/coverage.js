"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveTypeList = resolveTypeList;
exports.requirementLists = requirementLists;
exports.coverageOf = coverageOf;
exports.presentTypes = presentTypes;
const actorTypes_1 = require("../taxonomy/actorTypes");
const classifier_1 = require("../taxonomy/classifier");
function resolveTypeList(items) {
    const ids = [];
    const unknown = [];
    for (const item of items) {
        const type = (0, classifier_1.resolveActorType)(item);
        if (!type)
            unknown.push(item);
        else if (!ids.includes(type.id))
            ids.push(type.id);
    }
    return { ids, unknown };
}
function requirementLists(required, recommended, absent = []) {
    const req = required && required.length > 0 ? resolveTypeList(required) : { ids: (0, actorTypes_1.defaultTypeIds)('required'), unknown: [] };
    const rec = recommended && recommended.length > 0 ? resolveTypeList(recommended) : { ids: (0, actorTypes_1.defaultTypeIds)('recommended'), unknown: [] };
    const out = resolveTypeList(absent.filter((t) => t !== undefined && t !== ''));
    return {
        required: req.ids.filter((id) => !out.ids.includes(id)),
        recommended: rec.ids.filter((id) => !req.ids.includes(id) && !out.ids.includes(id)),
        absent: out.ids,
        unknown: [...req.unknown, ...rec.unknown, ...out.unknown],
    };
}
function coverageOf(presentTypeIds, required) {
    const missing = required.filter((id) => !presentTypeIds.has(id)).map((id) => (0, actorTypes_1.actorTypeById)(id)).filter((t) => t !== undefined);
    const coverage = required.length === 0 ? 1 : (required.length - missing.length) / required.length;
    return { coverage, missing };
}
function presentTypes(ids) {
    const present = new Set();
    for (const id of ids) {
        present.add(id);
        for (const also of (0, actorTypes_1.actorTypeById)(id)?.alsoCounts ?? [])
            present.add(also);
    }
    return present;
}
