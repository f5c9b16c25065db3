"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EMPTY_SETTINGS = void 0;
exports.settingsScore = settingsScore;
exports.readSettings = readSettings;
const text_1 = require("../text");
const typeList_1 = require("./typeList");
const values_1 = require("./values");
const KEY_PATTERNS = [
    ['requiredTypes', /(pflicht|erforderlich|required|mandatory).*(akteur|typ|type|partner)|(akteur|typ|type).*(pflicht|erforderlich|required)/],
    ['recommendedTypes', /(empfohlen|recommended|optional).*(akteur|typ|type|partner)|(akteur|typ|type).*(empfohlen|recommended)/],
    ['share0to3', /(anteil|quote|share|prozent).*(0\s*-\s*3|0\s*bis\s*3|unter\s*3|u\s*3|0-2)/],
    ['children0to3', /(kinder|children|anzahl).*(0\s*-\s*3|0\s*bis\s*3|unter\s*3|u\s*3|0-2)|\bu3\b/],
    ['population', /einwohner|bevoelkerung|population|inhabitants/],
    ['burdenShare', /belast|burden|risiko|unterstuetzungsbedarf/],
    ['costPerFamily', /kosten|cost|€\s*(je|pro)|euro\s*(je|pro)|(je|pro) famil/],
];
exports.EMPTY_SETTINGS = {
    sheet: null,
    requiredTypes: null,
    recommendedTypes: null,
    children0to3: null,
    population: null,
    share0to3: null,
    burdenShare: null,
    costPerFamily: null,
    cells: {},
};
const KEY_COLUMNS = 3;
function settingsScore(grid) {
    let keys = 0;
    for (const row of grid.values) {
        for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++)
            if (keyOf(row[c]) !== null)
                keys++;
    }
    const hint = /einstellung|parameter|setting|annahme|konfig|config/.test((0, text_1.fold)(grid.name));
    return keys >= 2 || (hint && keys >= 1) ? keys + (hint ? 10 : 0) : 0;
}
function keyOf(v) {
    if (typeof v !== 'string')
        return null;
    const t = (0, text_1.fold)(v);
    if (t === '' || t.length > 80)
        return null;
    for (const [key, pattern] of KEY_PATTERNS)
        if (pattern.test(t))
            return key;
    return null;
}
function readSettings(grid) {
    const found = { ...exports.EMPTY_SETTINGS, sheet: grid.name, cells: {} };
    const cells = {};
    grid.values.forEach((row, r) => {
        for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
            const key = keyOf(row[c]);
            if (key === null)
                continue;
            const rest = row.slice(c + 1);
            const valueOffset = rest.findIndex((v) => (0, values_1.cellText)(v) !== '');
            if (valueOffset < 0)
                break;
            const value = rest[valueOffset];
            const place = { row: grid.originRow + r, column: grid.originColumn + c + 1 + valueOffset };
            if (key === 'requiredTypes' || key === 'recommendedTypes') {
                const items = rest.flatMap((v) => (0, typeList_1.splitTypeList)((0, values_1.cellText)(v)));
                if (items.length > 0) {
                    found[key] = [...(found[key] ?? []), ...items];
                    cells[key] ?? (cells[key] = place);
                }
            }
            else {
                const parsed = key === 'share0to3' || key === 'burdenShare' ? (0, values_1.parseShare)(value) : (0, values_1.parseNumber)(value);
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
