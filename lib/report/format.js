"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatEuro = formatEuro;
exports.formatPercent = formatPercent;
exports.formatNumber = formatNumber;
exports.formatList = formatList;
const LOCALE = { de: 'de-DE', en: 'en-GB' };
const formatters = new Map();
function formatter(lang, kind, digits) {
    const key = `${lang}|${kind}|${digits}`;
    let f = formatters.get(key);
    if (!f) {
        const options = kind === 'euro'
            ? { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }
            : kind === 'percent'
                ? { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }
                : { maximumFractionDigits: digits };
        f = new Intl.NumberFormat(LOCALE[lang], options);
        formatters.set(key, f);
    }
    return f;
}
function formatEuro(amount, lang) {
    return formatter(lang, 'euro', 0).format(amount);
}
function formatPercent(share, lang, digits = 0) {
    return formatter(lang, 'percent', digits).format(share);
}
function formatNumber(n, lang, digits = 0) {
    return formatter(lang, 'number', digits).format(n);
}
function formatList(items, lang) {
    if (items.length <= 1)
        return items.join('');
    const and = lang === 'de' ? ' und ' : ' and ';
    return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
