"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HISTORY_SHEET = void 0;
exports.readHistory = readHistory;
exports.historyOf = historyOf;
exports.historySheet = historySheet;
const address_1 = require("../core/address");
const compare_1 = require("../core/history/compare");
const parse_1 = require("../core/history/parse");
const snapshot_1 = require("../core/history/snapshot");
const kernbereich_1 = require("../core/taxonomy/kernbereich");
const labels_1 = require("../report/labels");
const port_1 = require("./port");
exports.HISTORY_SHEET = 'FH-Verlauf';
const CHUNK = 30000;
const HEADER_ROW = 2;
const WORDS = {
    de: {
        title: 'FH-Verlauf: ein Eintrag je Prüfbericht',
        note: 'Vom Add-in Frühe Hilfen-Check geschrieben und vor versehentlichen Änderungen geschützt (ohne Kennwort). Der nächste Prüfbericht vergleicht sich mit dem letzten Eintrag eines früheren Tages. Akteurstypen und Kernbereiche stehen als feste Kennungen; Listen mit Namen als JSON.',
    },
    en: {
        title: 'FH history: one entry per audit report',
        note: 'Written by the Frühe Hilfen Check add-in and protected against accidental edits (no password). The next report compares itself with the last entry of an earlier day. Actor types and Kernbereiche are stable ids; lists of names are JSON.',
    },
};
const ids = (list) => (list.length === 0 ? null : list.join(', '));
const idsOf = (cell) => (cell === null ? [] : typeof cell === 'string' ? cell.split(',').map((s) => s.trim()) : cell);
const json = (cell) => {
    if (typeof cell !== 'string')
        return cell;
    try {
        return JSON.parse(cell);
    }
    catch {
        return undefined;
    }
};
const field = (de, en, key, width = 12, format) => ({
    de,
    en,
    width,
    format,
    write: (s) => s[key],
    read: (cell, raw) => void (raw[key] = cell),
});
const indicator = (de, en, key, format) => ({
    de,
    en,
    width: 12,
    format,
    write: (s) => s.indicators[key],
    read: (cell, raw) => void (raw.indicators[key] = cell),
});
const rangePart = (de, en, part, of, format) => ({
    de,
    en,
    width: 12,
    format,
    write: (s) => (of === 'need' ? s.need : s.indicators.needCovered)?.[part] ?? null,
    read: (cell, raw) => void (raw.ranges[of][part] = cell),
});
const COLUMNS = [
    field('Datum', 'Date', 'date', 11),
    field('Berichtsjahr', 'Report year', 'reportYear', 8),
    field('Partner', 'Partners', 'partners', 8),
    ...kernbereich_1.KERNBEREICHE.map((k) => ({
        de: `Partner ${kernbereich_1.KERNBEREICH_LABELS[k].shortDe}`,
        en: `Partners ${kernbereich_1.KERNBEREICH_LABELS[k].shortEn}`,
        width: 10,
        write: (s) => s.kernbereiche[k],
        read: (cell, raw) => void (raw.kernbereiche[k] = cell),
    })),
    field('Pflicht-Akteurstypen (Anzahl)', 'Required types (number)', 'requiredTotal', 10),
    indicator('Pflicht-Akteurstypen vertreten', 'Required types present', 'requiredPresent', labels_1.FORMATS.percent),
    { de: 'Fehlende Pflicht-Akteurstypen', en: 'Missing required types', width: 28, write: (s) => ids(s.missingRequired), read: (c, raw) => void (raw.missingRequired = idsOf(c)) },
    { de: 'Fehlende empfohlene Akteurstypen', en: 'Missing recommended types', width: 28, write: (s) => ids(s.missingRecommended), read: (c, raw) => void (raw.missingRecommended = idsOf(c)) },
    field('Budget (€)', 'Budget (€)', 'budget', 12, labels_1.FORMATS.euro),
    rangePart('Bedarf niedrig (€)', 'Need low (€)', 'low', 'need', labels_1.FORMATS.euro),
    rangePart('Bedarf mittel (€)', 'Need middle (€)', 'mid', 'need', labels_1.FORMATS.euro),
    rangePart('Bedarf hoch (€)', 'Need high (€)', 'high', 'need', labels_1.FORMATS.euro),
    rangePart('Bedarf gedeckt niedrig', 'Need covered low', 'low', 'needCovered', labels_1.FORMATS.percent),
    rangePart('Bedarf gedeckt mittel', 'Need covered middle', 'mid', 'needCovered', labels_1.FORMATS.percent),
    rangePart('Bedarf gedeckt hoch', 'Need covered high', 'high', 'needCovered', labels_1.FORMATS.percent),
    indicator('Budget je Geburt (€)', 'Budget per birth (€)', 'budgetPerBirth', labels_1.FORMATS.euro),
    indicator('Partner je 1.000 Geburten', 'Partners per 1,000 births', 'partnersPer1000Births', labels_1.FORMATS.number),
    indicator('Partner mit Kooperationsvereinbarung', 'Partners with an agreement', 'withAgreement', labels_1.FORMATS.percent),
    indicator('LaB-Stellen je 1.000 Geburten', 'LaB posts per 1,000 births', 'labFtePer1000Births', labels_1.FORMATS.number),
    indicator('Kriterien erfüllt', 'Criteria met', 'criteriaMet', labels_1.FORMATS.percent),
    { de: 'Eigene Modellparameter', en: 'Own model parameters', width: 20, write: (s) => ids(s.indicators.ownParameters), read: (c, raw) => void (raw.indicators.ownParameters = idsOf(c)) },
    {
        de: 'Kriterien: Status (JSON)',
        en: 'Criteria: status (JSON)',
        width: 30,
        write: (s) => (s.criteria === null ? null : JSON.stringify(s.criteria)),
        read: (c, raw) => void (raw.criteria = json(c)),
    },
    {
        de: 'Sozialräume: fehlende Kernbereiche vor Ort (JSON)',
        en: 'Sozialräume: Kernbereiche missing on site (JSON)',
        width: 30,
        write: (s) => JSON.stringify(s.sozialraeume.map((z) => [z.name, z.missing])),
        read: (c, raw) => {
            const pairs = json(c);
            raw.sozialraeume = Array.isArray(pairs) ? pairs.map((p) => (Array.isArray(p) ? { name: p[0], missing: p[1] } : p)) : pairs;
        },
    },
    { de: 'Partner je Akteurstyp (JSON)', en: 'Partners per actor type (JSON)', width: 30, write: (s) => JSON.stringify(s.byType), read: (c, raw) => void (raw.byType = json(c)) },
];
const NAMES = { de: 'Partnernamen je Akteurstyp (JSON)', en: 'Partner names per actor type (JSON)', width: 40 };
const UNCLASSIFIED = '-';
function namesJson(s) {
    var _a;
    if (s.names === null)
        return null;
    const groups = {};
    for (const p of s.names)
        (groups[_a = p.type ?? UNCLASSIFIED] ?? (groups[_a] = [])).push(p.name);
    return JSON.stringify(groups);
}
function namesOf(text) {
    if (text === null)
        return null;
    const groups = json(text);
    if (typeof groups !== 'object' || groups === null || Array.isArray(groups))
        return undefined;
    return Object.entries(groups).flatMap(([type, names]) => (Array.isArray(names) ? names.map((name) => ({ name, type: type === UNCLASSIFIED ? null : type })) : [undefined]));
}
function rowOf(s) {
    const names = namesJson(s);
    const chunks = [];
    for (let i = 0; names !== null && i < names.length; i += CHUNK)
        chunks.push(names.slice(i, i + CHUNK));
    return [...COLUMNS.map((c) => c.write(s)), ...(chunks.length > 0 ? chunks : [null])];
}
function readHistorySheet(grid) {
    const trimmed = (v) => (typeof v === 'string' ? v.trim() : null);
    for (let r = 0; r < Math.min(grid.values.length, 10); r++) {
        const row = grid.values[r];
        const start = row.findIndex((v) => trimmed(v) === COLUMNS[0].de || trimmed(v) === COLUMNS[0].en);
        if (start < 0)
            continue;
        const headers = row.slice(start).map(trimmed);
        const at = [...COLUMNS, NAMES].map((c) => headers.findIndex((h) => h === c.de || h === c.en));
        if (at.some((i) => i < 0))
            return null;
        const snapshots = [];
        const kept = [];
        for (const cells of grid.values.slice(r + 1)) {
            if (cells.every((v) => v === null))
                continue;
            const cell = (i) => cells[start + i] ?? null;
            const raw = { kernbereiche: {}, indicators: {}, ranges: { need: {}, needCovered: {} } };
            COLUMNS.forEach((c, i) => c.read(cell(at[i]), raw));
            const tail = cells.slice(start + at[COLUMNS.length]);
            raw.names = namesOf(tail.every((v) => v === null) ? null : tail.map((v) => (typeof v === 'string' ? v : '')).join(''));
            raw.indicators.partners = raw.partners;
            const range = (r) => (Object.values(r).every((v) => v === null) ? null : r);
            raw.need = range(raw.ranges.need);
            raw.indicators.needCovered = range(raw.ranges.needCovered);
            const s = (0, parse_1.snapshotFromJson)(raw);
            if (s)
                snapshots.push(s);
            else
                kept.push([...cells]);
        }
        return { snapshots, kept };
    }
    return null;
}
function readHistory(workbook) {
    const owned = new Set((0, port_1.ownedSheets)(workbook.settings).map((n) => n.toLowerCase()));
    for (const grid of workbook.sheets) {
        if (!owned.has(grid.name.toLowerCase()))
            continue;
        const read = readHistorySheet(grid);
        if (read)
            return { sheet: grid.name, ...read };
    }
    return { sheet: null, snapshots: [], kept: [] };
}
function historyOf(workbook, result, today) {
    const history = readHistory(workbook);
    const current = result.networkSheet === null ? null : (0, snapshot_1.historySnapshotOf)(result, (0, snapshot_1.isoDay)(today));
    return { history, current, comparison: current ? (0, compare_1.compareWithHistory)(history.snapshots, current) : null };
}
function historySheet(history, snapshots, lang) {
    const w = WORDS[lang];
    const header = [...COLUMNS, NAMES].map((c) => c[lang]);
    const entries = snapshots.map(rowOf);
    const last = HEADER_ROW + entries.length;
    const numberFormats = COLUMNS.flatMap((c, i) => (c.format && entries.length > 0 ? [{ range: `${(0, address_1.a1)(HEADER_ROW + 1, i)}:${(0, address_1.a1)(last, i)}`, format: c.format }] : []));
    return {
        name: history.sheet ?? exports.HISTORY_SHEET,
        replaceOwned: true,
        protect: true,
        rows: [[w.title], [w.note], header, ...entries, ...history.kept],
        headingRows: [0, HEADER_ROW],
        columnWidths: [...COLUMNS, NAMES].map((c) => c.width),
        numberFormats,
        freezeRows: HEADER_ROW + 1,
    };
}
