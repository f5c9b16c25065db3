"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HEADER_SEARCH_ROWS = void 0;
exports.matchHeaderRow = matchHeaderRow;
exports.findHeaderRow = findHeaderRow;
exports.twoRowHeader = twoRowHeader;
const text_1 = require("../text");
const values_1 = require("./values");
exports.HEADER_SEARCH_ROWS = 30;
const MAX_HEADER_LENGTH = 80;
function matchHeaderRow(cells, patterns, isData = () => false) {
    const columns = {};
    let fields = 0;
    for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (typeof cell !== 'string')
            continue;
        const raw = (0, values_1.cellText)(cell);
        const text = (0, text_1.fold)(raw);
        if (text === '' || text.length > MAX_HEADER_LENGTH)
            continue;
        if (isData(raw))
            return null;
        for (const [field, pattern] of patterns) {
            if (!pattern.test(text))
                continue;
            if (field !== 'ignore' && columns[field] === undefined) {
                columns[field] = c;
                fields++;
            }
            break;
        }
    }
    return fields > 0 ? { row: -1, columns, fields } : null;
}
function findHeaderRow(values, patterns, accept, preferredRows = [], isData, groups) {
    let best = null;
    const limit = Math.min(values.length, exports.HEADER_SEARCH_ROWS);
    const rows = [...preferredRows.filter((r) => r >= 0 && r < values.length), ...Array.from({ length: limit }, (_, i) => i)];
    for (const r of rows) {
        const m = matchHeaderRow(values[r], patterns, isData);
        if (m && accept(m) && (!best || m.fields > best.fields))
            best = { ...m, row: r };
        if (groups && r > 0) {
            const two = matchHeaderRow(groups(r - 1), patterns, isData);
            if (two && accept(two) && two.fields > (m?.fields ?? 0) && (!best || two.fields > best.fields))
                best = { ...two, row: r, groupRow: r - 1 };
        }
    }
    return best;
}
function twoRowHeader(upper, lower, mergeOwner) {
    const width = Math.max(upper.length, lower.length);
    const texts = new Array(width).fill(null);
    let reach = null;
    for (let c = 0; c < width; c++) {
        const own = (0, values_1.cellText)(upper[c] ?? null);
        const sub = (0, values_1.cellText)(lower[c] ?? null);
        let group = own;
        if (group !== '')
            reach = { text: group, column: c };
        else if (mergeOwner) {
            const owner = mergeOwner(c);
            group = owner === null ? '' : (0, values_1.cellText)(upper[owner] ?? null);
        }
        else if (reach !== null && sub !== '' && (0, values_1.cellText)(lower[reach.column] ?? null) !== '') {
            group = reach.text;
        }
        else {
            reach = null;
        }
        texts[c] = group !== '' && sub !== '' && group !== sub ? `${group} ${sub}` : group || sub || null;
    }
    return texts;
}
