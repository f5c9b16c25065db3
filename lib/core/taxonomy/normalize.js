"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizeLabel = normalizeLabel;
exports.matchKey = matchKey;
const text_1 = require("../text");
const LOWER = 'a-zäöüß';
const LETTER = 'a-zA-ZäöüÄÖÜß';
const GENDER_FORMS = [
    [new RegExp(`[:*_·'’]in(?:nen)?(?![${LETTER}])`, 'gi'), ''],
    [new RegExp(`/\\s?-?in(?:nen)?(?![${LETTER}])`, 'gi'), ''],
    [/\(-?in(?:nen)?\)/gi, ''],
    [new RegExp(`([${LETTER}])-in(?:nen)?(?![${LETTER}])`, 'gi'), '$1'],
    [new RegExp(`([${LOWER}])In(?:nen)?(?![${LETTER}])`, 'g'), '$1'],
];
const NOISE_TOKENS = new Set(['dr', 'med', 'dipl', 'prof', 'ev', 'ggmbh', 'gmbh', 'mbh', 'gbr', 'ug']);
const STOPWORDS = new Set([
    'und', 'u', 'oder', 'sowie', 'bzw', 'fuer', 'der', 'die', 'das', 'des', 'dem', 'den',
    'im', 'in', 'am', 'an', 'zur', 'zum', 'zu', 'von', 'vom', 'bei', 'mit', 'and', 'of', 'for', 'the',
]);
const MAY_HOLD_GENDER_FORM = /[:*_·'’/(]|-[iI][nN]|[a-zäöüß]In/;
const COMBINING_MARK = /[\u0300-\u036f]/;
function labelWords(text) {
    let s = COMBINING_MARK.test(text) ? text.normalize('NFC') : text;
    if (MAY_HOLD_GENDER_FORM.test(s)) {
        for (const [pattern, replacement] of GENDER_FORMS)
            s = s.replace(pattern, replacement);
    }
    return (0, text_1.fold)(s).replace(/[^a-z0-9]+/g, ' ').trim();
}
function keptWords(text, dropStopwords) {
    const folded = labelWords(text);
    if (folded === '')
        return folded;
    const words = folded.split(' ');
    const kept = [];
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (word === 'e' && words[i + 1] === 'v') {
            i++;
            continue;
        }
        if (!NOISE_TOKENS.has(word) && !(dropStopwords && STOPWORDS.has(word)))
            kept.push(word);
    }
    return kept.join(' ');
}
function normalizeLabel(text) {
    return keptWords(text, false);
}
function matchKey(text) {
    return keptWords(text, true);
}
