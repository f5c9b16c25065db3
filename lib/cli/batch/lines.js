"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fileLine = fileLine;
exports.summaryLine = summaryLine;
const format_1 = require("../../report/format");
const labels_1 = require("../../report/labels");
const terminal_1 = require("../terminal");
const row_1 = require("./row");
function fileLine(line, lang) {
    if (line.kind === 'unread')
        return (0, terminal_1.forTerminal)(`${line.unread.file}: ${lang === 'de' ? 'nicht gelesen' : 'not read'} – ${line.unread.reason}`);
    const r = line.row;
    const who = `${(0, row_1.districtOf)(r)}${r.reportYear === null ? '' : ` ${r.reportYear}`}`;
    const required = (0, format_1.formatPercent)(r.indicators.requiredPresent, lang);
    const worst = r.worst === null ? (lang === 'de' ? 'keine Befunde' : 'no findings') : `${lang === 'de' ? 'schwerster Befund' : 'most severe'}: ${labels_1.SEVERITY_LABELS[lang][r.worst]}`;
    const text = lang === 'de'
        ? `${r.file}: ${who} · ${r.indicators.partners} Partner · Pflicht-Akteurstypen ${required} · ${worst}`
        : `${r.file}: ${who} · ${r.indicators.partners} partners · required types ${required} · ${worst}`;
    return (0, terminal_1.forTerminal)(text);
}
function summaryLine(lines, overview, lang) {
    const read = lines.filter((l) => l.kind === 'row').length;
    const withErrors = lines.filter((l) => l.kind === 'row' && l.row.errors > 0).length;
    const unread = lines.length - read;
    const text = lang === 'de'
        ? `${lines.length} Dateien: ${read} geprüft (${read - withErrors} ohne Fehler, ${withErrors} mit Fehlern), ${unread} nicht gelesen.${overview ? ` Übersicht geschrieben: ${overview}` : ''}`
        : `${lines.length} files: ${read} audited (${read - withErrors} without errors, ${withErrors} with errors), ${unread} not read.${overview ? ` Overview written: ${overview}` : ''}`;
    return (0, terminal_1.forTerminal)(text);
}
