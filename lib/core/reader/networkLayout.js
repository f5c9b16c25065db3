"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectNetworkLayout = detectNetworkLayout;
const classifier_1 = require("../taxonomy/classifier");
const text_1 = require("../text");
const columnSynonyms_1 = require("./columnSynonyms");
const headerMatch_1 = require("./headerMatch");
const values_1 = require("./values");
const SAMPLE_ROWS = 200;
const SOZIALRAUM_GROUP = /^(sozialraum|sozialraeume|stadtteil(e)?|ortsteil(e)?|region(en)?|planungsraum|planungsraeume|quartier(e)?|bezirk(e)?|einsatzgebiet(e)?|versorgungsgebiet(e)?|einzugsgebiet(e)?|standort(e)?)$/;
function mergeOwner(grid, row) {
    const merges = grid.layout?.merges;
    if (!merges)
        return null;
    const sheetRow = grid.originRow + row;
    const across = merges.filter((m) => m.top <= sheetRow && m.bottom >= sheetRow && m.right > m.left);
    return (column) => {
        const sheetColumn = grid.originColumn + column;
        const m = across.find((x) => x.left <= sheetColumn && x.right >= sheetColumn);
        return m ? m.left - grid.originColumn : null;
    };
}
function detectNetworkLayout(grid, sibling = false) {
    const tableHeaders = (grid.tables ?? []).map((t) => t.headerRow);
    const groups = (g) => (0, headerMatch_1.twoRowHeader)(grid.values[g] ?? [], grid.values[g + 1] ?? [], mergeOwner(grid, g));
    const header = (0, headerMatch_1.findHeaderRow)(grid.values, columnSynonyms_1.NETWORK_COLUMN_PATTERNS, (m) => m.columns.name !== undefined || (m.columns.type !== undefined && m.fields >= 2), tableHeaders, (text) => (0, classifier_1.classifyLabel)(text).actorType !== null, groups);
    const nameHint = /netzwerk|partner|akteur|network|kooperation/.test((0, text_1.fold)(grid.name)) ? 10 : 0;
    if (header) {
        const labelColumn = header.columns.type ?? header.columns.name;
        const classified = labelColumn === undefined ? 0 : countClassified(grid.values, labelColumn, header.row + 1);
        const nameClassified = header.columns.name === undefined ? 0 : countClassified(grid.values, header.columns.name, header.row + 1);
        const evidence = Math.max(classified, nameClassified);
        if ((header.columns.name !== undefined && (header.fields >= 2 || sibling)) || evidence >= (sibling ? 1 : 3)) {
            const columns = { ...header.columns };
            let groupRow = header.groupRow;
            let headerRow = header.row;
            if (groupRow === undefined) {
                const below = sozialraumMatrix(grid, header.row);
                if (below.length >= 2 && below.every((m) => (0, classifier_1.classifyLabel)(m.name).actorType === null)) {
                    groupRow = header.row;
                    headerRow = header.row + 1;
                }
            }
            const matrix = groupRow === undefined ? [] : sozialraumMatrix(grid, groupRow);
            if (matrix.length >= 2 && columns.sozialraum !== undefined && matrix.some((m) => m.column === columns.sozialraum))
                delete columns.sozialraum;
            return {
                headerIndex: headerRow,
                groupIndex: groupRow,
                columns,
                sozialraumColumns: matrix.length >= 2 ? matrix : undefined,
                score: header.fields * 5 + Math.min(evidence, 50) + nameHint,
            };
        }
    }
    const column = bestLabelColumn(grid.values, sibling ? 1 : 3);
    if (!column)
        return null;
    return { headerIndex: null, columns: { name: column.index }, score: Math.min(column.classified, 50) + nameHint };
}
function sozialraumMatrix(grid, groupIndex) {
    const upper = grid.values[groupIndex] ?? [];
    const lower = grid.values[groupIndex + 1] ?? [];
    const owner = mergeOwner(grid, groupIndex);
    const width = Math.max(upper.length, lower.length);
    const out = [];
    let group = '';
    for (let c = 0; c < width; c++) {
        const own = (0, values_1.cellText)(upper[c] ?? null);
        const sub = (0, values_1.cellText)(lower[c] ?? null);
        if (own !== '')
            group = own;
        else if (owner) {
            const o = owner(c);
            group = o === null ? '' : (0, values_1.cellText)(upper[o] ?? null);
        }
        else if (sub === '')
            group = '';
        if (sub !== '' && SOZIALRAUM_GROUP.test((0, text_1.fold)(group)))
            out.push({ column: c, name: sub });
    }
    return out;
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
function bestLabelColumn(values, least) {
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
        if (n >= least && n >= (text.get(c) ?? 0) * 0.3 && (!best || n > best.classified))
            best = { index: c, classified: n };
    }
    return best;
}
