"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EMPTY_SETTINGS = void 0;
exports.settingsScore = settingsScore;
exports.readSettings = readSettings;
const text_1 = require("../text");
const typeList_1 = require("./typeList");
const values_1 = require("./values");
const years_1 = require("./years");
const KEYS = {
    requiredTypes: 'list',
    recommendedTypes: 'list',
    networkSheets: 'list',
    reportYear: 'year',
    countHiddenRows: 'yesno',
    kommune: 'text',
    networkName: 'text',
    stand: 'text',
    share0to3: 'share',
    children0to3: 'number',
    population: 'number',
    burdenShare: 'share',
    costPerFamily: 'number',
};
const KEY_PATTERNS = [
    ['requiredTypes', /(pflicht|erforderlich|required|mandatory).*(akteur|typ|type|partner)|(akteur|typ|type).*(pflicht|erforderlich|required)/],
    ['recommendedTypes', /(empfohlen|recommended|optional).*(akteur|typ|type|partner)|(akteur|typ|type).*(empfohlen|recommended)/],
    ['networkSheets', /^(netzwerkblaetter|netzwerkblatt|blaetter der netzwerkliste|partnerliste(n)? auf blatt|network sheets?)\b/],
    ['reportYear', /^(berichtsjahr|berichtszeitraum|jahr des berichts|haushaltsjahr|report(ing)? year)\b/],
    ['countHiddenRows', /ausgeblendete zeilen|hidden rows/],
    ['kommune', /^(kommune|gebietskoerperschaft|jugendamtsbezirk|landkreis|kreis|stadt|bezirk|municipality|district)$/],
    ['networkName', /^(netzwerk|name des netzwerks|netzwerkname|network( name)?)$/],
    ['stand', /^(stand|datenstand|as of)$/],
    ['share0to3', /(anteil|quote|share|prozent).*(0\s*-\s*3|0\s*bis\s*3|unter\s*3|u\s*3|0-2)/],
    ['children0to3', /(kinder|children|anzahl).*(0\s*-\s*3|0\s*bis\s*3|unter\s*3|u\s*3|0-2)|\bu3\b/],
    ['population', /einwohner|bevoelkerung|population|inhabitants/],
    ['burdenShare', /belast|burden|risiko|unterstuetzungsbedarf/],
    ['costPerFamily', /kosten|cost|€\s*(je|pro)|euro\s*(je|pro)|(je|pro) (begleitete(r|n)? )?famili(e|en)\b/],
];
exports.EMPTY_SETTINGS = {
    sheet: null,
    requiredTypes: null,
    recommendedTypes: null,
    networkSheets: null,
    reportYear: null,
    countHiddenRows: null,
    kommune: null,
    networkName: null,
    stand: null,
    children0to3: null,
    population: null,
    share0to3: null,
    burdenShare: null,
    costPerFamily: null,
    cells: {},
};
const KEY_COLUMNS = 3;
const MAX_ROW_CELLS = 4;
function isKeyRow(row, key) {
    return KEYS[key] === 'list' || (0, values_1.filledCells)(row) <= MAX_ROW_CELLS;
}
function settingsScore(grid) {
    let keys = 0;
    for (const row of grid.values) {
        for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
            const key = keyOf(row[c]);
            if (key !== null && isKeyRow(row, key))
                keys++;
        }
    }
    const hint = /einstellung|parameter|setting|annahme|konfig|config/.test((0, text_1.fold)(grid.name));
    return keys >= 2 || (hint && keys >= 1) ? keys + (hint ? 10 : 0) : 0;
}
function keyOf(v) {
    if (typeof v !== 'string')
        return null;
    const t = (0, text_1.fold)(v).replace(/[:*]+$/, '').trim();
    if (t === '' || t.length > 80)
        return null;
    for (const [key, pattern] of KEY_PATTERNS)
        if (pattern.test(t))
            return key;
    return null;
}
function valueOf(kind, v) {
    switch (kind) {
        case 'share':
            return (0, values_1.parseShare)(v);
        case 'number':
            return (0, values_1.parseNumber)(v);
        case 'year':
            return (0, years_1.yearCell)(v) ?? (typeof v === 'string' ? (0, years_1.yearInText)(v) : null);
        case 'yesno':
            return (0, values_1.parseYesNo)(v);
        case 'text': {
            const t = (0, values_1.cellText)(v);
            return t === '' ? null : t;
        }
        case 'list':
            return null;
    }
}
function readSettings(grid) {
    const found = { ...exports.EMPTY_SETTINGS, sheet: grid.name };
    const cells = {};
    grid.values.forEach((row, r) => {
        for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
            const key = keyOf(row[c]);
            if (key === null || !isKeyRow(row, key))
                continue;
            const rest = row.slice(c + 1);
            const valueOffset = rest.findIndex((v) => (0, values_1.cellText)(v ?? null) !== '');
            if (valueOffset < 0)
                break;
            const place = { row: grid.originRow + r, column: grid.originColumn + c + 1 + valueOffset };
            const kind = KEYS[key];
            if (kind === 'list') {
                const items = rest.flatMap((v) => (0, typeList_1.splitTypeList)((0, values_1.cellText)(v ?? null)));
                if (items.length > 0) {
                    found[key] = [...(found[key] ?? []), ...items];
                    cells[key] ?? (cells[key] = place);
                }
            }
            else {
                const parsed = valueOf(kind, rest[valueOffset] ?? null);
                if (parsed !== null && found[key] === null) {
                    found[key] = parsed;
                    cells[key] = place;
                }
            }
            break;
        }
    });
    found.cells = cells;
    return found;
}
