"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.activityKindOf = activityKindOf;
exports.detectActivityLayout = detectActivityLayout;
exports.readActivityRows = readActivityRows;
const activities_1 = require("../criteria/activities");
const text_1 = require("../text");
const columnSynonyms_1 = require("./columnSynonyms");
const headerMatch_1 = require("./headerMatch");
const values_1 = require("./values");
const years_1 = require("./years");
function activityKindOf(text) {
    const t = (0, text_1.fold)(text);
    if (t === '')
        return null;
    return activities_1.ACTIVITIES.find((a) => a.words.test(t))?.kind ?? null;
}
function detectActivityLayout(grid) {
    const header = (0, headerMatch_1.findHeaderRow)(grid.values, columnSynonyms_1.ACTIVITY_COLUMN_PATTERNS, (m) => m.columns.date !== undefined && (m.columns.kind !== undefined || m.columns.text !== undefined));
    if (!header)
        return null;
    const name = /netzwerkarbeit|aktivitaet|termine|veranstaltung|chronik|sitzungen|nachweis|activities|events/.test((0, text_1.fold)(grid.name)) ? 10 : 0;
    let known = 0;
    for (let r = header.row + 1; r < Math.min(grid.values.length, header.row + 200); r++) {
        const row = grid.values[r];
        const text = [header.columns.kind, header.columns.text].map((c) => (c === undefined ? '' : (0, values_1.cellText)(row[c] ?? null))).join(' ');
        if (activityKindOf(text) !== null)
            known++;
    }
    if (known === 0 && name === 0)
        return null;
    return { headerIndex: header.row, columns: header.columns, score: header.fields * 5 + Math.min(known, 20) + name };
}
function readActivityRows(grid, layout) {
    const { values, originRow } = grid;
    const c = layout.columns;
    const entries = [];
    for (let r = layout.headerIndex + 1; r < values.length; r++) {
        const row = values[r];
        const kindText = c.kind === undefined ? '' : (0, values_1.cellText)(row[c.kind] ?? null);
        const text = c.text === undefined ? '' : (0, values_1.cellText)(row[c.text] ?? null);
        if (kindText === '' && text === '')
            continue;
        const dateMs = c.date === undefined ? null : (0, years_1.dateOfCell)(row[c.date] ?? null);
        entries.push({
            row: originRow + r,
            dateMs,
            kind: activityKindOf(kindText) ?? activityKindOf(text),
            text: [kindText, text].filter((t) => t !== '').join(': '),
            fte: c.fte === undefined ? null : (0, values_1.parseNumber)(row[c.fte] ?? null),
        });
    }
    return { sheet: grid.name, headerRow: originRow + layout.headerIndex, dateColumn: c.date === undefined ? null : grid.originColumn + c.date, entries };
}
