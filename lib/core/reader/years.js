"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.yearInText = yearInText;
exports.yearCell = yearCell;
exports.yearOf = yearOf;
exports.dateOfCell = dateOfCell;
exports.sheetYear = sheetYear;
exports.dateText = dateText;
const values_1 = require("./values");
const FIRST = 1990;
const LAST = 2100;
function yearInText(text) {
    const m = /(?:^|[^\d])((?:19|20|21)\d{2})(?![\d])/.exec(text);
    if (!m)
        return null;
    const year = Number(m[1]);
    return year >= FIRST && year <= LAST ? year : null;
}
function yearCell(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) && value >= FIRST && value <= LAST ? value : null;
    if (typeof value === 'string') {
        const t = value.trim();
        return /^\d{4}$/.test(t) ? yearCell(Number(t)) : null;
    }
    return null;
}
function yearOf(value) {
    return yearCell(value) ?? (typeof value === 'string' ? yearInText(value) : null);
}
const MS_PER_DAY = 86400000;
const UNIX_EPOCH_SERIAL = 25569;
function dateOfCell(value) {
    if (typeof value === 'number') {
        if (Number.isInteger(value) && value >= FIRST && value <= LAST)
            return Date.UTC(value, 11, 31);
        return value > 10000 && value < 80000 ? (value - UNIX_EPOCH_SERIAL) * MS_PER_DAY : null;
    }
    if (typeof value !== 'string')
        return null;
    const t = value.trim();
    let m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(t);
    if (m)
        return Date.UTC(fullYear(m[3]), Number(m[2]) - 1, Number(m[1]));
    m = /^(\d{1,2})[./](\d{4})$/.exec(t);
    if (m)
        return Date.UTC(Number(m[2]), Number(m[1]), 0);
    m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
    if (m)
        return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    m = /^(?:(\d{1,2})\.?\s*)?([a-zA-ZäÄ]{3,9})\.?\s+(\d{4})$/.exec(t);
    if (m) {
        const name = m[2].toLowerCase().replace('ä', 'ae');
        const month = MONTHS.findIndex((names) => names.includes(name));
        if (month >= 0)
            return m[1] ? Date.UTC(Number(m[3]), month, Number(m[1])) : Date.UTC(Number(m[3]), month + 1, 0);
    }
    const year = yearCell(t);
    return year === null ? null : Date.UTC(year, 11, 31);
}
const MONTHS = [
    ['januar', 'jan', 'jaenner', 'january'],
    ['februar', 'feb', 'february'],
    ['maerz', 'mrz', 'mar', 'march'],
    ['april', 'apr'],
    ['mai', 'may'],
    ['juni', 'jun', 'june'],
    ['juli', 'jul', 'july'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt', 'oct', 'october'],
    ['november', 'nov'],
    ['dezember', 'dez', 'dec', 'december'],
];
function fullYear(y) {
    const n = Number(y);
    return y.length === 2 ? 2000 + n : n;
}
function sheetYear(grid, headerIndex) {
    const fromName = yearInText(grid.name);
    if (fromName !== null)
        return fromName;
    for (let r = 0; r < (headerIndex ?? 0); r++) {
        for (const v of grid.values[r] ?? []) {
            if (typeof v !== 'string')
                continue;
            const year = yearInText((0, values_1.cellText)(v));
            if (year !== null)
                return year;
        }
    }
    return null;
}
function dateText(value) {
    if (typeof value === 'number' && value > 10000 && value < 80000) {
        const d = new Date((value - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
        const two = (n) => String(n).padStart(2, '0');
        return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
    }
    return (0, values_1.cellText)(value);
}
