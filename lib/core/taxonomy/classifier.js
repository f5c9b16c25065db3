"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MEMO_LIMIT = void 0;
exports.classifyLabel = classifyLabel;
exports.classifierMemoSize = classifierMemoSize;
exports.clearClassifierMemo = clearClassifierMemo;
exports.classifyActor = classifyActor;
exports.classifyActorBy = classifyActorBy;
exports.classificationOf = classificationOf;
exports.resolveActorType = resolveActorType;
exports.resolveKernbereich = resolveKernbereich;
const actorTypes_1 = require("./actorTypes");
const decide_1 = require("./decide");
const ellipsis_1 = require("./ellipsis");
const kernbereich_1 = require("./kernbereich");
const normalize_1 = require("./normalize");
const scan_1 = require("./scan");
const spellings_1 = require("./spellings");
const NONE = Object.freeze({ actorType: null, kernbereich: null });
const BY_TYPE = actorTypes_1.ACTOR_TYPES.map((t) => Object.freeze({ actorType: t, kernbereich: t.kernbereich }));
const BY_KERNBEREICH = new Map(kernbereich_1.KERNBEREICHE.map((k) => [k, Object.freeze({ actorType: null, kernbereich: k })]));
const KERNBEREICH_BY_KEY = new Map();
for (const k of kernbereich_1.KERNBEREICHE) {
    for (const text of [k, kernbereich_1.KERNBEREICH_LABELS[k].de, kernbereich_1.KERNBEREICH_LABELS[k].en, ...spellings_1.KERNBEREICH_SPELLINGS[k]]) {
        KERNBEREICH_BY_KEY.set((0, normalize_1.matchKey)(text), k);
    }
}
const TYPE_BY_KEY = new Map();
for (const t of actorTypes_1.ACTOR_TYPES) {
    for (const text of [t.id, t.label, t.labelEn])
        TYPE_BY_KEY.set((0, normalize_1.matchKey)(text), t);
}
for (const [label, id] of [['Jugendamt/ASD', 'jugendamt'], ['Rechtsanwält:innen/Familienrecht', 'rechtsberatung']]) {
    const t = (0, actorTypes_1.actorTypeById)(id);
    if (t)
        TYPE_BY_KEY.set((0, normalize_1.matchKey)(label), t);
}
function bestTypeIndex(key) {
    let best = null;
    for (const variant of (0, ellipsis_1.ellipsisVariants)(key))
        best = (0, decide_1.better)(best, (0, decide_1.decide)(variant, (0, scan_1.scanKey)(variant)));
    best = (0, decide_1.better)(best, (0, decide_1.decide)(key, (0, scan_1.scanKey)(key)));
    return best ? best.typeIndex : decide_1.NO_TYPE;
}
function classifyKey(key) {
    const index = bestTypeIndex(key);
    if (index >= 0)
        return BY_TYPE[index];
    const kernbereich = KERNBEREICH_BY_KEY.get(key);
    return kernbereich ? (BY_KERNBEREICH.get(kernbereich) ?? NONE) : NONE;
}
exports.MEMO_LIMIT = 100000;
const byRaw = new Map();
const byKey = new Map();
function remember(memo, key, value) {
    if (memo.size >= exports.MEMO_LIMIT)
        memo.clear();
    memo.set(key, value);
}
function classifyLabel(label) {
    const known = byRaw.get(label);
    if (known)
        return known;
    const key = (0, normalize_1.matchKey)((0, spellings_1.withOfficeNumbersNamed)(label));
    let result = byKey.get(key);
    if (!result) {
        result = classifyKey(key);
        remember(byKey, key, result);
    }
    remember(byRaw, label, result);
    return result;
}
function classifierMemoSize() {
    return byKey.size;
}
function clearClassifierMemo() {
    byRaw.clear();
    byKey.clear();
}
function classifyActor(name, typeText) {
    return classifyActorBy(classifyLabel, name, typeText);
}
function classifyActorBy(classify, name, typeText) {
    const fromTypeText = typeText ? classify(typeText) : NONE;
    if (fromTypeText.actorType)
        return fromTypeText;
    const fromName = classify(name);
    if (fromName.actorType)
        return fromName;
    return fromTypeText.kernbereich ? fromTypeText : fromName;
}
function classificationOf(actorType, kernbereich = null) {
    if (actorType)
        return BY_TYPE[actorTypes_1.ACTOR_TYPES.indexOf(actorType)] ?? NONE;
    return kernbereich ? (BY_KERNBEREICH.get(kernbereich) ?? NONE) : NONE;
}
function resolveActorType(text) {
    const trimmed = text.trim();
    return (0, actorTypes_1.actorTypeById)(trimmed) ?? TYPE_BY_KEY.get((0, normalize_1.matchKey)(trimmed)) ?? classifyLabel(trimmed).actorType;
}
const kernbereichMemo = new Map();
function resolveKernbereich(text) {
    let known = kernbereichMemo.get(text);
    if (known === undefined) {
        known = KERNBEREICH_BY_KEY.get((0, normalize_1.matchKey)(text)) ?? null;
        if (kernbereichMemo.size >= exports.MEMO_LIMIT)
            kernbereichMemo.clear();
        kernbereichMemo.set(text, known);
    }
    return known;
}
