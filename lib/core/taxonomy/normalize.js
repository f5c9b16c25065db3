"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KEY_HYPHEN = exports.KEY_SEGMENT = exports.KEY_LINK = exports.KEY_SPACE = void 0;
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
function withoutGenderForms(text) {
    let s = COMBINING_MARK.test(text) ? text.normalize('NFC') : text;
    if (MAY_HOLD_GENDER_FORM.test(s)) {
        for (const [pattern, replacement] of GENDER_FORMS)
            s = s.replace(pattern, replacement);
    }
    return s;
}
function normalizeLabel(text) {
    const folded = (0, text_1.fold)(withoutGenderForms(text)).replace(/[^a-z0-9]+/g, ' ').trim();
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
        if (!NOISE_TOKENS.has(word))
            kept.push(word);
    }
    return kept.join(' ');
}
exports.KEY_SPACE = ' ';
exports.KEY_LINK = '@';
exports.KEY_SEGMENT = '|';
exports.KEY_HYPHEN = '-';
const KEY_NOISE = new Set([
    ...NOISE_TOKENS, 'aoer', 'gaoer', 'kdoer', 'ag', 'eg', 'kg', 'ohg', 'partg', 'mbb', 'gug', 'haftungsbeschraenkt',
    'gemeinnuetzige', 'gemeinnuetziger', 'gemeinnuetziges', 'gemeinnuetzig', 'tel', 'telefon', 'fax', 'mail', 'email',
    'www', 'http', 'https', 'de', 'com', 'org', 'net', 'info', 'ansprechpartner', 'ansprechpartnerin', 'kontakt',
]);
const HOST_LINKS = new Set(['der', 'des', 'dem', 'den', 'am', 'im', 'beim', 'in', 'an', 'bei', 'auf']);
const BROKEN_COMPOUND = new RegExp(`([${LETTER}])-\\s+(?!(?:und|oder|u|bzw|sowie)(?![${LETTER}]))(?=[${LETTER}])`, 'gi');
const GLUED_CONJUNCTION = new RegExp(`([${LETTER}])-(und|oder|u|bzw|sowie)(?![${LETTER}])`, 'gi');
const STREET = /(?:strasse|str|weg|allee|gasse|platz)$/;
function isStreet(word) {
    if (word.length <= 5)
        return false;
    const c = word.charCodeAt(word.length - 1);
    return (c === 114 || c === 101 || c === 103 || c === 122) && STREET.test(word);
}
function isWordCode(c) {
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
const SEGMENT_CHARS = new Set([',', ';', ':', '(', ')', '[', ']', '/', '|', '•', '\\', '!', '?']);
function tokens(s) {
    const out = [];
    let start = -1;
    let sep = 0;
    let listGoesOn = false;
    for (let i = 0; i < s.length; i++) {
        if (isWordCode(s.charCodeAt(i))) {
            if (start < 0)
                start = i;
            listGoesOn = false;
            continue;
        }
        const ch = s[i];
        if (ch === '-') {
            const nextIsWord = i + 1 < s.length && isWordCode(s.charCodeAt(i + 1));
            if (start >= 0 && nextIsWord)
                continue;
            if (start >= 0) {
                out.push({ word: s.slice(start, i + 1), sep });
                start = -1;
                sep = 1;
                listGoesOn = true;
            }
            else if (!nextIsWord) {
                sep = 3;
            }
            continue;
        }
        if (start >= 0) {
            out.push({ word: s.slice(start, i), sep });
            start = -1;
            sep = 0;
        }
        const next = SEGMENT_CHARS.has(ch) && !(listGoesOn && (ch === ',' || ch === '/')) ? 3 : 1;
        if (next > sep)
            sep = next;
    }
    if (start >= 0)
        out.push({ word: s.slice(start), sep });
    return out;
}
function isHouseNumber(word) {
    const c = word.charCodeAt(0);
    return c >= 48 && c <= 57 && /^\d+[a-z]?$/.test(word);
}
const STREET_LEADS = new Set(['am', 'an', 'im', 'in', 'auf', 'zur', 'zum', 'unter', 'hinter']);
function addressEnd(all, from) {
    if (!STREET_LEADS.has(all[from].word))
        return -1;
    let numbered = false;
    let end = from + 1;
    for (; end < all.length && all[end].sep !== 3; end++)
        numbered || (numbered = isHouseNumber(all[end].word));
    return numbered ? end : -1;
}
const SEP_CHAR = { [0]: exports.KEY_SPACE, [1]: exports.KEY_SPACE, [2]: exports.KEY_LINK, [3]: exports.KEY_SEGMENT };
function matchKey(text) {
    let s = withoutGenderForms(text);
    if (s.includes('\u00ad'))
        s = s.replace(/\u00ad/g, '');
    if (s.includes('-'))
        s = s.replace(GLUED_CONJUNCTION, '$1- $2').replace(BROKEN_COMPOUND, '$1-');
    const all = tokens((0, text_1.fold)(s));
    let key = '';
    let pending = 0;
    let segmentHasWord = false;
    for (let i = 0; i < all.length; i++) {
        const t = all[i];
        if (t.sep === 3 || i === 0) {
            segmentHasWord = false;
            const end = addressEnd(all, i);
            if (end > 0) {
                i = end - 1;
                pending = 3;
                continue;
            }
        }
        if (t.sep > pending)
            pending = t.sep;
        const word = t.word;
        if (word === 'e' && all[i + 1]?.word === 'v') {
            i++;
            continue;
        }
        if (KEY_NOISE.has(word) || isHouseNumber(word))
            continue;
        if (HOST_LINKS.has(word)) {
            if (segmentHasWord && pending < 2)
                pending = 2;
            continue;
        }
        if (STOPWORDS.has(word) || isStreet(word))
            continue;
        if (key !== '')
            key += SEP_CHAR[pending];
        key += word;
        pending = 0;
        segmentHasWord = true;
    }
    return key;
}
