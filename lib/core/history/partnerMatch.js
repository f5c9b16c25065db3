"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.matchPartners = matchPartners;
const normalize_1 = require("../taxonomy/normalize");
const RENAME_THRESHOLD = 0.75;
function matchPartners(before, after) {
    const keyOf = (p) => (0, normalize_1.normalizeLabel)(p.name);
    const afterByKey = new Map();
    after.forEach((p, i) => afterByKey.set(keyOf(p), [...(afterByKey.get(keyOf(p)) ?? []), i]));
    const pairedAfter = new Set();
    const openBefore = [];
    before.forEach((p, i) => {
        const j = afterByKey.get(keyOf(p))?.find((k) => !pairedAfter.has(k));
        if (j === undefined)
            openBefore.push(i);
        else
            pairedAfter.add(j);
    });
    const openAfter = after.map((_, j) => j).filter((j) => !pairedAfter.has(j));
    const renamed = [];
    for (const type of new Set(openBefore.map((i) => before[i].type))) {
        const weight = tokenWeights(before.filter((p) => p.type === type), after.filter((p) => p.type === type));
        const candidates = [];
        for (const i of openBefore.filter((k) => before[k].type === type)) {
            for (const j of openAfter.filter((k) => after[k].type === type)) {
                const score = overlap(tokens(before[i].name), tokens(after[j].name), weight);
                if (score >= RENAME_THRESHOLD)
                    candidates.push({ i, j, score });
            }
        }
        candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
        const usedI = new Set();
        const usedJ = new Set();
        for (const c of candidates) {
            if (usedI.has(c.i) || usedJ.has(c.j))
                continue;
            usedI.add(c.i);
            usedJ.add(c.j);
            renamed.push(c);
        }
    }
    const renamedI = new Set(renamed.map((r) => r.i));
    const renamedJ = new Set(renamed.map((r) => r.j));
    return {
        won: openAfter.filter((j) => !renamedJ.has(j)).map((j) => after[j]),
        lost: openBefore.filter((i) => !renamedI.has(i)).map((i) => before[i]),
        renamed: renamed.sort((a, b) => a.i - b.i).map(({ i, j }) => ({ from: before[i].name, to: after[j].name, type: after[j].type })),
    };
}
function tokens(name) {
    return new Set((0, normalize_1.normalizeLabel)(name).split(' ').filter((t) => t !== ''));
}
function tokenWeights(before, after) {
    const df = (list) => {
        const counts = new Map();
        for (const p of list)
            for (const t of tokens(p.name))
                counts.set(t, (counts.get(t) ?? 0) + 1);
        return counts;
    };
    const a = df(before);
    const b = df(after);
    return (t) => 1 / Math.max(1, a.get(t) ?? 0, b.get(t) ?? 0);
}
function overlap(a, b, weight) {
    const sum = (set) => [...set].reduce((s, t) => s + weight(t), 0);
    const lighter = Math.min(sum(a), sum(b));
    if (lighter === 0)
        return 0;
    return sum([...a].filter((t) => b.has(t))) / lighter;
}
