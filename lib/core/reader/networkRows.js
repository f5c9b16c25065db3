"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GENERIC_PRACTICE = exports.DEFAULT_ROW_CONTEXT = void 0;
exports.moreSpecific = moreSpecific;
exports.typeFromContact = typeFromContact;
exports.readNetworkRows = readNetworkRows;
const grid_1 = require("../grid");
const finding_1 = require("../findings/finding");
const classifier_1 = require("../taxonomy/classifier");
const formerPartners_1 = require("./formerPartners");
const sozialraumCell_1 = require("./sozialraumCell");
const years_1 = require("./years");
const values_1 = require("./values");
exports.DEFAULT_ROW_CONTEXT = {
    todayMs: Date.UTC(2100, 0, 1),
    kernbereichFromName: null,
    sozialraumFromName: null,
    countHiddenRows: false,
    classify: classifier_1.classifyActor,
};
const PROFESSIONS = new Set(['kinderarzt', 'frauenarzt', 'hebamme', 'familienhebamme', 'psychotherapie', 'heilberufe', 'rechtsberatung']);
function moreSpecific(classification, name, typeText, classify) {
    const fromColumn = classification.actorType;
    if (fromColumn === null || name === null || typeText === null)
        return classification;
    const own = classify(name, null).actorType;
    return own !== null && own.id !== fromColumn.id && (own.alsoCounts ?? []).includes(fromColumn.id) ? { actorType: own, kernbereich: own.kernbereich } : classification;
}
exports.GENERIC_PRACTICE = 'heilberufe';
function typeFromContact(contact) {
    const type = (0, classifier_1.classifyLabel)(contact).actorType;
    return type !== null && PROFESSIONS.has(type.id) ? type : null;
}
const SUM_ROW = /^\s*(summe|gesamt|insgesamt|total|zwischensumme|anzahl)\b/i;
const NOTE_ROW = /^\s*(\*|¹|²|³|legende|stand\b|quelle|anmerkung|hinweis|erl(ae|ä)uterung|abk(ue|ü)rzung|erstellt|bearbeitet|fu(ss|ß)note|zuletzt|letzte (ae|ä)nderung|note\b|source|key\b|last updated)/i;
function readNetworkRows(grid, layout, findings, context = exports.DEFAULT_ROW_CONTEXT) {
    const { values, originRow, originColumn } = grid;
    const cols = layout.columns;
    const actors = [];
    const notes = [];
    const former = [];
    let section = null;
    let archive = false;
    const start = layout.headerIndex === null ? 0 : layout.headerIndex + 1;
    const column = (field) => cols[field] ?? -1;
    const [cName, cType, cKern, cRaum, cAgree, cSteer, cForum, cRole, cContact, cStatus, cUntil, cNote] = ['name', 'type', 'kernbereich', 'sozialraum', 'agreement', 'steering', 'forum', 'role', 'contact', 'status', 'until', 'note'].map(column);
    const matrix = layout.sozialraumColumns ?? [];
    const places = new Map();
    const pairs = new Map();
    const sheet = grid.name;
    const { classify, isTaught, todayMs, kernbereichFromName, sozialraumFromName } = context;
    const fromName = sozialraumFromName === null ? [] : [sozialraumFromName];
    const hidden = context.countHiddenRows ? new Set() : new Set(grid.layout?.hiddenRows ?? []);
    const struck = new Set((grid.layout?.struckCells ?? []).map(([r, c]) => `${r},${c}`));
    const mayHaveLeftBase = cStatus >= 0 || cUntil >= 0 || cNote >= 0 || struck.size > 0 || hidden.size > 0;
    const at = (r, c) => ({ sheet, row: originRow + r, column: originColumn + c });
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
        if (row.length === 0)
            continue;
        const mayHaveLeft = archive || mayHaveLeftBase;
        const name = text(row, r, cName);
        const typeText = text(row, r, cType);
        if (name === null && typeText === null)
            continue;
        const label = name ?? typeText;
        let byType = pairs.get(label);
        if (byType === undefined)
            pairs.set(label, (byType = new Map()));
        let decided = byType.get(typeText);
        if (decided === undefined) {
            const c = moreSpecific(classify(label, name === null ? null : typeText), name, typeText, classify);
            const source = c.actorType === null ? null : typeText !== null && (0, classifier_1.classifyLabel)(typeText).actorType !== null ? 'type' : isTaught?.(label) ? 'taught' : 'name';
            decided = { classification: c, typeSource: source };
            byType.set(typeText, decided);
        }
        let classification = decided.classification;
        let typeSource = decided.typeSource;
        if (classification.actorType?.id === exports.GENERIC_PRACTICE) {
            const contact = text(row, r, cContact);
            const byContact = contact === null ? null : typeFromContact(contact);
            if (byContact !== null && byContact.id !== exports.GENERIC_PRACTICE) {
                classification = { actorType: byContact, kernbereich: byContact.kernbereich };
                typeSource = 'contact';
            }
        }
        if (classification.actorType === null) {
            if (SUM_ROW.test(label) || ((0, values_1.filledCells)(row) === 1 && NOTE_ROW.test(label))) {
                notes.push({ r, label });
                continue;
            }
            if ((0, values_1.filledCells)(row) === 1) {
                if ((0, formerPartners_1.isArchiveHeading)(label)) {
                    archive = true;
                    continue;
                }
                const heading = (0, classifier_1.resolveKernbereich)(label);
                if (heading !== null) {
                    section = heading;
                    continue;
                }
            }
            const contact = text(row, r, cContact);
            const byContact = contact === null ? null : typeFromContact(contact);
            if (byContact !== null) {
                classification = { actorType: byContact, kernbereich: byContact.kernbereich };
                typeSource = 'contact';
            }
        }
        const actorTypeId = classification.actorType === null ? null : classification.actorType.id;
        const sheetRow = originRow + r;
        const left = mayHaveLeft ? formerReason(row, r, cName >= 0 ? cName : cType) : null;
        if (left !== null) {
            former.push({ sheet, row: sheetRow, name: label, actorTypeId, reason: left.reason, detail: left.detail });
            continue;
        }
        const stated = text(row, r, cKern);
        const statedKernbereich = stated === null ? null : (0, classifier_1.resolveKernbereich)(stated);
        actors.push({
            sheet,
            row: sheetRow,
            name: label,
            typeText,
            actorTypeId,
            typeSource,
            kernbereich: classification.kernbereich ?? statedKernbereich ?? section ?? kernbereichFromName,
            statedKernbereich,
            sozialraeume: sozialraeumeOf(row, r),
            agreement: mark(row, r, cAgree),
            steering: mark(row, r, cSteer),
            forum: mark(row, r, cForum),
            role: text(row, r, cRole),
        });
    }
    function formerReason(row, r, labelColumn) {
        if (archive)
            return { reason: 'archive', detail: null };
        if (cStatus >= 0) {
            const v = row[cStatus] ?? null;
            const verdict = (0, formerPartners_1.statusVerdict)(v, todayMs);
            if (verdict === 'former')
                return { reason: 'status', detail: (0, values_1.cellText)(v) };
            if (verdict === 'unclear')
                findings.push((0, finding_1.finding)('status-unclear', 'info', { value: (0, values_1.cellText)(v) }, at(r, cStatus)));
        }
        if (cUntil >= 0 && (0, formerPartners_1.hasEnded)(row[cUntil] ?? null, todayMs))
            return { reason: 'ended', detail: (0, years_1.dateText)(row[cUntil] ?? null) };
        if (cNote >= 0 && (0, formerPartners_1.noteSaysLeft)(row[cNote] ?? null))
            return { reason: 'note', detail: (0, values_1.cellText)(row[cNote] ?? null) };
        if (labelColumn >= 0 && struck.size > 0 && struck.has(`${originRow + r},${originColumn + labelColumn}`))
            return { reason: 'struck', detail: null };
        if (hidden.size > 0 && hidden.has(originRow + r))
            return { reason: 'hidden', detail: null };
        return null;
    }
    function sozialraeumeOf(row, r) {
        if (cRaum >= 0) {
            const raum = text(row, r, cRaum);
            if (raum !== null) {
                let parts = places.get(raum);
                if (parts === undefined)
                    places.set(raum, (parts = (0, sozialraumCell_1.splitSozialraeume)(raum)));
                return parts;
            }
        }
        if (matrix.length > 0)
            return matrix.filter((m) => (0, values_1.parseYesNo)(row[m.column] ?? null) === true).map((m) => m.name);
        return fromName;
    }
    if (notes.length > 0)
        findings.push((0, finding_1.finding)('note-rows-skipped', 'info', { count: notes.length, examples: notes.slice(0, 3).map((n) => n.label) }, at(notes[0].r, cName >= 0 ? cName : Math.max(cType, 0))));
    const columns = {};
    for (const [field, c] of Object.entries(cols))
        columns[field] = originColumn + c;
    return {
        part: {
            sheet: grid.name,
            headerRow: layout.headerIndex === null ? null : originRow + layout.headerIndex,
            groupRow: layout.groupIndex === undefined ? null : originRow + layout.groupIndex,
            columns,
            sozialraumColumns: matrix.map((m) => ({ column: originColumn + m.column, name: m.name })),
            kernbereichFromName: context.kernbereichFromName,
            sozialraumFromName: context.sozialraumFromName,
            actors: actors.length,
        },
        actors,
        former,
    };
}
