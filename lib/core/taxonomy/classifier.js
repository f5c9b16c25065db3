"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.classifyLabel = classifyLabel;
exports.classifierMemoSize = classifierMemoSize;
exports.clearClassifierMemo = clearClassifierMemo;
exports.classifyActor = classifyActor;
exports.resolveActorType = resolveActorType;
exports.resolveKernbereich = resolveKernbereich;
const actorTypes_1 = require("./actorTypes");
const kernbereich_1 = require("./kernbereich");
const normalize_1 = require("./normalize");
const spellings_1 = require("./spellings");
const RANK_WEIGHT = { broad: 0, specific: 1000, profession: 2000 };
const SPACE = 32;
const newNode = () => ({ next: new Map(), accepts: [] });
const WORD_START_ROOT = newNode();
const ANYWHERE_ROOT = newNode();
const CUES = Object.keys(spellings_1.CUE_SPELLINGS);
const TYPE_INDEX = new Map(actorTypes_1.ACTOR_TYPES.map((t, i) => [t.id, i]));
function typeIndexOf(id) {
    return TYPE_INDEX.get(id) ?? -1;
}
function addSpelling(spelling, target, weight) {
    const openStart = spelling.startsWith('*');
    const openEnd = spelling.endsWith('*');
    const body = (0, normalize_1.matchKey)(spelling.slice(openStart ? 1 : 0, openEnd ? -1 : undefined));
    if (body === '')
        throw new Error(`empty spelling: ${spelling}`);
    let node = openStart ? ANYWHERE_ROOT : WORD_START_ROOT;
    for (let i = 0; i < body.length; i++) {
        const code = body.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) {
            child = newNode();
            node.next.set(code, child);
        }
        node = child;
    }
    node.accepts.push({ target, score: weight + body.length, openEnd });
}
for (const g of spellings_1.SPELLINGS) {
    const index = typeIndexOf(g.typeId);
    for (const spelling of g.spellings)
        addSpelling(spelling, index, RANK_WEIGHT[g.rank]);
}
CUES.forEach((cue, i) => {
    for (const spelling of spellings_1.CUE_SPELLINGS[cue])
        addSpelling(spelling, -1 - i, 0);
});
const RULES = spellings_1.CONTEXT_RULES.map((rule) => ({
    typeIndex: typeIndexOf(rule.typeId),
    weight: RANK_WEIGHT[rule.rank],
    cues: rule.cues.map((cue) => CUES.indexOf(cue)),
}));
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
function consider(scan, index, score, start) {
    if (score > scan.bestScore || (score === scan.bestScore && start < scan.bestStart)) {
        scan.best = index;
        scan.bestScore = score;
        scan.bestStart = start;
    }
}
function walk(scan, root, key, start) {
    let node = root;
    for (let i = start; i < key.length; i++) {
        node = node.next.get(key.charCodeAt(i));
        if (!node)
            return;
        if (node.accepts.length === 0)
            continue;
        const atWordEnd = i + 1 === key.length || key.charCodeAt(i + 1) === SPACE;
        for (const a of node.accepts) {
            if (!a.openEnd && !atWordEnd)
                continue;
            if (a.target >= 0) {
                consider(scan, a.target, a.score, start);
            }
            else {
                const cue = -1 - a.target;
                if (a.score > scan.cueLength[cue]) {
                    scan.cueLength[cue] = a.score;
                    scan.cueStart[cue] = start;
                }
            }
        }
    }
}
function bestTypeIndex(key) {
    const scan = {
        best: -1,
        bestScore: -1,
        bestStart: 0,
        cueLength: new Array(CUES.length).fill(0),
        cueStart: new Array(CUES.length).fill(0),
    };
    for (let start = 0; start < key.length; start++) {
        if (key.charCodeAt(start) === SPACE)
            continue;
        if (start === 0 || key.charCodeAt(start - 1) === SPACE)
            walk(scan, WORD_START_ROOT, key, start);
        walk(scan, ANYWHERE_ROOT, key, start);
    }
    for (const rule of RULES) {
        let length = 0;
        let start = key.length;
        for (const cue of rule.cues) {
            if (scan.cueLength[cue] === 0) {
                length = -1;
                break;
            }
            length += scan.cueLength[cue];
            start = Math.min(start, scan.cueStart[cue]);
        }
        if (length > 0)
            consider(scan, rule.typeIndex, rule.weight + length, start);
    }
    return scan.best;
}
function classifyKey(key) {
    const index = bestTypeIndex(key);
    if (index >= 0)
        return BY_TYPE[index];
    const kernbereich = KERNBEREICH_BY_KEY.get(key);
    return kernbereich ? (BY_KERNBEREICH.get(kernbereich) ?? NONE) : NONE;
}
const MEMO_LIMIT = 100000;
const byRaw = new Map();
const byKey = new Map();
function remember(memo, key, value) {
    if (memo.size >= MEMO_LIMIT)
        memo.clear();
    memo.set(key, value);
}
function classifyLabel(label) {
    const known = byRaw.get(label);
    if (known)
        return known;
    const key = (0, normalize_1.matchKey)(label);
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
    const fromTypeText = typeText ? classifyLabel(typeText) : NONE;
    if (fromTypeText.actorType)
        return fromTypeText;
    const fromName = classifyLabel(name);
    if (fromName.actorType)
        return fromName;
    return fromTypeText.kernbereich ? fromTypeText : fromName;
}
function resolveActorType(text) {
    const trimmed = text.trim();
    return (0, actorTypes_1.actorTypeById)(trimmed) ?? TYPE_BY_KEY.get((0, normalize_1.matchKey)(trimmed)) ?? classifyLabel(trimmed).actorType;
}
function resolveKernbereich(text) {
    return KERNBEREICH_BY_KEY.get((0, normalize_1.matchKey)(text)) ?? null;
}
