"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectCriteriaLayout = detectCriteriaLayout;
exports.readCriteriaRows = readCriteriaRows;
const grid_1 = require("../grid");
const catalog_1 = require("../criteria/catalog");
const status_1 = require("../criteria/status");
const text_1 = require("../text");
const columnSynonyms_1 = require("./columnSynonyms");
const headerMatch_1 = require("./headerMatch");
const finding_1 = require("../findings/finding");
const values_1 = require("./values");
const MIN_CRITERIA = 5;
function tickForm(values, idColumn) {
    for (let r = 0; r < Math.min(values.length, headerMatch_1.HEADER_SEARCH_ROWS); r++) {
        const columns = {};
        const row = values[r];
        for (let c = 0; c < row.length; c++) {
            const v = row[c];
            if (c === idColumn || typeof v !== 'string')
                continue;
            const status = /[a-zäöü]{4}/i.test(v) ? (0, status_1.parseCriterionStatus)(v) : null;
            if (status !== null && columns[status] === undefined)
                columns[status] = c;
        }
        if (Object.keys(columns).length >= 2)
            return columns;
    }
    return null;
}
function detectCriteriaLayout(grid) {
    const { values } = grid;
    const { column: idColumn, count: idCount } = bestColumn(values, isCriterionId);
    const hint = /kriter|qualitaet|criteria|quality/.test((0, text_1.fold)(grid.name)) ? 10 : 0;
    if (idCount < (hint > 0 ? 1 : MIN_CRITERIA))
        return null;
    const ticks = tickForm(values, idColumn);
    if (ticks) {
        const evidence = values.slice(0, headerMatch_1.HEADER_SEARCH_ROWS).map((row) => (0, headerMatch_1.matchHeaderRow)(row, columnSynonyms_1.CRITERIA_COLUMN_PATTERNS)?.columns.evidence).find((c) => c !== undefined) ?? null;
        return { idColumn, statusColumn: -1, tickColumns: ticks, evidenceColumn: evidence, score: idCount + hint };
    }
    let statusColumn = -1;
    let evidenceColumn = null;
    for (let r = 0; r < Math.min(values.length, headerMatch_1.HEADER_SEARCH_ROWS); r++) {
        const m = (0, headerMatch_1.matchHeaderRow)(values[r], columnSynonyms_1.CRITERIA_COLUMN_PATTERNS);
        if (m?.columns.status !== undefined && m.columns.status !== idColumn) {
            statusColumn = m.columns.status;
            evidenceColumn = m.columns.evidence ?? null;
            break;
        }
    }
    if (statusColumn < 0) {
        const best = bestColumn(values, (v) => (0, status_1.parseCriterionStatus)(v) !== null, idColumn);
        if (best.count > 0)
            statusColumn = best.column;
    }
    if (statusColumn < 0)
        return null;
    return { idColumn, statusColumn, tickColumns: null, evidenceColumn, score: idCount + hint };
}
function bestColumn(values, test, skip = -1) {
    const counts = new Map();
    for (const row of values) {
        for (let c = 0; c < row.length; c++) {
            const v = row[c];
            if (v !== null && c !== skip && test(v))
                counts.set(c, (counts.get(c) ?? 0) + 1);
        }
    }
    let best = { column: -1, count: 0 };
    for (const [column, count] of counts)
        if (count > best.count || (count === best.count && column < best.column))
            best = { column, count };
    return best;
}
function isTick(v) {
    return (0, values_1.parseYesNo)(v) === true;
}
function isCriterionId(v) {
    if (typeof v === 'string')
        return /^\s*(kriterium|krit\.?|k)?\s*[3-6][.,]\d{1,2}\.?\s*$/i.test(v) && (0, catalog_1.criterionById)(v) !== undefined;
    return typeof v === 'number' && (0, catalog_1.criterionById)(v) !== undefined;
}
function readCriteriaRows(grid, layout, findings = []) {
    const rows = [];
    const ticks = layout.tickColumns ? Object.entries(layout.tickColumns) : null;
    if (ticks)
        findings.push((0, finding_1.finding)('criteria-tick-form', 'info', { sheet: grid.name }, { sheet: grid.name }));
    let previous = null;
    grid.values.forEach((row, r) => {
        const idCell = row[layout.idColumn] ?? null;
        if (!isCriterionId(idCell))
            return;
        const id = typeof idCell === 'number' && idCell === 5.1 && previous === '5.9' ? '5.10' : typeof idCell === 'number' ? idCell : (0, values_1.cellText)(idCell);
        const criterion = (0, catalog_1.criterionById)(id);
        if (!criterion)
            return;
        previous = criterion.id;
        const evidence = layout.evidenceColumn === null ? '' : (0, values_1.cellText)(row[layout.evidenceColumn] ?? null);
        let status;
        let statusColumn = layout.statusColumn;
        if (ticks) {
            const ticked = ticks.filter(([, c]) => isTick(row[c] ?? null));
            status = ticked.length === 1 ? ticked[0][0] : null;
            statusColumn = ticked.length === 1 ? ticked[0][1] : ticks[0][1];
            if (ticked.length !== 1) {
                findings.push((0, finding_1.finding)('criterion-status-unclear', 'warning', { criterion: criterion.id, ticks: ticked.length, value: null }, { criterion: criterion.id, sheet: grid.name, row: grid.originRow + r, column: grid.originColumn + statusColumn }));
            }
        }
        else {
            const cell = row[layout.statusColumn] ?? null;
            status = (0, status_1.parseCriterionStatus)(cell);
            const text = (0, grid_1.isCellError)(cell) ? '' : (0, values_1.cellText)(cell);
            if (status === null && text !== '') {
                findings.push((0, finding_1.finding)('criterion-status-unclear', 'warning', { criterion: criterion.id, ticks: 0, value: text }, { criterion: criterion.id, sheet: grid.name, row: grid.originRow + r, column: grid.originColumn + statusColumn }));
            }
        }
        rows.push({
            row: grid.originRow + r,
            criterionId: criterion.id,
            status,
            evidence: evidence === '' ? null : evidence,
            statusColumn: grid.originColumn + statusColumn,
        });
    });
    return { sheet: grid.name, rows };
}
