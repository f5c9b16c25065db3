"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.overviewCsv = overviewCsv;
exports.csvHeader = csvHeader;
function overviewCsv(lines, columns, lang) {
    const rows = [csvHeader(columns, lang), ...lines.map((line) => columns.map((c) => field(c.value(line), lang)).join(separator(lang)))];
    return `\ufeff${rows.join('\r\n')}\r\n`;
}
function csvHeader(columns, lang) {
    return columns.map((c) => field(c.label, lang)).join(separator(lang));
}
const separator = (lang) => (lang === 'de' ? ';' : ',');
function field(value, lang) {
    if (value === null)
        return '';
    if (typeof value === 'number') {
        const text = String(Math.round(value * 1e6) / 1e6);
        return lang === 'de' ? text.replace('.', ',') : text;
    }
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[";,\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
