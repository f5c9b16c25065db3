"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CRITERION_STATUSES = void 0;
exports.parseCriterionStatus = parseCriterionStatus;
exports.criteriaScore = criteriaScore;
const grid_1 = require("../grid");
const text_1 = require("../text");
exports.CRITERION_STATUSES = ['erfuellt', 'teilweise', 'nicht_erfuellt', 'offen'];
const SPELLINGS = {
    erfuellt: [
        'erfuellt', 'voll erfuellt', 'vollstaendig erfuellt', 'vollstaendig', 'umgesetzt', 'vollstaendig umgesetzt',
        'ja', 'j', 'x', '✓', '✔', '☑', '✅', 'true', 'wahr', 'erledigt', 'vorhanden', 'ok',
        'met', 'fully met', 'fulfilled', 'yes', 'y', 'done', 'complete', 'completed',
    ],
    teilweise: [
        'teilweise', 'teilweise erfuellt', 'teilweise umgesetzt', 'teilw', 'tlw', 'teils', 'zum teil', 'z.t', 'zt',
        'in arbeit', 'in umsetzung', 'begonnen', '½', '1/2',
        'partially', 'partial', 'partly', 'partially met', 'in progress', 'ongoing', 'started',
    ],
    nicht_erfuellt: [
        'nicht erfuellt', 'unerfuellt', 'nicht umgesetzt', 'nicht vorhanden', 'nein', 'n', 'fehlt', 'falsch', 'false',
        '-', '–', '—', '✗', '✘', '❌', 'not met', 'no', 'missing', 'not done',
    ],
    offen: [
        'offen', 'noch offen', 'n.b', 'nb', 'nicht bewertet', 'noch nicht bewertet', 'nicht beurteilt', '?', '??',
        'open', 'tbd', 'to do', 'todo', 'not assessed', 'pending',
    ],
};
const BY_SPELLING = new Map(Object.keys(SPELLINGS).flatMap((status) => SPELLINGS[status].map((s) => [s, status])));
function statusKey(text) {
    return (0, text_1.fold)(text.replace(/[()[\]"'„“”‚‘’«»]/g, ''))
        .replace(/\s*\.\s*/g, '.')
        .replace(/\.+$/, '');
}
function fromNumber(value) {
    if (value === 1)
        return 'erfuellt';
    if (value === 0.5)
        return 'teilweise';
    if (value === 0)
        return 'nicht_erfuellt';
    return null;
}
function parseCriterionStatus(value) {
    if (value === null || (0, grid_1.isCellError)(value))
        return null;
    if (typeof value === 'boolean')
        return value ? 'erfuellt' : 'nicht_erfuellt';
    if (typeof value === 'number')
        return fromNumber(value);
    const key = statusKey(value);
    if (key === '')
        return null;
    const known = BY_SPELLING.get(key);
    if (known)
        return known;
    return /^\d+(?:[.,]\d+)?$/.test(key) ? fromNumber(Number(key.replace(',', '.'))) : null;
}
const CREDIT = { erfuellt: 1, teilweise: 0.5, nicht_erfuellt: 0 };
function criteriaScore(statuses) {
    let assessed = 0;
    let met = 0;
    for (const status of statuses) {
        const credit = status === null ? undefined : CREDIT[status];
        if (credit === undefined)
            continue;
        assessed += 1;
        met += credit;
    }
    return assessed === 0 ? null : met / assessed;
}
