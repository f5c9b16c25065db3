"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isSeparator = isSeparator;
exports.endingEnd = endingEnd;
exports.scanKey = scanKey;
exports.isKnownCompound = isKnownCompound;
const lexicon_1 = require("./lexicon");
const HYPHEN = 45;
const LINK = 64;
const SEGMENT = 124;
function isWordCode(c) {
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
function isSeparator(c) {
    return c === lexicon_1.SPACE || c === LINK || c === SEGMENT;
}
function isBoundary(c) {
    return c === lexicon_1.SPACE || c === LINK || c === SEGMENT || c === HYPHEN;
}
function isEnding(key, from, to) {
    const c0 = key.charCodeAt(from);
    switch (to - from) {
        case 1:
            return c0 === 115 || c0 === 101 || c0 === 110;
        case 2: {
            const c1 = key.charCodeAt(from + 1);
            return (c0 === 101 && (c1 === 115 || c1 === 110 || c1 === 114 || c1 === 109)) || (c0 === 105 && c1 === 110);
        }
        case 3:
            return key.startsWith('ern', from) || key.startsWith('nen', from);
        case 5:
            return key.startsWith('innen', from);
        default:
            return false;
    }
}
function endingEnd(key, from) {
    let to = from;
    while (to < key.length && isWordCode(key.charCodeAt(to))) {
        if (++to - from > 5)
            return -1;
    }
    if (to === from || (to < key.length && !isBoundary(key.charCodeAt(to))))
        return -1;
    return isEnding(key, from, to) ? to : -1;
}
function accept(found, accepts, key, at, start) {
    const atBoundary = at === key.length || isBoundary(key.charCodeAt(at));
    let inflected = -2;
    for (const a of accepts) {
        let end = at;
        if (!atBoundary && !a.openEnd) {
            if (a.endings === 2) {
                if (inflected === -2)
                    inflected = endingEnd(key, at);
                if (inflected < 0)
                    continue;
                end = inflected;
            }
            else if (a.endings === 1 && key.charCodeAt(at) === 115 && (at + 1 === key.length || isBoundary(key.charCodeAt(at + 1)))) {
                end = at + 1;
            }
            else {
                continue;
            }
        }
        found.push({ kind: a.kind, target: a.target, weight: a.weight, length: a.length, start, end });
    }
}
function walk(found, from, key, at, start) {
    let node = from;
    for (let i = at; i < key.length;) {
        let c = key.charCodeAt(i);
        if (c === HYPHEN && i + 1 < key.length && isWordCode(key.charCodeAt(i + 1))) {
            i++;
            continue;
        }
        if (isSeparator(c)) {
            c = lexicon_1.SPACE;
        }
        else if (node.space !== undefined && c !== HYPHEN) {
            const end = endingEnd(key, i);
            if (end > 0 && end < key.length && isSeparator(key.charCodeAt(end)))
                walk(found, node.space, key, end + 1, start);
        }
        const child = (0, lexicon_1.childOf)(node, c);
        if (child === undefined)
            return;
        node = child;
        i++;
        if (node.accepts !== undefined)
            accept(found, node.accepts, key, i, start);
    }
}
function scanKey(key) {
    const found = [];
    let part = 0;
    for (let s = 0; s < key.length; s++) {
        const c = key.charCodeAt(s);
        if (isBoundary(c)) {
            part = s + 1;
            continue;
        }
        const modifier = s - part;
        if (modifier === 0 && (0, lexicon_1.childOf)(lexicon_1.WORD_START_ROOT, c) !== undefined)
            walk(found, lexicon_1.WORD_START_ROOT, key, s, s);
        if ((modifier === 0 || modifier >= lexicon_1.MIN_MODIFIER) && (0, lexicon_1.childOf)(lexicon_1.ANYWHERE_ROOT, c) !== undefined)
            walk(found, lexicon_1.ANYWHERE_ROOT, key, s, s);
    }
    return found;
}
function isKnownCompound(word, modifierLength) {
    if (reaches(lexicon_1.WORD_START_ROOT, word, 0, modifierLength))
        return true;
    for (let s = lexicon_1.MIN_MODIFIER; s <= modifierLength; s++)
        if (reaches(lexicon_1.ANYWHERE_ROOT, word, s, modifierLength))
            return true;
    return reaches(lexicon_1.ANYWHERE_ROOT, word, 0, modifierLength);
}
function reaches(root, word, start, modifierLength) {
    let node = root;
    for (let i = start; i < word.length; i++) {
        node = (0, lexicon_1.childOf)(node, word.charCodeAt(i));
        if (node === undefined)
            return false;
        if (i >= modifierLength && node.accepts?.some((a) => a.openEnd))
            return true;
    }
    return true;
}
