"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EMPTY_SETTINGS = void 0;
exports.settingsScore = settingsScore;
exports.isSettingsName = isSettingsName;
exports.readSettings = readSettings;
const text_1 = require("../text");
const needParameterIds_1 = require("../needParameterIds");
const typeList_1 = require("./typeList");
const values_1 = require("./values");
const years_1 = require("./years");
const KEYS = {
    requiredTypes: 'list',
    recommendedTypes: 'list',
    absentTypes: 'absent',
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
    births: 'number',
    clinicBirths: 'number',
    evidenceMonths: 'number',
    labFteActual: 'number',
    welcomeVisits: 'yesno',
    needModel: 'model',
    labShare: 'share',
    labFamiliesPerFte: 'number',
    labCostPerFte: 'number',
    lotsenFtePer1000Births: 'number',
    lotsenCostPerFte: 'number',
    coordinationFte: 'number',
    coordinationCostPerFte: 'number',
    welcomeReach: 'share',
    welcomeCostPerVisit: 'number',
};
const PLAUSIBLE = {
    births: [1, 100000],
    clinicBirths: [1, 100000],
    children0to3: [1, 300000],
    population: [100, 5000000],
    evidenceMonths: [1, 120],
    labFteActual: [0, 500],
    costPerFamily: [10, 100000],
    labShare: [0, 0.6],
    labFamiliesPerFte: [1, 200],
    labCostPerFte: [10000, 250000],
    lotsenFtePer1000Births: [0, 20],
    lotsenCostPerFte: [10000, 250000],
    coordinationFte: [0, 20],
    coordinationCostPerFte: [10000, 250000],
    welcomeReach: [0, 1],
    welcomeCostPerVisit: [0, 5000],
};
const KEY_PATTERNS = [
    ['needModel', /^(bedarfsmodell|modell des bedarfs|need model)\b/],
    ['evidenceMonths', /nachweis.*(monat|gueltig|gelten|alter)|(monate|months).*nachweis|evidence.*months/],
    ['labFteActual', /(vollzeit|vza|stellen|fte|posts?).*(lab|familienhebamme|fgkikp).*\b(ist|vorhanden|besetzt|actual)\b|\b(ist|vorhanden|besetzt|actual)\b.*(vollzeit|vza|stellen|fte).*(lab|familienhebamme|fgkikp)/],
    ['lotsenCostPerFte', /(lotsen|pilot).*(kosten|cost|€)|(kosten|cost).*(lotsen|pilot)/],
    ['lotsenFtePer1000Births', /(lotsen|pilot).*(vollzeit|vza|stelle|fte|posts?)|(vollzeit|vza|stellen|fte|posts?).*(lotsen|pilot)/],
    ['clinicBirths', /geburten.*(klinik|krankenhaus|geburtshilfe)|klinikgeburten|births.*(clinic|hospital)/],
    ['births', /^(geburten|lebendgeburten|lebendgeborene|anzahl (der )?geburten|geburten (pro|je|im) jahr|geburtenzahl|births)\b/],
    ['coordinationCostPerFte', /koordination.*(kosten|cost|€)|(kosten|cost).*koordination|coordination.*cost|cost.*coordination/],
    ['coordinationFte', /koordination.*(vollzeit|vza|stelle|fte)|(vollzeit|vza|stellen|fte).*koordination|coordination.*(fte|posts?)|(posts?|fte).*coordination/],
    ['welcomeCostPerVisit', /willkommens.*(kosten|cost|€)|(kosten|cost).*(willkommens|besuch)|welcome.*cost|cost.*visit/],
    ['welcomeReach', /willkommens.*(reichweite|quote|anteil|annahme|annehm|erreich)|(anteil|quote).*willkommens|welcome.*(reach|take-?up|share)|(share|take-?up|taking up).*welcome/],
    ['welcomeVisits', /^(willkommensbesuche?|babybegruessung|babybesuche?|welcome visits?)\b/],
    ['labCostPerFte', /(kosten|cost).*(lab|familienhebamme|fgkikp|home visiting)|(lab|familienhebamme|fgkikp).*(kosten|cost|€)/],
    ['labFamiliesPerFte', /(familien|faelle|families).*(je|pro|per).*(vollzeit|vza|stelle|fte|post)/],
    ['labShare', /(anteil|quote|share).*(\blab\b|aufsuchend|familienhebamme|home visiting)|\blab\b.*(anteil|quote|share|bedarf)/],
    ['absentTypes', /nicht (im bezirk |im kreis |in der stadt )?vorhanden|nicht im (bezirk|kreis)|im (bezirk|kreis) nicht|fehlt im (bezirk|kreis)|not (present )?in (the )?district/],
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
    absentTypes: [],
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
    births: null,
    clinicBirths: null,
    evidenceMonths: null,
    labFteActual: null,
    welcomeVisits: null,
    needModel: null,
    need: {},
    cells: {},
    unreadable: [],
};
const KEY_COLUMNS = 3;
const MAX_ROW_CELLS = 4;
function isKeyRow(row, key) {
    return KEYS[key] === 'list' || (0, values_1.filledCells)(row) <= MAX_ROW_CELLS;
}
const SETTINGS_ROWS = 200;
function settingsScore(grid) {
    let keys = 0;
    for (const row of grid.values.slice(0, SETTINGS_ROWS)) {
        for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
            const key = keyOf(row[c]);
            if (key !== null && isKeyRow(row, key))
                keys++;
        }
    }
    const hint = isSettingsName(grid.name);
    return keys >= 2 || (hint && keys >= 1) ? keys + (hint ? 10 : 0) : 0;
}
function isSettingsName(name) {
    return /einstellung|parameter|setting|annahme|konfig|config/.test((0, text_1.fold)(name));
}
function valueColumnOf(values) {
    for (let r = 0; r < Math.min(values.length, 10); r++) {
        const row = values[r];
        for (let c = 1; c < Math.min(row.length, KEY_COLUMNS + 2); c++) {
            const v = row[c];
            if (typeof v === 'string' && /^(wert|werte|value|angabe|eintrag|ihr wert|your value)$/.test((0, text_1.fold)(v)))
                return c;
        }
    }
    return null;
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
            return (0, years_1.yearOf)(v);
        case 'yesno':
            return (0, values_1.parseYesNo)(v);
        case 'text': {
            const t = (0, values_1.cellText)(v);
            return t === '' ? null : t;
        }
        case 'model': {
            const t = (0, text_1.fold)((0, values_1.cellText)(v));
            return /^(einfach|alt|simple|old|eine formel)/.test(t) ? 'simple' : /^(massnahmen|nach massnahmen|measures?)/.test(t) ? 'measures' : null;
        }
        case 'list':
        case 'absent':
            return null;
    }
}
function readSettings(grid) {
    const found = { ...exports.EMPTY_SETTINGS, sheet: grid.name };
    const cells = {};
    const unreadable = [];
    const valueColumn = valueColumnOf(grid.values);
    grid.values.slice(0, SETTINGS_ROWS).forEach((row, r) => {
        for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
            const key = keyOf(row[c]);
            if (key === null || !isKeyRow(row, key))
                continue;
            const from = valueColumn !== null && valueColumn > c ? valueColumn : c + 1;
            const rest = row.slice(from);
            const valueOffset = valueColumn !== null && valueColumn > c ? ((0, values_1.cellText)(rest[0] ?? null) === '' ? -1 : 0) : rest.findIndex((v) => (0, values_1.cellText)(v ?? null) !== '');
            if (valueOffset < 0)
                break;
            const place = { row: grid.originRow + r, column: grid.originColumn + from + valueOffset };
            const kind = KEYS[key];
            if (kind === 'absent') {
                const filled = rest.map((v) => (0, values_1.cellText)(v ?? null)).filter((t) => t !== '');
                found.absentTypes = [...found.absentTypes, { type: filled[0], instead: filled[1] ?? null, row: grid.originRow + r, column: place.column }];
                cells[key] ?? (cells[key] = place);
            }
            else if (kind === 'list') {
                const listCells = valueColumn !== null && valueColumn > c ? rest.slice(0, 1) : rest;
                const items = listCells.flatMap((v) => (0, typeList_1.splitTypeList)((0, values_1.cellText)(v ?? null)));
                if (items.length > 0) {
                    found[key] = [...(found[key] ?? []), ...items];
                    cells[key] ?? (cells[key] = place);
                }
            }
            else {
                const raw = rest[valueOffset] ?? null;
                const parsed = valueOf(kind, raw);
                const range = typeof parsed === 'number' ? PLAUSIBLE[key] : undefined;
                if (range && (parsed < range[0] || parsed > range[1])) {
                    unreadable.push({ label: (0, values_1.cellText)(row[c] ?? null), value: (0, values_1.cellText)(raw), expected: 'plausible', range, ...place });
                }
                else if (parsed !== null && (found[key] === null || found[key] === undefined)) {
                    found[key] = parsed;
                    cells[key] = place;
                }
                else if (parsed === null && kind !== 'text') {
                    unreadable.push({ label: (0, values_1.cellText)(row[c] ?? null), value: (0, values_1.cellText)(raw), expected: kind, range: null, ...place });
                }
            }
            break;
        }
    });
    found.cells = cells;
    found.unreadable = unreadable;
    const need = {};
    for (const id of needParameterIds_1.NEED_PARAMETER_IDS) {
        const v = found[id];
        if (typeof v === 'number')
            need[id] = v;
        delete found[id];
    }
    found.need = need;
    return found;
}
