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
const years_1 = require("./years");
const PLAN = /ansatz|plan|soll|budget|haushalt|mittel|beantragt|bewilligt/;
const ACTUAL = /\bist\b|ergebnis|ausgaben|verbraucht|abgerechnet/;
function yearColumns(row) {
    const out = [];
    row.forEach((v, column) => {
        const header = (0, values_1.cellText)(v ?? null);
        const bare = (0, years_1.yearCell)(v ?? null);
        const year = bare ?? (typeof v === 'string' ? (0, years_1.yearInText)(v) : null);
        if (year === null || header === '')
            return;
        const t = (0, text_1.fold)(header);
        if (/kinder|children|u3|0\s*-\s*3|geburten|births/.test(t))
            return;
        if (bare === null && (header.length > 24 || !(PLAN.test(t) || ACTUAL.test(t) || /betrag|€|\beur\b|euro|kosten|amount/.test(t))))
            return;
        out.push({ column, year, kind: ACTUAL.test(t) ? 'actual' : PLAN.test(t) || /^\d{4}/.test(t) ? 'plan' : 'other', header });
    });
    return out;
}
function detectBudgetLayout(grid) {
    let known = LAYOUTS.get(grid);
    if (known === undefined)
        LAYOUTS.set(grid, (known = budgetLayoutOf(grid)));
    return known;
}
const LAYOUTS = new WeakMap();
function budgetLayoutOf(grid) {
    const preferred = (grid.tables ?? []).map((t) => t.headerRow);
    const rows = [...preferred.filter((r) => r >= 0 && r < grid.values.length), ...Array.from({ length: Math.min(grid.values.length, headerMatch_1.HEADER_SEARCH_ROWS) }, (_, i) => i)];
    let best = null;
    for (const r of rows) {
        const row = grid.values[r];
        const m = (0, headerMatch_1.matchHeaderRow)(row, columnSynonyms_1.BUDGET_COLUMN_PATTERNS);
        const years = yearColumns(row);
        const described = m !== null && (m.columns.sozialraum !== undefined || m.columns.label !== undefined || m.columns.source !== undefined);
        if (!m || !described || (m.columns.amount === undefined && years.length === 0))
            continue;
        const fields = m.fields + (m.columns.amount === undefined ? 1 : 0);
        if (!best || fields * 5 > best.score)
            best = { headerIndex: r, columns: m.columns, years, score: fields * 5 };
    }
    if (!best)
        return null;
    const hint = /budget|haushalt|finanz|mittel|kosten|etat|foerder/.test((0, text_1.fold)(grid.name)) ? 10 : 0;
    return { ...best, score: best.score + hint };
}
function amountColumn(grid, layout, reportYear, findings) {
    const years = layout.years;
    const plain = layout.columns.amount;
    const plainIsYear = plain !== undefined && years.some((y) => y.column === plain);
    if (years.length === 0 || (years.length === 1 && plain !== undefined && !plainIsYear))
        return plain ?? null;
    const available = [...new Set(years.map((y) => y.year))].sort((a, b) => a - b);
    const place = { sheet: grid.name, row: grid.originRow + layout.headerIndex };
    if (reportYear !== null && !available.includes(reportYear)) {
        findings.push((0, finding_1.finding)('budget-year-missing', 'warning', { year: reportYear, available, scope: 'column' }, place));
        return null;
    }
    const year = reportYear ?? available[available.length - 1];
    const rank = { plan: 0, other: 1, actual: 2 };
    const chosen = years.filter((y) => y.year === year).sort((a, b) => rank[a.kind] - rank[b.kind])[0];
    if (years.length > 1) {
        findings.push((0, finding_1.finding)('budget-column-chosen', 'info', { header: chosen.header, year, basis: reportYear !== null ? 'settings' : 'newest', others: years.filter((y) => y !== chosen).map((y) => y.header) }, { ...place, column: grid.originColumn + chosen.column }));
    }
    return chosen.column;
}
const TOTAL_ROW = /^(summe|gesamt|insgesamt|total|zwischensumme|gesamtsumme|sum)\b/;
const THOUSANDS = /(^|[^a-z])(t€|teur|tsd\.?\s*(€|eur)|tausend\s*(€|eur)|in\s+tausend)/i;
function amountOf(raw, columnInThousands) {
    if (typeof raw === 'string' && THOUSANDS.test(raw)) {
        const n = (0, values_1.parseNumber)(raw.replace(THOUSANDS, '$1'));
        return n === null ? null : n * 1000;
    }
    const n = (0, values_1.parseNumber)(raw);
    return n !== null && columnInThousands ? n * 1000 : n;
}
const INCOME_HEADING = /^(einnahmen|ertraege|finanzierung|mittelherkunft|deckung|income|revenue|funding)$/;
const SPENDING_HEADING = /^(ausgaben|aufwendungen|aufwand|kosten|mittelverwendung|verwendung|expenditure|expenses|spending|costs)$/;
function sectionOf(row, amountCol) {
    const first = row.find((v) => (0, values_1.cellText)(v ?? null) !== '');
    if (first === undefined || (0, values_1.parseNumber)(row[amountCol] ?? null) !== null)
        return null;
    const t = (0, text_1.fold)((0, values_1.cellText)(first)).replace(/[:.]+$/, '');
    return INCOME_HEADING.test(t) ? 'income' : SPENDING_HEADING.test(t) ? 'spending' : null;
}
function spendingOnly(grid, layout, amountCol, lines, sections, findings) {
    const of = (l) => sections.get(l.row) ?? null;
    if (!lines.some((l) => of(l) === 'income') || lines.every((l) => of(l) === 'income'))
        return lines;
    const kept = lines.filter((l) => of(l) !== 'income');
    const sum = (list) => list.reduce((t, l) => t + l.amount, 0);
    const place = { sheet: grid.name, row: grid.originRow + layout.headerIndex, column: grid.originColumn + amountCol };
    findings.push((0, finding_1.finding)('budget-section-chosen', 'info', { spending: sum(kept), income: sum(lines.filter((l) => of(l) === 'income')), skipped: lines.length - kept.length }, place));
    return kept;
}
function yearOfRows(grid, layout, reportYear, findings) {
    const c = layout.columns.year;
    if (c === undefined)
        return null;
    const of = [];
    let last = null;
    for (let r = layout.headerIndex + 1; r < grid.values.length; r++) {
        const v = grid.values[r][c] ?? null;
        const year = (0, years_1.yearOf)(v);
        if (year !== null)
            last = year;
        else if ((0, values_1.cellText)(v) !== '')
            last = null;
        of[r] = last;
    }
    const available = [...new Set(of.filter((y) => y !== null))].sort((a, b) => a - b);
    if (available.length === 0)
        return null;
    const place = { sheet: grid.name, row: grid.originRow + layout.headerIndex, column: grid.originColumn + c };
    if (reportYear !== null && !available.includes(reportYear)) {
        findings.push((0, finding_1.finding)('budget-year-missing', 'warning', { year: reportYear, available, scope: 'rows' }, place));
        return undefined;
    }
    const year = reportYear ?? available[available.length - 1];
    if (available.length > 1) {
        const skipped = of.filter((y, r) => y !== year && grid.values[r].some((v) => (0, values_1.cellText)(v ?? null) !== '')).length;
        const header = (0, values_1.cellText)(grid.values[layout.headerIndex][c] ?? null);
        findings.push((0, finding_1.finding)('budget-rows-chosen', 'info', { header, year, basis: reportYear !== null ? 'settings' : 'newest', others: available.filter((y) => y !== year), skipped }, place));
    }
    return { year, of };
}
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
function readBudgetRows(grid, layout, findings, reportYear = null) {
    const { values, originRow, originColumn } = grid;
    const cols = layout.columns;
    const chosen = amountColumn(grid, layout, reportYear, findings);
    if (chosen === null)
        return null;
    const amountCol = chosen;
    const rowYears = yearOfRows(grid, layout, reportYear, findings);
    if (rowYears === undefined)
        return null;
    const amountHeader = (0, values_1.cellText)(values[layout.headerIndex][amountCol] ?? null);
    const inThousands = THOUSANDS.test(amountHeader) || values.slice(0, layout.headerIndex).some((row) => row.some((v) => typeof v === 'string' && THOUSANDS.test(v)));
    if (inThousands)
        findings.push((0, finding_1.finding)('budget-in-thousands', 'info', { header: amountHeader }, { sheet: grid.name, row: originRow + layout.headerIndex, column: originColumn + amountCol }));
    const lines = [];
    const sections = new Map();
    let section = sectionOf(values[layout.headerIndex], -1);
    const get = (row, c) => (c === undefined ? null : row[c] ?? null);
    const text = (row, c) => {
        const t = (0, values_1.cellText)(get(row, c));
        return t === '' ? null : t;
    };
    for (let r = layout.headerIndex + 1; r < values.length; r++) {
        const row = values[r];
        const sozialraum = text(row, cols.sozialraum);
        const label = text(row, cols.label);
        const first = (0, text_1.fold)(label ?? sozialraum ?? (0, values_1.cellText)(row[0] ?? null));
        section = sectionOf(row, amountCol) ?? section;
        if (TOTAL_ROW.test(first))
            continue;
        if (rowYears !== null && rowYears.of[r] !== rowYears.year)
            continue;
        const raw = get(row, amountCol);
        if ((0, grid_1.isCellError)(raw)) {
            findings.push((0, finding_1.finding)('error-cell', 'warning', { error: raw.error }, { sheet: grid.name, row: originRow + r, column: originColumn + amountCol }));
            continue;
        }
        const amount = amountOf(raw, inThousands);
        if (amount === null) {
            if ((0, values_1.cellText)(raw) !== '') {
                findings.push((0, finding_1.finding)('unreadable-amount', 'warning', { value: (0, values_1.cellText)(raw) }, { sheet: grid.name, row: originRow + r, column: originColumn + amountCol }));
            }
            continue;
        }
        const sourceText = text(row, cols.source);
        const childrenRaw = get(row, cols.children);
        const birthsRaw = get(row, cols.births);
        const indicatorRaw = get(row, cols.indicator);
        sections.set(originRow + r, section);
        lines.push({
            row: originRow + r,
            label,
            sozialraum,
            source: sourceText === null ? null : parseFundingSource(sourceText),
            amount,
            children0to3: (0, grid_1.isCellError)(childrenRaw) ? null : (0, values_1.parseNumber)(childrenRaw),
            births: (0, grid_1.isCellError)(birthsRaw) ? null : (0, values_1.parseNumber)(birthsRaw),
            indicator: (0, grid_1.isCellError)(indicatorRaw) ? null : (0, values_1.parseShare)(indicatorRaw),
        });
    }
    return { sheet: grid.name, headerRow: originRow + layout.headerIndex, amountColumn: originColumn + amountCol, lines: spendingOnly(grid, layout, amountCol, lines, sections, findings) };
}
