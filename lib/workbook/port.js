"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_CELL_CHARACTERS = exports.PREVIEW_ELEMENT_ID = exports.ADDIN_ID = exports.SETTING_KEYS = void 0;
exports.fitCell = fitCell;
exports.freeSheetName = freeSheetName;
exports.planSheetWrites = planSheetWrites;
exports.ownedSheets = ownedSheets;
exports.overridesFromSettings = overridesFromSettings;
exports.overridesToSettings = overridesToSettings;
exports.isReportYear = isReportYear;
exports.taughtFromSettings = taughtFromSettings;
exports.taughtToSettings = taughtToSettings;
const model_1 = require("../core/reader/model");
exports.SETTING_KEYS = { overrides: 'fh.readerOverrides', ownedSheets: 'fh.ownedSheets', taughtTypes: 'fh.taughtTypes' };
exports.ADDIN_ID = '5b0f3c8e-1f0a-4d52-9a57-3e6f2c1d8a41';
exports.PREVIEW_ELEMENT_ID = 'fh-preview-workbook';
exports.MAX_CELL_CHARACTERS = 32767;
function fitCell(value) {
    return typeof value === 'string' && value.length > exports.MAX_CELL_CHARACTERS ? `${value.slice(0, exports.MAX_CELL_CHARACTERS - 1)}…` : value;
}
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_NAME = 31;
function freeSheetName(wanted, taken) {
    const base = wanted.replace(FORBIDDEN, '-').replace(/^'+|'+$/g, '').trim().slice(0, MAX_NAME) || 'Blatt';
    const lower = new Set(taken.map((n) => n.toLowerCase()));
    if (!lower.has(base.toLowerCase()))
        return base;
    for (let i = 2;; i++) {
        const suffix = ` (${i})`;
        const candidate = base.slice(0, MAX_NAME - suffix.length).trimEnd() + suffix;
        if (!lower.has(candidate.toLowerCase()))
            return candidate;
    }
}
function planSheetWrites(sheets, existing, settings) {
    const present = new Set(existing.map((n) => n.toLowerCase()));
    const owned = ownedSheets(settings).filter((n) => present.has(n.toLowerCase()));
    const ownedLower = new Set(owned.map((n) => n.toLowerCase()));
    const taken = [...existing];
    const targets = [];
    for (const sheet of sheets) {
        const rewrite = sheet.replaceOwned === true && ownedLower.has(sheet.name.toLowerCase()) && !targets.some((t) => t.name.toLowerCase() === sheet.name.toLowerCase());
        const name = rewrite ? existing.find((n) => n.toLowerCase() === sheet.name.toLowerCase()) ?? sheet.name : freeSheetName(sheet.name, taken);
        if (!rewrite) {
            taken.push(name);
            if (!sheet.handOver)
                owned.push(name);
        }
        targets.push({ requested: sheet.name, name, rewrite });
    }
    return { targets, owned };
}
function ownedSheets(settings) {
    const parsed = parseJson(settings[exports.SETTING_KEYS.ownedSheets]);
    return Array.isArray(parsed) ? parsed.filter((n) => typeof n === 'string') : [];
}
function overridesFromSettings(settings) {
    const parsed = parseJson(settings[exports.SETTING_KEYS.overrides]);
    if (typeof parsed !== 'object' || parsed === null)
        return {};
    const raw = parsed;
    const result = {};
    if (typeof raw.networkSheet === 'string' && raw.networkSheet !== '')
        result.networkSheet = raw.networkSheet;
    if (isReportYear(raw.reportYear))
        result.reportYear = raw.reportYear;
    if (isIndex(raw.headerRow))
        result.headerRow = raw.headerRow;
    if (typeof raw.columns === 'object' && raw.columns !== null) {
        const columns = {};
        for (const field of model_1.NETWORK_FIELDS) {
            const c = raw.columns[field];
            if (isIndex(c))
                columns[field] = c;
        }
        if (Object.keys(columns).length > 0)
            result.columns = columns;
    }
    return result;
}
function overridesToSettings(overrides) {
    const empty = overrides.networkSheet === undefined && overrides.reportYear === undefined && overrides.headerRow === undefined && overrides.columns === undefined;
    return { [exports.SETTING_KEYS.overrides]: empty ? '' : JSON.stringify(overrides) };
}
function isReportYear(v) {
    return typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100;
}
function taughtFromSettings(settings) {
    const parsed = parseJson(settings[exports.SETTING_KEYS.taughtTypes]);
    if (!Array.isArray(parsed))
        return [];
    return parsed.flatMap((e) => {
        if (typeof e !== 'object' || e === null)
            return [];
        const { label, actorType } = e;
        return typeof label === 'string' && label.trim() !== '' && (typeof actorType === 'string' || actorType === null) ? [{ label, actorType }] : [];
    });
}
function taughtToSettings(taught) {
    return { [exports.SETTING_KEYS.taughtTypes]: taught.length === 0 ? '' : JSON.stringify(taught) };
}
function isIndex(v) {
    return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
function parseJson(text) {
    if (!text)
        return null;
    try {
        return JSON.parse(text);
    }
    catch {
        return null;
    }
}
