"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readNetwork = readNetwork;
const finding_1 = require("../findings/finding");
const normalize_1 = require("../taxonomy/normalize");
const text_1 = require("../text");
const networkLayout_1 = require("./networkLayout");
const networkRows_1 = require("./networkRows");
const networkSheets_1 = require("./networkSheets");
const EXAMPLES = 3;
function pickedPart(sheets, overrides, findings) {
    if (overrides.networkSheet === undefined)
        return null;
    const wanted = (0, text_1.fold)(overrides.networkSheet);
    const grid = sheets.find((s) => (0, text_1.fold)(s.name) === wanted);
    if (!grid) {
        findings.push((0, finding_1.finding)('override-sheet-missing', 'warning', { sheet: overrides.networkSheet }, { sheet: overrides.networkSheet }));
        return 'missing';
    }
    const detected = (0, networkLayout_1.detectNetworkLayout)(grid);
    let layout = detected;
    if (overrides.columns !== undefined || overrides.headerRow !== undefined) {
        const columns = {};
        for (const [field, c] of Object.entries(overrides.columns ?? {})) {
            const index = c - grid.originColumn;
            if (index >= 0)
                columns[field] = index;
        }
        const headerIndex = overrides.headerRow === undefined ? (detected?.headerIndex ?? null) : overrides.headerRow - grid.originRow;
        layout = {
            headerIndex: headerIndex !== null && headerIndex >= 0 ? headerIndex : null,
            columns: Object.keys(columns).length > 0 ? columns : (detected?.columns ?? {}),
            sozialraumColumns: detected?.sozialraumColumns,
            score: 1,
        };
    }
    return layout ? { grid, layout, kernbereichFromName: null, sozialraumFromName: null } : null;
}
function anyOf(a, b) {
    return a === true || b === true ? true : a === false || b === false ? false : null;
}
function mergePartners(actors) {
    const byKey = new Map();
    const byName = new Map();
    const merged = [];
    let firstRepeat = null;
    for (const a of actors) {
        let seen = byName.get(a.name);
        if (seen === undefined) {
            const k = (0, normalize_1.normalizeLabel)(a.name) || a.name;
            seen = byKey.get(k);
            if (seen === undefined) {
                const entry = { first: a, merged: null, raw: null, places: null, repeated: false };
                byKey.set(k, entry);
                byName.set(a.name, entry);
                continue;
            }
            byName.set(a.name, seen);
        }
        if (!seen.repeated) {
            seen.repeated = true;
            merged.push(seen.first.name);
        }
        firstRepeat ?? (firstRepeat = a);
        const m = (seen.merged ?? (seen.merged = { ...seen.first, sozialraeume: [...seen.first.sozialraeume] }));
        m.actorTypeId ?? (m.actorTypeId = a.actorTypeId);
        m.typeSource ?? (m.typeSource = a.typeSource);
        m.kernbereich ?? (m.kernbereich = a.kernbereich);
        m.role ?? (m.role = a.role);
        m.agreement = anyOf(m.agreement, a.agreement);
        m.steering = anyOf(m.steering, a.steering);
        m.forum = anyOf(m.forum, a.forum);
        if (a.sozialraeume.length === 0)
            continue;
        const raw = (seen.raw ?? (seen.raw = new Set(m.sozialraeume)));
        const places = (seen.places ?? (seen.places = new Set(m.sozialraeume.map(text_1.fold))));
        for (const s of a.sozialraeume) {
            if (raw.has(s))
                continue;
            raw.add(s);
            const f = (0, text_1.fold)(s);
            if (places.has(f))
                continue;
            places.add(f);
            m.sozialraeume.push(s);
        }
    }
    return { actors: [...byKey.values()].map((e) => e.merged ?? e.first), merged, firstRepeat };
}
function memoKey() {
    const memo = new Map();
    return (name) => {
        let k = memo.get(name);
        if (k === undefined) {
            k = (0, normalize_1.normalizeLabel)(name) || name;
            memo.set(name, k);
        }
        return k;
    };
}
function readNetwork(sheets, overrides, settings, base, findings) {
    const picked = pickedPart(sheets, overrides, findings);
    let parts;
    let leftOut = [];
    if (picked !== null && picked !== 'missing')
        parts = [picked];
    else if (picked === null && overrides.networkSheet !== undefined)
        return { network: null, leftOut };
    else {
        const choice = (0, networkSheets_1.chooseNetworkSheets)(sheets, { ...settings, todayMs: base.todayMs }, findings);
        if (!choice)
            return { network: null, leftOut };
        parts = choice.parts;
        leftOut = choice.leftOut.filter((l) => l.reason !== 'year').map((l) => ({ sheet: l.sheet, versionOf: l.versionOf ?? null }));
    }
    const read = [];
    let all = [];
    let former = [];
    for (const p of parts) {
        const rows = (0, networkRows_1.readNetworkRows)(p.grid, p.layout, findings, { ...base, kernbereichFromName: p.kernbereichFromName, sozialraumFromName: p.sozialraumFromName });
        read.push(rows.part);
        all = all.length === 0 ? rows.actors : all.concat(rows.actors);
        former = former.length === 0 ? rows.former : former.concat(rows.former);
        if (rows.part.groupRow !== null)
            findings.push((0, finding_1.finding)('header-two-rows', 'info', { sheet: p.grid.name }, { sheet: p.grid.name, row: rows.part.groupRow, column: rows.part.columns.name ?? null }));
        if (rows.part.sozialraumColumns.length > 0) {
            const first = rows.part.sozialraumColumns[0];
            findings.push((0, finding_1.finding)('sozialraum-matrix', 'info', { sheet: p.grid.name, sozialraeume: rows.part.sozialraumColumns.map((m) => m.name) }, { sheet: p.grid.name, row: rows.part.headerRow, column: first.column }));
        }
        const filteredRows = p.grid.layout?.filteredRows ?? [];
        const counted = filteredRows.length === 0 ? null : new Set(rows.actors.map((a) => a.row));
        const filtered = filteredRows.filter((r) => counted?.has(r) === true);
        if (filtered.length > 0)
            findings.push((0, finding_1.finding)('filtered-rows-counted', 'info', { count: filtered.length }, { sheet: p.grid.name, row: filtered[0], column: rows.part.columns.name ?? null }));
    }
    if (read.length > 1) {
        findings.push((0, finding_1.finding)('network-sheets-combined', 'info', {
            sheets: read.map((p) => p.sheet),
            kernbereichFromName: read.filter((p) => p.kernbereichFromName !== null).map((p) => p.sheet),
            sozialraumFromName: read.filter((p) => p.sozialraumFromName !== null).map((p) => p.sheet),
        }, { sheet: read[0].sheet }));
    }
    const { actors, merged, firstRepeat } = mergePartners(all);
    if (merged.length > 0 && firstRepeat) {
        const columns = read.find((p) => p.sheet === firstRepeat.sheet)?.columns ?? {};
        findings.push((0, finding_1.finding)('partners-merged', 'info', { count: merged.length, examples: merged.slice(0, EXAMPLES) }, { sheet: firstRepeat.sheet, row: firstRepeat.row, column: columns.name ?? columns.type ?? null }));
    }
    const fromContact = actors.filter((a) => a.typeSource === 'contact');
    if (fromContact.length > 0) {
        const first = fromContact[0];
        findings.push((0, finding_1.finding)('type-from-contact', 'info', { count: fromContact.length, examples: fromContact.slice(0, EXAMPLES).map((a) => a.name) }, { sheet: first.sheet, row: first.row, column: read.find((p) => p.sheet === first.sheet)?.columns.contact ?? null }));
    }
    const taught = actors.filter((a) => a.typeSource === 'taught');
    if (taught.length > 0) {
        const first = taught[0];
        const columns = read.find((p) => p.sheet === first.sheet)?.columns ?? {};
        findings.push((0, finding_1.finding)('types-taught', 'info', { count: taught.length, examples: taught.slice(0, EXAMPLES).map((a) => a.name) }, { sheet: first.sheet, row: first.row, column: columns.name ?? columns.type ?? null }));
    }
    const key = memoKey();
    const active = new Set(actors.map((a) => key(a.name)));
    const gone = former.filter((f) => !active.has(key(f.name)));
    if (gone.length > 0) {
        const reasons = {};
        for (const f of gone)
            reasons[f.reason] = (reasons[f.reason] ?? 0) + 1;
        const part = read.find((p) => p.sheet === gone[0].sheet);
        findings.push((0, finding_1.finding)('former-partners', 'info', { count: gone.length, reasons, examples: gone.slice(0, EXAMPLES).map((f) => f.name) }, { sheet: gone[0].sheet, row: gone[0].row, column: part?.columns.name ?? null }));
    }
    const first = read[0];
    return {
        network: { sheet: first.sheet, headerRow: first.headerRow, columns: first.columns, parts: read, actors, former: gone },
        leftOut,
    };
}
