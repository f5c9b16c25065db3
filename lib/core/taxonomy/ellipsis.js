"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ellipsisVariants = ellipsisVariants;
const normalize_1 = require("./normalize");
const scan_1 = require("./scan");
function wordsOf(key) {
    const words = [];
    let start = 0;
    for (let i = 0; i <= key.length; i++) {
        if (i === key.length || (0, scan_1.isSeparator)(key.charCodeAt(i))) {
            if (i > start)
                words.push({ text: key.slice(start, i), start, end: i });
            start = i + 1;
        }
    }
    return words;
}
const unjoined = (word) => word.split(normalize_1.KEY_HYPHEN).join('');
function sharedHead(parts, last) {
    for (let p = 1; p <= last.length - 3; p++) {
        const head = last.slice(p);
        if (parts.some((part) => (0, scan_1.isKnownCompound)(part + head, part.length)))
            return head;
    }
    return null;
}
function ellipsisVariants(key) {
    if (!key.includes('- ') && !key.includes('-@') && !key.includes('-|'))
        return [];
    const words = wordsOf(key);
    const variants = [];
    for (let i = 0; i < words.length; i++) {
        if (!words[i].text.endsWith(normalize_1.KEY_HYPHEN))
            continue;
        let j = i;
        while (j < words.length && words[j].text.endsWith(normalize_1.KEY_HYPHEN))
            j++;
        if (j === words.length)
            break;
        const parts = words.slice(i, j).map((w) => unjoined(w.text));
        const head = sharedHead(parts, unjoined(words[j].text));
        if (head !== null) {
            const before = key.slice(0, words[i].start);
            const after = key.slice(words[j].end);
            for (const part of parts)
                variants.push(before + part + head + after);
        }
        i = j;
    }
    return variants;
}
