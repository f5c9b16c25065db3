"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KIND_FORMATS = void 0;
exports.overviewColumns = overviewColumns;
const parameters_1 = require("../../core/need/parameters");
const indicatorSection_1 = require("../../report/indicatorSection");
const labels_1 = require("../../report/labels");
const names_1 = require("../../report/names");
const row_1 = require("./row");
exports.KIND_FORMATS = {
    text: null,
    year: '0',
    count: labels_1.FORMATS.integer,
    percent: labels_1.FORMATS.percent,
    euro: labels_1.FORMATS.euro,
    decimal1: '#,##0.0',
    decimal2: '#,##0.00',
};
const WORDS = {
    de: {
        kommune: 'Kommune',
        reportYear: 'Berichtsjahr',
        file: 'Datei',
        low: 'untere Grenze',
        mid: 'mittlere Schätzung',
        high: 'obere Grenze',
        ownParameters: 'Eigene Werte im Bedarfsmodell',
        missing: 'Fehlende Pflicht-Akteurstypen',
        worst: 'Schwerster Befund',
        errors: 'Fehler',
        warnings: 'Warnungen',
        unread: 'Nicht gelesen: Grund',
        names: 'Partner (Namen)',
    },
    en: {
        kommune: 'Kommune',
        reportYear: 'Report year',
        file: 'File',
        low: 'low end',
        mid: 'middle estimate',
        high: 'high end',
        ownParameters: 'Own values in the need model',
        missing: 'Missing required actor types',
        worst: 'Most severe finding',
        errors: 'Errors',
        warnings: 'Warnings',
        unread: 'Not read: reason',
        names: 'Partners (names)',
    },
};
const ind = (get) => (line) => (line.kind === 'row' ? get(line.row.indicators) : null);
function indicatorColumns(lang) {
    const w = { ...indicatorSection_1.INDICATOR_WORDS[lang], ...WORDS[lang] };
    return {
        partners: [{ label: labels_1.REPORT_LABELS[lang].partners, kind: 'count', value: ind((i) => i.partners), chart: 'partners' }],
        partnersPer1000Births: [{ label: w.partnersPer1000, kind: 'decimal1', value: ind((i) => i.partnersPer1000Births), chart: 'partnersPer1000Births' }],
        requiredPresent: [{ label: w.required, kind: 'percent', value: ind((i) => i.requiredPresent), chart: 'requiredPresent' }],
        withAgreement: [{ label: w.agreement, kind: 'percent', value: ind((i) => i.withAgreement), chart: 'withAgreement' }],
        budgetPerBirth: [{ label: w.budgetPerBirth, kind: 'euro', value: ind((i) => i.budgetPerBirth), chart: 'budgetPerBirth' }],
        needCovered: [
            { label: `${w.needCovered} (${w.low})`, kind: 'percent', value: ind((i) => i.needCovered?.low ?? null) },
            { label: `${w.needCovered} (${w.mid})`, kind: 'percent', value: ind((i) => i.needCovered?.mid ?? null), chart: 'needCovered' },
            { label: `${w.needCovered} (${w.high})`, kind: 'percent', value: ind((i) => i.needCovered?.high ?? null) },
        ],
        labFtePer1000Births: [{ label: w.labFte, kind: 'decimal2', value: ind((i) => i.labFtePer1000Births), chart: 'labFtePer1000Births' }],
        criteriaMet: [{ label: w.criteria, kind: 'percent', value: ind((i) => i.criteriaMet), chart: 'criteriaMet' }],
        ownParameters: [
            { label: w.ownParameters, kind: 'text', value: ind((i) => (i.ownParameters.length === 0 ? null : i.ownParameters.map((id) => parameters_1.NEED_PARAMETERS[id].label[lang]).join('; '))) },
        ],
    };
}
function overviewColumns(lang, withNames) {
    const w = WORDS[lang];
    const row = (get) => (line) => (line.kind === 'row' ? get(line.row) : null);
    const columns = [
        { label: w.kommune, kind: 'text', value: (line) => (0, row_1.districtOf)(line.kind === 'row' ? line.row : line.unread) },
        { label: w.reportYear, kind: 'year', value: row((r) => r.reportYear) },
        { label: w.file, kind: 'text', value: (line) => (line.kind === 'row' ? line.row.file : line.unread.file) },
        ...Object.values(indicatorColumns(lang)).flat(),
        { label: w.missing, kind: 'text', value: row((r) => (r.missingRequired.length === 0 ? null : r.missingRequired.map((id) => (0, names_1.actorTypeLabel)(id, lang)).join('; '))) },
        { label: w.worst, kind: 'text', value: row((r) => (r.worst === null ? null : labels_1.SEVERITY_LABELS[lang][r.worst])) },
        { label: w.errors, kind: 'count', value: row((r) => r.errors) },
        { label: w.warnings, kind: 'count', value: row((r) => r.warnings) },
        { label: w.unread, kind: 'text', value: (line) => (line.kind === 'unread' ? line.unread.reason : null) },
    ];
    if (withNames)
        columns.push({ label: w.names, kind: 'text', value: row((r) => (r.partnerNames ?? []).join('; ')) });
    return columns;
}
