"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_TYPE = void 0;
exports.decide = decide;
exports.better = better;
const lexicon_1 = require("./lexicon");
const scan_1 = require("./scan");
const LINK = 64;
const SEGMENT = 124;
const ATTRIBUTE_PENALTY = 2500;
exports.NO_TYPE = -1;
function wordSpan(key, start, end) {
    let from = start;
    while (from > 0 && !(0, scan_1.isSeparator)(key.charCodeAt(from - 1)))
        from--;
    let to = end;
    while (to < key.length && !(0, scan_1.isSeparator)(key.charCodeAt(to)))
        to++;
    return [from, to];
}
function isAttribute(key, f, named) {
    let link = -1;
    for (let i = f.start - 1; i >= 0; i--) {
        const c = key.charCodeAt(i);
        if (c === SEGMENT)
            return false;
        if (c === LINK) {
            link = i;
            break;
        }
    }
    if (link < 0)
        return false;
    let segmentStart = 0;
    for (let i = link - 1; i >= 0; i--) {
        if (key.charCodeAt(i) === SEGMENT) {
            segmentStart = i + 1;
            break;
        }
    }
    return named.some((g) => g !== f && g.start >= segmentStart && g.end <= link);
}
function isContained(f, all) {
    return all.some((g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start);
}
function isModifier(key, f, all) {
    return all.some((g) => {
        if (g.kind !== 0 || g.weight !== f.weight || g.start < f.end)
            return false;
        for (let i = f.end; i < g.start; i++)
            if ((0, scan_1.isSeparator)(key.charCodeAt(i)))
                return false;
        return true;
    });
}
function decide(key, found) {
    if (found.length === 0)
        return null;
    const vetoed = [];
    for (const f of found)
        if (f.kind === 2)
            vetoed.push(wordSpan(key, f.start, f.end));
    const kept = vetoed.length === 0 ? found : found.filter((f) => f.kind !== 2 && !vetoed.some(([a, b]) => f.start < b && a < f.end));
    const named = kept.filter((f) => f.kind === 0 || f.kind === 3);
    const heads = named.filter((f) => !isContained(f, named) && !(f.kind === 0 && isModifier(key, f, named)));
    if (heads.some((f) => f.kind === 3 && !isAttribute(key, f, heads)))
        return { typeIndex: exports.NO_TYPE, weight: Infinity, length: 0, start: 0 };
    let best = null;
    const consider = (typeIndex, weight, length, start) => {
        if (!best || weight + length > best.weight + best.length || (weight + length === best.weight + best.length && start < best.start)) {
            best = { typeIndex, weight, length, start };
        }
    };
    for (const f of heads) {
        if (f.kind === 0)
            consider(f.target, isAttribute(key, f, heads) ? f.weight - ATTRIBUTE_PENALTY : f.weight, f.length, f.start);
    }
    if (kept.some((f) => f.kind === 1)) {
        const cueLength = new Array(lexicon_1.CUES.length).fill(0);
        const cueStart = new Array(lexicon_1.CUES.length).fill(0);
        for (const f of kept) {
            if (f.kind === 1 && f.length > cueLength[f.target]) {
                cueLength[f.target] = f.length;
                cueStart[f.target] = f.start;
            }
        }
        for (const rule of lexicon_1.RULES) {
            let length = 0;
            let start = key.length;
            for (const cue of rule.cues) {
                if (cueLength[cue] === 0) {
                    length = -1;
                    break;
                }
                length += cueLength[cue];
                start = Math.min(start, cueStart[cue]);
            }
            if (length > 0)
                consider(rule.typeIndex, rule.weight, length, start);
        }
    }
    return best;
}
function better(a, b) {
    if (!b)
        return a;
    if (!a)
        return b;
    return b.weight > a.weight ? b : a;
}
