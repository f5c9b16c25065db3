"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES = exports.CUES = exports.MIN_MODIFIER = exports.ANYWHERE_ROOT = exports.WORD_START_ROOT = exports.SPACE = exports.NON_TYPE_WEIGHT = exports.RANK_WEIGHT = void 0;
exports.childOf = childOf;
exports.typeIndexOf = typeIndexOf;
const actorTypes_1 = require("./actorTypes");
const cues_1 = require("./cues");
const normalize_1 = require("./normalize");
const nonTypes_1 = require("./nonTypes");
const spellings_1 = require("./spellings");
exports.RANK_WEIGHT = { broad: 0, specific: 1000, profession: 2000 };
exports.NON_TYPE_WEIGHT = 3000;
exports.SPACE = 32;
const newNode = () => ({ firstCode: -1, first: undefined, more: undefined, accepts: undefined, space: undefined });
function childOf(node, code) {
    return node.firstCode === code ? node.first : node.more?.get(code);
}
exports.WORD_START_ROOT = newNode();
exports.ANYWHERE_ROOT = newNode();
exports.MIN_MODIFIER = 3;
exports.CUES = Object.keys(cues_1.CUE_SPELLINGS);
const TYPE_INDEX = new Map(actorTypes_1.ACTOR_TYPES.map((t, i) => [t.id, i]));
function typeIndexOf(id) {
    return TYPE_INDEX.get(id) ?? -1;
}
exports.RULES = cues_1.CONTEXT_RULES.map((rule) => ({
    typeIndex: typeIndexOf(rule.typeId),
    weight: exports.RANK_WEIGHT[rule.rank],
    cues: rule.cues.map((cue) => exports.CUES.indexOf(cue)),
}));
function isAbbreviation(sourceWord) {
    const capitals = sourceWord.replace(/[^A-ZÄÖÜ]/g, '').length;
    return capitals >= 2 || (capitals > 0 && capitals === sourceWord.replace(/[^A-Za-zÄÖÜäöüß]/g, '').length);
}
const INNER_ENDINGS = ['en', 'er', 'es', 'em', 'e'];
function innerBase(word) {
    if (word.endsWith(normalize_1.KEY_HYPHEN) || word.length < 6)
        return word;
    for (const ending of INNER_ENDINGS) {
        if (word.endsWith(ending) && word.length - ending.length >= 4)
            return word.slice(0, -ending.length);
    }
    return word;
}
const UMLAUT = { a: 'ae', o: 'oe', u: 'ue', au: 'aeu' };
function umlauted(word) {
    const suffix = /(?:er|el|en)$/.exec(word)?.[0] ?? '';
    const stem = word.slice(0, word.length - suffix.length);
    const m = /([aeiou]+)([^aeiou]+)$/.exec(stem);
    if (!m || !(m[1] in UMLAUT))
        return null;
    return `${stem.slice(0, m.index)}${UMLAUT[m[1]]}${m[2]}${suffix}`;
}
function insert(root, body, accept) {
    let node = root;
    for (let i = 0; i < body.length; i++) {
        const code = body.charCodeAt(i);
        let child = childOf(node, code);
        if (!child) {
            child = newNode();
            if (node.first === undefined) {
                node.firstCode = code;
                node.first = child;
            }
            else {
                (node.more ?? (node.more = new Map())).set(code, child);
            }
            if (code === exports.SPACE)
                node.space = child;
        }
        node = child;
    }
    (node.accepts ?? (node.accepts = [])).push(accept);
}
function addSpelling(spelling, kind, target, weight) {
    const openStart = spelling.startsWith('*');
    const openEnd = spelling.endsWith('*');
    const raw = spelling.slice(openStart ? 1 : 0, openEnd ? -1 : undefined);
    const words = (0, normalize_1.matchKey)(raw).split(/[ @|]/);
    if (words[0] === '')
        throw new Error(`empty spelling: ${spelling}`);
    const last = raw.split(/[\s\-/.,]+/).filter(Boolean).pop() ?? raw;
    const inflects = !isAbbreviation(last);
    const endings = inflects ? 2 : last.length >= 3 ? 1 : 0;
    const base = words.map((w, i) => (i < words.length - 1 && inflects ? innerBase(w) : w)).join(' ');
    const glued = base.replace(/-(?=[a-z0-9])/g, '');
    const root = openStart ? exports.ANYWHERE_ROOT : exports.WORD_START_ROOT;
    const accept = { kind, target, weight, length: glued.length, openEnd, endings };
    insert(root, glued, accept);
    const spaced = base.replace(/-(?=[a-z0-9])/g, ' ');
    if (spaced !== glued)
        insert(root, spaced, accept);
    if (!inflects)
        return;
    const lastSpace = glued.lastIndexOf(' ');
    const plural = umlauted(glued.slice(lastSpace + 1));
    if (plural)
        insert(root, glued.slice(0, lastSpace + 1) + plural, { ...accept, openEnd: false });
}
spellings_1.SPELLINGS.forEach((g) => {
    for (const spelling of g.spellings)
        addSpelling(spelling, 0, typeIndexOf(g.typeId), exports.RANK_WEIGHT[g.rank]);
});
exports.CUES.forEach((cue, i) => {
    for (const spelling of cues_1.CUE_SPELLINGS[cue])
        addSpelling(spelling, 1, i, 0);
});
for (const spelling of nonTypes_1.WORD_NON_TYPES)
    addSpelling(spelling, 2, -1, 0);
for (const spelling of nonTypes_1.LABEL_NON_TYPES)
    addSpelling(spelling, 3, -1, exports.NON_TYPE_WEIGHT);
