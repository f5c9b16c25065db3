"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectNetworkLayout = detectNetworkLayout;
exports.readNetworkRows = readNetworkRows;
const grid_1 = require("../grid");
const classifier_1 = require("../taxonomy/classifier");
const text_1 = require("../text");
const columnSynonyms_1 = require("./columnSynonyms");
const headerMatch_1 = require("./headerMatch");
const finding_1 = require("../findings/finding");
const values_1 = require("./values");
const SAMPLE_ROWS = 200;
function detectNetworkLayout(grid) {
    const tableHeaders = (grid.tables ?? []).map((t) => t.headerRow);
    const header = (0, headerMatch_1.findHeaderRow)(grid.values, columnSynonyms_1.NETWORK_COLUMN_PATTERNS, (m) => m.columns.name !== undefined || (m.columns.type !== undefined && m.fields >= 2), tableHeaders, (text) => (0, classifier_1.classifyLabel)(text).actorType !== null);
    const nameHint = /netzwerk|partner|akteur|network|kooperation/.test((0, text_1.fold)(grid.name)) ? 10 : 0;
    if (header) {
        const labelColumn = header.columns.type ?? header.columns.name;
        const classified = labelColumn === undefined ? 0 : countClassified(grid.values, labelColumn, header.row + 1);
        const nameClassified = header.columns.name === undefined ? 0 : countClassified(grid.values, header.columns.name, header.row + 1);
        const evidence = Math.max(classified, nameClassified);
        if ((header.columns.name !== undefined && header.fields >= 2) || evidence >= 3) {
            return { headerIndex: header.row, columns: header.columns, score: header.fields * 5 + Math.min(evidence, 50) + nameHint };
        }
    }
    const column = bestLabelColumn(grid.values);
    if (!column)
        return null;
    return { headerIndex: null, columns: { name: column.index }, score: Math.min(column.classified, 50) + nameHint };
}
function countClassified(values, column, from) {
    let count = 0;
    const end = Math.min(values.length, from + SAMPLE_ROWS);
    for (let r = from; r < end; r++) {
        const v = values[r][column];
        if (typeof v === 'string' && (0, classifier_1.classifyLabel)(v).actorType)
            count++;
    }
    return count;
}
function bestLabelColumn(values) {
    const text = new Map();
    const classified = new Map();
    const end = Math.min(values.length, SAMPLE_ROWS);
    for (let r = 0; r < end; r++) {
        const row = values[r];
        for (let c = 0; c < row.length; c++) {
            const v = row[c];
            if (typeof v !== 'string' || (0, values_1.cellText)(v) === '')
                continue;
            text.set(c, (text.get(c) ?? 0) + 1);
            if ((0, classifier_1.classifyLabel)(v).actorType)
                classified.set(c, (classified.get(c) ?? 0) + 1);
        }
    }
    let best = null;
    for (const [c, n] of [...classified].sort((a, b) => a[0] - b[0])) {
        if (n >= 3 && n >= (text.get(c) ?? 0) * 0.3 && (!best || n > best.classified))
            best = { index: c, classified: n };
    }
    return best;
}
const SUM_ROW = /^\s*(summe|gesamt|insgesamt|total|zwischensumme|anzahl)\b/i;
function readNetworkRows(grid, layout, findings) {
    const { values, originRow, originColumn } = grid;
    const cols = layout.columns;
    const actors = [];
    let section = null;
    const start = layout.headerIndex === null ? 0 : layout.headerIndex + 1;
    const column = (field) => cols[field] ?? -1;
    const [cName, cType, cKern, cRaum, cAgree, cSteer, cForum, cRole] = ['name', 'type', 'kernbereich', 'sozialraum', 'agreement', 'steering', 'forum', 'role'].map(column);
    const at = (r, c) => ({ sheet: grid.name, row: originRow + r, column: originColumn + c });
    const text = (row, r, c) => {
        if (c < 0)
            return null;
        const v = row[c];
        if (v === undefined || v === null)
            return null;
        if (typeof v === 'object') {
            findings.push((0, finding_1.finding)('error-cell', 'warning', { error: v.error }, at(r, c)));
            return null;
        }
        const t = (0, values_1.cellText)(v);
        return t === '' ? null : t;
    };
    const mark = (row, r, c) => {
        if (c < 0)
            return null;
        const v = row[c];
        if (v === undefined || v === null)
            return null;
        if ((0, grid_1.isCellError)(v)) {
            findings.push((0, finding_1.finding)('error-cell', 'warning', { error: v.error }, at(r, c)));
            return null;
        }
        const parsed = (0, values_1.parseYesNo)(v);
        if (parsed === null && (0, values_1.cellText)(v) !== '')
            findings.push((0, finding_1.finding)('unclear-mark', 'info', { value: (0, values_1.cellText)(v) }, at(r, c)));
        return parsed;
    };
    for (let r = start; r < values.length; r++) {
        const row = values[r];
        const name = text(row, r, cName);
        const typeText = text(row, r, cType);
        if (name === null && typeText === null)
            continue;
        const label = name ?? typeText;
        const classification = (0, classifier_1.classifyActor)(label, name === null ? null : typeText);
        if (classification.actorType === null) {
            if (SUM_ROW.test(label))
                continue;
            if (isSectionRow(row, label)) {
                section = (0, classifier_1.resolveKernbereich)(label);
                continue;
            }
        }
        const stated = text(row, r, cKern);
        const statedKernbereich = stated === null ? null : (0, classifier_1.resolveKernbereich)(stated);
        actors.push({
            row: originRow + r,
            name: label,
            typeText,
            actorTypeId: classification.actorType === null ? null : classification.actorType.id,
            kernbereich: classification.kernbereich ?? statedKernbereich ?? section,
            statedKernbereich,
            sozialraum: text(row, r, cRaum),
            agreement: mark(row, r, cAgree),
            steering: mark(row, r, cSteer),
            forum: mark(row, r, cForum),
            role: text(row, r, cRole),
        });
    }
    const columns = {};
    for (const [field, c] of Object.entries(cols))
        columns[field] = originColumn + c;
    return {
        sheet: grid.name,
        headerRow: layout.headerIndex === null ? null : originRow + layout.headerIndex,
        columns,
        actors,
    };
}
function isSectionRow(row, label) {
    return (0, values_1.filledCells)(row) === 1 && (0, classifier_1.resolveKernbereich)(label) !== null;
}
