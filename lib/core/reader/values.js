"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cellText = cellText;
exports.filledCells = filledCells;
exports.parseYesNo = parseYesNo;
exports.parseNumber = parseNumber;
exports.parseShare = parseShare;
const grid_1 = require("../grid");
function cellText(value) {
    if (typeof value === 'string') {
        const first = value.charCodeAt(0);
        const last = value.charCodeAt(value.length - 1);
        return first > 32 && last > 32 && first !== 160 && last !== 160 ? value : value.trim();
    }
    if (value === null || typeof value === 'object')
        return '';
    return String(value);
}
function filledCells(row) {
    let filled = 0;
    for (const v of row)
        if (v !== null && v !== '' && !(typeof v === 'string' && v.trim() === ''))
            filled++;
    return filled;
}
const YES = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', 'wahr', '1', '✓', '✔', '☑', '✅', 'vorhanden', 'liegt vor', 'unterzeichnet', 'unterschrieben', 'abgeschlossen', 'besteht', 'ok']);
const NO = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', '-', '–', '—', '✗', '✘', 'x-', 'fehlt', 'keine', 'kein', 'nicht vorhanden', 'in vorbereitung', 'geplant', 'in planung', 'offen']);
function parseYesNo(value) {
    if (typeof value === 'string') {
        const known = yesNoMemo.get(value);
        if (known !== undefined)
            return known;
        const parsed = parseYesNoText(value);
        if (yesNoMemo.size < YES_NO_MEMO_LIMIT)
            yesNoMemo.set(value, parsed);
        return parsed;
    }
    if (value === null || (0, grid_1.isCellError)(value))
        return null;
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'number') {
        if (value === 1)
            return true;
        if (value === 0)
            return false;
        return value > 1900 ? true : null;
    }
    return null;
}
const YES_NO_MEMO_LIMIT = 10000;
const yesNoMemo = new Map();
function parseYesNoText(value) {
    const text = cellText(value).toLowerCase().replace(/[.!]+$/, '').trim();
    if (text === '')
        return null;
    if (YES.has(text))
        return true;
    if (NO.has(text))
        return false;
    if (/^(ja|yes)\b/.test(text))
        return true;
    if (/^(nein|no|nicht)\b/.test(text))
        return false;
    if (/^(seit\s+)?(\d{1,2}[./])?(\d{1,2}[./])?(19|20)\d{2}$/.test(text))
        return true;
    return null;
}
const MAX_MAGNITUDE = 1e15;
const plausible = (n) => (Number.isFinite(n) && Math.abs(n) <= MAX_MAGNITUDE ? n : null);
function parseNumber(value) {
    if (value === null || (0, grid_1.isCellError)(value) || typeof value === 'boolean')
        return null;
    if (typeof value === 'number')
        return plausible(value);
    let text = cellText(value);
    if (text === '')
        return null;
    let negative = false;
    if (/^\(.*\)$/.test(text)) {
        negative = true;
        text = text.slice(1, -1);
    }
    const percent = /%\s*$/.test(text);
    text = text
        .replace(/%\s*$/, '')
        .replace(/(€|eur(o)?|euro)\.?/gi, '')
        .replace(/[\s\u00a0\u202f']/g, '');
    if (/^[-−–]/.test(text)) {
        negative = !negative;
        text = text.slice(1);
    }
    text = text.replace(/^\+/, '').replace(/(\d)[.,][-–—]{1,2}$/, '$1');
    if (!/^[\d.,]+$/.test(text) || !/\d/.test(text))
        return null;
    const normalised = normaliseSeparators(text);
    if (normalised === null)
        return null;
    let n = Number(normalised);
    if (percent)
        n /= 100;
    return plausible(negative ? -n : n);
}
function normaliseSeparators(text) {
    const lastDot = text.lastIndexOf('.');
    const lastComma = text.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
        const decimal = lastComma > lastDot ? ',' : '.';
        const group = decimal === ',' ? '.' : ',';
        const [intPart, fraction, ...rest] = text.split(decimal);
        if (rest.length > 0 || !isGrouped(intPart, group))
            return null;
        return `${intPart.split(group).join('')}.${fraction}`;
    }
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (sep === null)
        return text;
    const parts = text.split(sep);
    if (parts.length > 2)
        return isGrouped(text, sep) ? parts.join('') : null;
    if (sep === '.' && parts[1].length === 3 && parts[0] !== '0' && parts[0] !== '')
        return parts.join('');
    if (sep === ',' && parts[1].length === 3 && /^\d{1,3}$/.test(parts[0]) && parts[0] !== '0') {
        return `${parts[0]}.${parts[1]}`;
    }
    return `${parts[0] === '' ? '0' : parts[0]}.${parts[1]}`;
}
function isGrouped(intPart, group) {
    if (!intPart.includes(group))
        return /^\d+$/.test(intPart);
    return new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(intPart);
}
function parseShare(value) {
    const n = parseNumber(value);
    if (n === null || n < 0)
        return null;
    if (n <= 1)
        return n;
    if (n <= 100)
        return n / 100;
    return null;
}
