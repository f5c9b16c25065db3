"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectBudgetLayout = detectBudgetLayout;
exports.parseFundingSource = parseFundingSource;
exports.readBudgetRows = readBudgetRows;
const grid_1 = require("../grid");
const text_1 = require("../text");
const columnSynonyms_1 = require("./columnSynonyms");
const headerMatch_1 = require("./headerMatch");
const finding_1 = require("../findings/finding");
const values_1 = require("./values");
function detectBudgetLayout(grid) {
    const header = (0, headerMatch_1.findHeaderRow)(grid.values, columnSynonyms_1.BUDGET_COLUMN_PATTERNS, (m) => m.columns.amount !== undefined && (m.columns.sozialraum !== undefined || m.columns.label !== undefined || m.columns.source !== undefined), (grid.tables ?? []).map((t) => t.headerRow));
    if (!header)
        return null;
    const hint = /budget|haushalt|finanz|mittel|kosten|etat|foerder/.test((0, text_1.fold)(grid.name)) ? 10 : 0;
    return { headerIndex: header.row, columns: header.columns, score: header.fields * 5 + hint };
}
const TOTAL_ROW = /^(summe|gesamt|insgesamt|total|zwischensumme|gesamtsumme|sum)\b/;
function parseFundingSource(text) {
    const t = (0, text_1.fold)(text);
    if (t === '')
        return null;
    if (/bundesstiftung|bundesinitiative|\bbsfh\b|\bbund\b|bundesmittel|federal/.test(t))
        return 'bundesstiftung';
    if (/\bland\b|landes|laender|state/.test(t))
        return 'land';
    if (/kommun|stadt|kreis|bezirk|gemeinde|eigenmittel|haushalt|municipal|local/.test(t))
        return 'kommunal';
    return 'sonstige';
}
function readBudgetRows(grid, layout, findings) {
    const { values, originRow, originColumn } = grid;
    const cols = layout.columns;
    const amountCol = cols.amount;
    const lines = [];
    const get = (row, c) => (c === undefined ? null : row[c] ?? null);
    const text = (row, c) => {
        const t = (0, values_1.cellText)(get(row, c));
        return t === '' ? null : t;
    };
    for (let r = layout.headerIndex + 1; r < values.length; r++) {
        const row = values[r];
        const sozialraum = text(row, cols.sozialraum);
        const label = text(row, cols.label);
        const first = (0, text_1.fold)(sozialraum ?? label ?? (0, values_1.cellText)(row[0] ?? null));
        if (TOTAL_ROW.test(first))
            continue;
        const raw = get(row, amountCol);
        if ((0, grid_1.isCellError)(raw)) {
            findings.push((0, finding_1.finding)('error-cell', 'warning', { error: raw.error }, { sheet: grid.name, row: originRow + r, column: originColumn + amountCol }));
            continue;
        }
        const amount = (0, values_1.parseNumber)(raw);
        if (amount === null) {
            if ((0, values_1.cellText)(raw) !== '') {
                findings.push((0, finding_1.finding)('unreadable-amount', 'warning', { value: (0, values_1.cellText)(raw) }, { sheet: grid.name, row: originRow + r, column: originColumn + amountCol }));
            }
            continue;
        }
        const sourceText = text(row, cols.source);
        const childrenRaw = get(row, cols.children);
        lines.push({
            row: originRow + r,
            label,
            sozialraum,
            source: sourceText === null ? null : parseFundingSource(sourceText),
            amount,
            children0to3: (0, grid_1.isCellError)(childrenRaw) ? null : (0, values_1.parseNumber)(childrenRaw),
        });
    }
    return { sheet: grid.name, headerRow: originRow + layout.headerIndex, amountColumn: originColumn + amountCol, lines };
}
