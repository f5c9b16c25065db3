"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cellText = cellText;
const format_1 = require("../format");
function cellText(cell, lang) {
    if (cell === null)
        return '–';
    if (typeof cell === 'string')
        return cell;
    switch (cell.kind) {
        case 'count':
            return (0, format_1.formatNumber)(cell.value, lang);
        case 'euro':
            return (0, format_1.formatEuro)(cell.value, lang);
        case 'percent':
            return (0, format_1.formatPercent)(cell.value, lang, cell.digits ?? 0);
        case 'number':
            return (0, format_1.formatNumber)(cell.value, lang, cell.digits ?? 0);
    }
}
