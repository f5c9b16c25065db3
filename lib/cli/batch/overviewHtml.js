"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OVERVIEW_HTML_MARKER = void 0;
exports.shown = shown;
exports.overviewHtml = overviewHtml;
const format_1 = require("../../report/format");
const escapeHtml_1 = require("../../report/render/escapeHtml");
exports.OVERVIEW_HTML_MARKER = '<meta name="generator" content="fruehe-hilfen-check overview">';
const CSS = `
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: #1b1b1b; font-size: 10pt; margin: 12px; }
table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
th { background: #eee; position: sticky; top: 0; } td.num { text-align: right; white-space: nowrap; }
.chart { max-width: 760px; height: auto; display: block; margin: 8pt 0 16pt; }
`;
function shown(value, kind, lang) {
    if (value === null)
        return '–';
    if (typeof value === 'string')
        return value;
    switch (kind) {
        case 'percent':
            return (0, format_1.formatPercent)(value, lang);
        case 'euro':
            return (0, format_1.formatEuro)(value, lang);
        case 'decimal1':
            return (0, format_1.formatNumber)(value, lang, 1);
        case 'decimal2':
            return (0, format_1.formatNumber)(value, lang, 2);
        case 'year':
            return String(value);
        default:
            return (0, format_1.formatNumber)(value, lang);
    }
}
function barsSvg(data, lang) {
    const points = data.points.slice(0, data.valued);
    if (points.length === 0)
        return '';
    const bar = 16;
    const left = 220;
    const width = 760;
    const height = points.length * bar + 10;
    const max = Math.max(...points.map((p) => p.value), 0) || 1;
    const label = (0, escapeHtml_1.escapeHtml)(data.column.label);
    const rows = points.map((p, i) => {
        const w = (p.value / max) * (width - left - 90);
        const y = 5 + i * bar;
        const value = (0, escapeHtml_1.escapeHtml)(shown(p.value, data.column.kind, lang));
        return (`<text x="${left - 6}" y="${y + 12}" text-anchor="end" font-size="11">${(0, escapeHtml_1.escapeHtml)(p.district)}</text>` +
            `<rect x="${left}" y="${y + 2}" width="${Math.max(0, w).toFixed(1)}" height="${bar - 4}" fill="#0f6cbd"><title>${(0, escapeHtml_1.escapeHtml)(p.district)}: ${value}</title></rect>` +
            `<text x="${(left + Math.max(0, w) + 4).toFixed(1)}" y="${y + 12}" font-size="11">${value}</text>`);
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}" class="chart"><title>${label}</title>${rows.join('')}</svg>`;
}
function overviewHtml(lines, columns, chart, lang, date) {
    const title = lang === 'de' ? 'Übersicht Netzwerke Frühe Hilfen' : 'Overview of Frühe Hilfen networks';
    const note = lang === 'de'
        ? `${lines.length} Arbeitsmappen, geprüft mit fh-check am ${date}. „–“: in der Mappe nicht angegeben.`
        : `${lines.length} workbooks, checked with fh-check on ${date}. "–": not given in the workbook.`;
    const head = columns.map((c) => `<th scope="col">${(0, escapeHtml_1.escapeHtml)(c.label)}</th>`).join('');
    const body = lines
        .map((line) => `<tr>${columns.map((c) => `<td${c.kind === 'text' ? '' : ' class="num"'}>${(0, escapeHtml_1.escapeHtml)(shown(c.value(line), c.kind, lang))}</td>`).join('')}</tr>`)
        .join('\n');
    return (`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${exports.OVERVIEW_HTML_MARKER}` +
        `<title>${(0, escapeHtml_1.escapeHtml)(title)}</title><style>${CSS}</style></head><body><h1>${(0, escapeHtml_1.escapeHtml)(title)}</h1><p>${(0, escapeHtml_1.escapeHtml)(note)}</p>` +
        `<h2>${(0, escapeHtml_1.escapeHtml)(chart.column.label)}</h2>${barsSvg(chart, lang)}<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></body></html>`);
}
