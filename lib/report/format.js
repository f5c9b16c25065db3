"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatEuro = formatEuro;
exports.formatPercent = formatPercent;
exports.formatNumber = formatNumber;
exports.formatModelEuro = formatModelEuro;
exports.formatModelRange = formatModelRange;
exports.formatPercentRange = formatPercentRange;
exports.formatDate = formatDate;
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
function formatModelEuro(amount, lang) {
    return formatEuro(Math.abs(amount) >= 10000 ? Math.round(amount / 1000) * 1000 : Math.round(amount), lang);
}
function formatModelRange(r, lang) {
    const e = (n) => formatModelEuro(n, lang);
    if (e(r.low) === e(r.high))
        return e(r.mid);
    return lang === 'de' ? `${e(r.low)} bis ${e(r.high)} (mittlere Schätzung ${e(r.mid)})` : `${e(r.low)} to ${e(r.high)} (middle estimate ${e(r.mid)})`;
}
function formatPercentRange(r, lang) {
    const low = formatPercent(r.low, lang);
    const high = formatPercent(r.high, lang);
    if (low === high)
        return low;
    return `${low.replace(/\s?%$/, '')}–${high}`;
}
function formatDate(ms, lang) {
    return new Intl.DateTimeFormat(LOCALE[lang], { day: '2-digit', month: lang === 'de' ? '2-digit' : 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(ms));
}
function formatList(items, lang) {
    if (items.length <= 1)
        return items.join('');
    const and = lang === 'de' ? ' und ' : ' and ';
    return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
