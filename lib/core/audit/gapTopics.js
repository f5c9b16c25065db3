"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.gapTopicsOf = gapTopicsOf;
exports.gapWeightsOf = gapWeightsOf;
const CONCEPT_CRITERIA = ['6.1', '6.2', '6.4'];
const PARTICIPATION_CRITERIA = ['5.10', '5.11', '5.13', '6.3'];
function gapTopicsOf(result) {
    const topics = new Set();
    for (const f of result.findings)
        for (const topic of f.topics)
            topics.add(topic);
    const weak = (ids) => result.criteria?.items.some((c) => ids.includes(c.id) && c.status !== null && c.status !== 'erfuellt') ?? false;
    if (weak(CONCEPT_CRITERIA))
        topics.add('concept');
    if (weak(PARTICIPATION_CRITERIA))
        topics.add('participation');
    if (result.findings.some((f) => f.severity === 'error'))
        topics.add('political');
    return [...topics];
}
const SEVERITY_WEIGHT = { error: 3, warning: 2, info: 1 };
function gapWeightsOf(result) {
    const weights = new Map();
    for (const f of result.findings)
        for (const topic of f.topics)
            weights.set(topic, (weights.get(topic) ?? 0) + SEVERITY_WEIGHT[f.severity]);
    for (const topic of gapTopicsOf(result))
        if (!weights.has(topic))
            weights.set(topic, 1);
    return weights;
}
