"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.teachClassifier = teachClassifier;
const classifier_1 = require("./classifier");
const normalize_1 = require("./normalize");
function teachClassifier(taught) {
    const byKey = new Map();
    const rejected = [];
    for (const entry of taught) {
        const key = (0, normalize_1.matchKey)(entry.label);
        const reading = key === '' ? undefined : readType(entry.actorType);
        if (reading === undefined)
            rejected.push(entry);
        else
            byKey.set(key, reading);
    }
    if (byKey.size === 0)
        return { classifyLabel: classifier_1.classifyLabel, classifyActor: (name, typeText) => (0, classifier_1.classifyActorBy)(classifier_1.classifyLabel, name, typeText), rejected, isTaught: () => false };
    const byRaw = new Map();
    const classify = (label) => {
        let result = byRaw.get(label);
        if (result === undefined) {
            result = byKey.get((0, normalize_1.matchKey)(label)) ?? (0, classifier_1.classifyLabel)(label);
            if (byRaw.size >= classifier_1.MEMO_LIMIT)
                byRaw.clear();
            byRaw.set(label, result);
        }
        return result;
    };
    return { classifyLabel: classify, classifyActor: (name, typeText) => (0, classifier_1.classifyActorBy)(classify, name, typeText), rejected, isTaught: (label) => byKey.has((0, normalize_1.matchKey)(label)) };
}
function readType(text) {
    if (text === null)
        return (0, classifier_1.classificationOf)(null);
    const actorType = (0, classifier_1.resolveActorType)(text);
    if (actorType)
        return (0, classifier_1.classificationOf)(actorType);
    const kernbereich = (0, classifier_1.resolveKernbereich)(text);
    return kernbereich ? (0, classifier_1.classificationOf)(null, kernbereich) : undefined;
}
